#include "aws/SsoRoleCredentialsCall.h"

#include "aws/RestJsonErrorParser.h"
#include "core/QtCompat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

void SsoRoleCredentialsCall::start(AwsTransport* transport,
                                   const QUrl& portal,
                                   const QString& accessToken,
                                   const QString& accountId,
                                   const QString& roleName,
                                   const AwsHttpOptions& options)
{
    AwsHttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = portal;
    QString path = portal.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    request.url.setPath(path + QStringLiteral("/federation/credentials"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("role_name"), roleName);
    query.addQueryItem(QStringLiteral("account_id"), accountId);
    request.url.setQuery(query);
    request.headers.append({QByteArrayLiteral("x-amz-sso_bearer_token"), accessToken.toUtf8()});
    request.operation = QStringLiteral("GetRoleCredentials");
    // Unsigned: the token is the credential (smithy.api#noAuth). It is passed
    // as a "secret" so logs redact it.
    send(transport, request, AwsCredentials{QString(), accessToken, QString()}, options);
}

void SsoRoleCredentialsCall::handleReply(int status, const HttpHeaderList& headers, const QByteArray& body)
{
    if (status != 200) {
        AwsError error = RestJsonErrorParser::parse(status, headers, body, reasonPhrase());
        if (status == 401 || error.code == QLatin1String("UnauthorizedException")) {
            error.category = AwsError::Category::Authentication;
        }
        finishWithError(error);
        return;
    }
    const QJsonObject role = QJsonDocument::fromJson(body).object().value(QStringLiteral("roleCredentials")).toObject();
    m_credentials = {role.value(QStringLiteral("accessKeyId")).toString(),
                     role.value(QStringLiteral("secretAccessKey")).toString(),
                     role.value(QStringLiteral("sessionToken")).toString()};
    // Epoch milliseconds, unlike every other timestamp in these APIs.
    const double expiration = role.value(QStringLiteral("expiration")).toDouble();
    if (!m_credentials.isComplete() || expiration <= 0) {
        finishWithError(AwsError::Category::MalformedReply,
                        tr("The SSO portal's reply has no usable role credentials."));
        return;
    }
    m_expiration = QtCompat::fromMSecsSinceEpochUtc(static_cast<qint64>(expiration));
    finish();
}
