#include "aws/EndpointResolver.h"

#include "core/TerminalText.h"

#include <QRegularExpression>

QString EndpointResolver::validateUrl(const QUrl& url)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return tr("%1 is not a usable endpoint URL: it needs a scheme and a host, such as "
                  "https://ivsrealtime.us-east-1.amazonaws.com.")
            .arg(TerminalText::quote(url.toString()));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return tr("The endpoint URL %1 must not contain a query or a fragment.")
            .arg(TerminalText::quote(url.toString()));
    }
    return {};
}

QString EndpointResolver::validateRegion(const QString& region)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (region.isEmpty()) {
        return tr("the region is empty.");
    }
    if (region.size() > 64 || !pattern.match(region).hasMatch()) {
        return tr("%1 is not a region name: regions are lower-case letters and digits joined by dashes, such as "
                  "us-east-1.")
            .arg(TerminalText::quote(region));
    }
    return {};
}

const EndpointResolver::Service& EndpointResolver::sts()
{
    static const Service service{
        QStringLiteral("STS"), QStringLiteral("sts"), QStringLiteral("sts"), QStringLiteral("STS"), {}};
    return service;
}

const EndpointResolver::Service& EndpointResolver::ssoPortal()
{
    // The portal's GetRoleCredentials is unsigned (smithy.api#noAuth).
    static const Service service{
        QStringLiteral("SSO"), QStringLiteral("portal.sso"), QString(), QStringLiteral("IAM Identity Center"), {}};
    return service;
}

AwsEndpoint EndpointResolver::resolve(const Service& service,
                                      const QString& region,
                                      const QString& explicitUrl,
                                      const QProcessEnvironment& env,
                                      const QString& profileUrl)
{
    AwsEndpoint endpoint;
    endpoint.region = region;
    endpoint.signingName = service.signingName;
    if (region.isEmpty()) {
        endpoint.error = tr("No region is known: give an ARN, which names its region, or pass --region.");
        return endpoint;
    }
    const QString regionProblem = validateRegion(region);
    if (!regionProblem.isEmpty()) {
        endpoint.error = regionProblem;
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
    if (!service.knownRegions.isEmpty() && !service.knownRegions.contains(region)) {
        endpoint.warnings.append(
            tr("%1 is not known to run in %2; it runs in %3. The request is sent anyway.")
                .arg(service.displayName, region, service.knownRegions.join(QStringLiteral(", "))));
    }
    return endpoint;
}
