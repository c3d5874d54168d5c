#pragma once

#include "ivs/IvsEndpoint.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

// Picks the IVS Real-Time endpoint in the AWS SDKs' order: an explicit
// --endpoint-url, then AWS_ENDPOINT_URL_IVS_REALTIME, then AWS_ENDPOINT_URL,
// then https://ivsrealtime.<region>.amazonaws.com.
class EndpointResolver
{
    Q_DECLARE_TR_FUNCTIONS(EndpointResolver)

public:
    static IvsEndpoint resolve(const QString& region, const QString& explicitUrl, const QProcessEnvironment& env);
    // Regions that list IVS Real-Time (botocore endpoints.json, partition aws).
    static const QStringList& knownRegions();
    static QUrl defaultUrl(const QString& region);
    // Checks a user-supplied endpoint; returns an explanation when unusable.
    static QString validateUrl(const QUrl& url);
};
