#pragma once

#include "aws/EndpointResolver.h"

// IVS Real-Time as an AWS service: where its endpoints are and where it runs.
class IvsService
{
public:
    // Host ivsrealtime.<region>.amazonaws.com, signing name "ivs" (the
    // service model's endpointPrefix and signingName), AWS_ENDPOINT_URL_IVS_REALTIME.
    static const EndpointResolver::Service& endpointService();
    // Regions that list IVS Real-Time (botocore's endpoints.json, partition
    // aws; AWS General Reference, https://docs.aws.amazon.com/general/latest/gr/ivs.html).
    static const QStringList& regions();
    static AwsEndpoint endpoint(const QString& region,
                                const QString& explicitUrl,
                                const QProcessEnvironment& env,
                                const QString& profileUrl = QString());
};
