#pragma once

#include "aws/AwsEndpoint.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

// Picks a service endpoint in the AWS SDKs' order: an explicit
// --endpoint-url, then AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL,
// then the profile's endpoint (services section or endpoint_url), then the
// service's regional default. The order and the switch that ignores
// configured endpoints are those of the SDKs & Tools reference guide
// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html).
class EndpointResolver
{
    Q_DECLARE_TR_FUNCTIONS(EndpointResolver)

public:
    struct Service
    {
        QString envSuffix;        // AWS_ENDPOINT_URL_<envSuffix>
        QString hostPrefix;       // <hostPrefix>.<region>.amazonaws.com
        QString signingName;      // SigV4 service name
        QString displayName;      // for messages: "IVS Real-Time"
        QStringList knownRegions; // when not empty, other regions get a warning
    };
    static const Service& sts();
    static const Service& ssoPortal();

    static AwsEndpoint resolve(const Service& service,
                               const QString& region,
                               const QString& explicitUrl,
                               const QProcessEnvironment& env,
                               const QString& profileUrl);
    // Checks a user-supplied endpoint; returns an explanation when unusable.
    static QString validateUrl(const QUrl& url);
    // Region names are lower-case words joined by dashes ("us-east-1"), as in
    // the ARN pattern of the service model; anything else would end up in the
    // host name or the signing scope. Returns an explanation when not one.
    static QString validateRegion(const QString& region);
};
