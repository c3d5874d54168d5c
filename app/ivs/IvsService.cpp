#include "ivs/IvsService.h"

const QStringList& IvsService::regions()
{
    static const QStringList regions{
        QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"), QStringLiteral("ap-south-1"),
        QStringLiteral("eu-central-1"),   QStringLiteral("eu-west-1"),      QStringLiteral("us-east-1"),
        QStringLiteral("us-west-2"),
    };
    return regions;
}

const EndpointResolver::Service& IvsService::endpointService()
{
    static const EndpointResolver::Service service{QStringLiteral("IVS_REALTIME"), QStringLiteral("ivsrealtime"),
                                                   QStringLiteral("ivs"), QStringLiteral("IVS Real-Time"), regions()};
    return service;
}

AwsEndpoint IvsService::endpoint(const QString& region,
                                 const QString& explicitUrl,
                                 const QProcessEnvironment& env,
                                 const QString& profileUrl)
{
    return EndpointResolver::resolve(endpointService(), region, explicitUrl, env, profileUrl);
}
