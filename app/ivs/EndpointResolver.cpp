#include "ivs/EndpointResolver.h"

const QStringList& EndpointResolver::knownRegions()
{
    static const QStringList regions{
        QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"), QStringLiteral("ap-south-1"),
        QStringLiteral("eu-central-1"),   QStringLiteral("eu-west-1"),      QStringLiteral("us-east-1"),
        QStringLiteral("us-west-2"),
    };
    return regions;
}

QUrl EndpointResolver::defaultUrl(const QString& region)
{
    return resolve(region, QString(), QProcessEnvironment(), QString()).url;
}

QString EndpointResolver::validateUrl(const QUrl& url)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return tr("\"%1\" is not a usable endpoint URL: it needs a scheme and a host, such as "
                  "https://ivsrealtime.us-east-1.amazonaws.com.")
            .arg(url.toString());
    }
    if (url.hasQuery() || url.hasFragment()) {
        return tr("The endpoint URL \"%1\" must not contain a query or a fragment.").arg(url.toString());
    }
    return {};
}

const EndpointResolver::Service& EndpointResolver::ivsRealtime()
{
    static const Service service{QStringLiteral("IVS_REALTIME"), QStringLiteral("ivsrealtime"), QStringLiteral("ivs"),
                                 true};
    return service;
}

const EndpointResolver::Service& EndpointResolver::sts()
{
    static const Service service{QStringLiteral("STS"), QStringLiteral("sts"), QStringLiteral("sts"), false};
    return service;
}

IvsEndpoint EndpointResolver::resolve(const QString& region,
                                      const QString& explicitUrl,
                                      const QProcessEnvironment& env,
                                      const QString& profileUrl)
{
    return resolve(ivsRealtime(), region, explicitUrl, env, profileUrl);
}

IvsEndpoint EndpointResolver::resolve(const Service& service,
                                      const QString& region,
                                      const QString& explicitUrl,
                                      const QProcessEnvironment& env,
                                      const QString& profileUrl)
{
    IvsEndpoint endpoint;
    endpoint.region = region;
    endpoint.signingName = service.signingName;
    if (region.isEmpty()) {
        endpoint.error = tr("No region is known: give an ARN, which names its region, or pass --region.");
        return endpoint;
    }
    // Same switch as the SDKs: configured endpoints can be ignored, an
    // explicit one on the command line cannot.
    const bool ignoreConfigured = env.value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))
                                      .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    const QString serviceVariable = QStringLiteral("AWS_ENDPOINT_URL_") + service.envSuffix;
    const auto configured = [&](const QString& value) {
        return ignoreConfigured ? QString() : value;
    };
    const QList<QPair<QString, QString>> candidates{
        {QStringLiteral("--endpoint-url"), explicitUrl},
        {serviceVariable, configured(env.value(serviceVariable))},
        {QStringLiteral("AWS_ENDPOINT_URL"), configured(env.value(QStringLiteral("AWS_ENDPOINT_URL")))},
        {tr("the profile's endpoint_url"), configured(profileUrl)},
    };
    for (const auto& [source, value] : candidates) {
        if (value.trimmed().isEmpty()) {
            continue;
        }
        endpoint.source = source;
        endpoint.url = QUrl(value.trimmed(), QUrl::StrictMode);
        const QString problem = validateUrl(endpoint.url);
        if (!problem.isEmpty()) {
            endpoint.error = tr("%1 (from %2)").arg(problem, source);
        }
        return endpoint;
    }
    endpoint.source = QStringLiteral("default");
    endpoint.url.setScheme(QStringLiteral("https"));
    endpoint.url.setHost(QStringLiteral("%1.%2.amazonaws.com").arg(service.hostPrefix, region));
    if (service.checkRegion && !knownRegions().contains(region)) {
        endpoint.warnings.append(tr("IVS Real-Time is not known to run in %1; it runs in %2. The request is sent "
                                    "anyway.")
                                     .arg(region, knownRegions().join(QStringLiteral(", "))));
    }
    return endpoint;
}
