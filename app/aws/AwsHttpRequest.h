#pragma once

#include "aws/HttpHeader.h"

#include <QUrl>

// One request to an AWS endpoint, before signing.
struct AwsHttpRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    HttpHeaderList headers; // signed and sent (Content-Type and the like)
    QByteArray body;
    QString region;
    QString service;   // SigV4 signing name; empty for an unsigned request
    QString operation; // for messages and logs, e.g. "GetIngestConfiguration"
};
