#pragma once

#include "aws/AwsCredentials.h"
#include "ivs/IvsEndpoint.h"

#include <QDateTime>

#include <functional>

// How an IvsClient talks to the service. Timeouts follow the AWS CLI: 60 s
// each by default, 0 for none.
struct IvsClientConfig
{
    IvsEndpoint endpoint;
    AwsCredentials credentials;
    int connectTimeoutMs = 60000;
    int readTimeoutMs = 60000;
    // No IVS reply comes near this; a bigger one is a wrong endpoint.
    qint64 maxReplyBytes = 1024 * 1024;
    QByteArray userAgent;
    // The signing clock; tests pin it, clock-skew correction shifts it.
    std::function<QDateTime()> clock;
};
