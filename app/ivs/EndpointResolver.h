#pragma once

#include "ivs/IvsEndpoint.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

// Picks a service endpoint in the AWS SDKs' order: an explicit
// --endpoint-url, then AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL,
// then the profile's endpoint (services section or endpoint_url), then the
// service's regional default.
class EndpointResolver
{
    Q_DECLARE_TR_FUNCTIONS(EndpointResolver)

public:
    struct Service
    {
        QString envSuffix;   // AWS_ENDPOINT_URL_<envSuffix>
        QString hostPrefix;  // <hostPrefix>.<region>.amazonaws.com
        QString signingName; // SigV4 service name
        bool checkRegion;    // warn about regions where the service is not known to run
    };
    static const Service& ivsRealtime();
    static const Service& sts();

    static IvsEndpoint resolve(const QString& region,
                               const QString& explicitUrl,
                               const QProcessEnvironment& env,
                               const QString& profileUrl = QString());
    static IvsEndpoint resolve(const Service& service,
                               const QString& region,
                               const QString& explicitUrl,
                               const QProcessEnvironment& env,
                               const QString& profileUrl);
    // Regions that list IVS Real-Time (botocore endpoints.json, partition aws).
    static const QStringList& knownRegions();
    static QUrl defaultUrl(const QString& region);
    // Checks a user-supplied endpoint; returns an explanation when unusable.
    static QString validateUrl(const QUrl& url);
};
