#include "FakeSsoPortal.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

void FakeSsoPortal::addGrant(const Grant& grant)
{
    m_grants.append(grant);
}

void FakeSsoPortal::revoke(const QString& accessToken)
{
    m_grants.erase(std::remove_if(m_grants.begin(), m_grants.end(),
                                  [&accessToken](const Grant& g) { return g.accessToken == accessToken; }),
                   m_grants.end());
}

HttpReply FakeSsoPortal::handle(const RecordedRequest& request, const SignatureVerifier::Result&)
{
    // The portal is unsigned (noAuth): the bearer token is the credential.
    if (request.method != "GET" || !request.target.startsWith("/federation/credentials?")) {
        return awsJsonError(404, "Not Found", QStringLiteral("NotFoundException"), QString());
    }
    const QUrlQuery query(QString::fromUtf8(request.target.mid(request.target.indexOf('?') + 1)));
    const QString token = QString::fromUtf8(request.header("x-amz-sso_bearer_token"));
    for (const Grant& grant : m_grants) {
        if (grant.accessToken != token) {
            continue;
        }
        if (grant.accountId != query.queryItemValue(QStringLiteral("account_id")) ||
            grant.roleName != query.queryItemValue(QStringLiteral("role_name"))) {
            return awsJsonError(403, "Forbidden", QStringLiteral("ForbiddenException"), QStringLiteral("No access"));
        }
        const QJsonObject role{
            {QStringLiteral("accessKeyId"), grant.accessKeyId},
            {QStringLiteral("secretAccessKey"), grant.secretAccessKey},
            {QStringLiteral("sessionToken"), grant.sessionToken},
            {QStringLiteral("expiration"),
             static_cast<double>(QDateTime::currentDateTimeUtc().addSecs(3600).toMSecsSinceEpoch())}};
        return HttpReply::json(200, "OK",
                               QJsonDocument(QJsonObject{{QStringLiteral("roleCredentials"), role}}).toJson());
    }
    return awsJsonError(401, "Unauthorized", QStringLiteral("UnauthorizedException"),
                        QStringLiteral("Session token not found or invalid"));
}
