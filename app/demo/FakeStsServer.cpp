#include "demo/FakeStsServer.h"

#include <QDateTime>
#include <QUrl>

namespace
{
QHash<QString, QString> parseForm(const QByteArray& body)
{
    QHash<QString, QString> form;
    for (const QByteArray& pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0) {
            form.insert(QUrl::fromPercentEncoding(pair.left(equals)), QUrl::fromPercentEncoding(pair.mid(equals + 1)));
        }
    }
    return form;
}

QString accessKeyOf(const RecordedRequest& request)
{
    const QByteArray authorization = request.header("Authorization");
    const qsizetype start = authorization.indexOf("Credential=") + 11;
    return QString::fromLatin1(authorization.mid(start, authorization.indexOf('/', start) - start));
}
} // namespace

FakeStsServer::FakeStsServer(QObject* parent)
    : LoopbackHttpServer(parent)
{
    addIdentity(QString::fromLatin1(AccessKeyId), QStringLiteral("123456789012"),
                QStringLiteral("arn:aws:iam::123456789012:user/tester"));
}

void FakeStsServer::addRole(const Role& role)
{
    m_roles.insert(role.arn, role);
    const QString account = role.arn.section(u':', 4, 4);
    const QString roleName = role.arn.section(u'/', -1);
    addKey(role.accessKeyId, role.secretAccessKey, role.sessionToken);
    addIdentity(role.accessKeyId, account,
                QStringLiteral("arn:aws:sts::%1:assumed-role/%2/session").arg(account, roleName));
}

void FakeStsServer::addIdentity(const QString& accessKeyId, const QString& account, const QString& arn)
{
    m_identities.insert(accessKeyId, Identity{account, arn});
}

HttpReply FakeStsServer::error(int status, const QString& code, const QString& message)
{
    const QByteArray body =
        "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
        "<Code>" +
        code.toUtf8() + "</Code><Message>" + message.toHtmlEscaped().toUtf8() +
        "</Message></Error><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ErrorResponse>";
    return {status,
            status == 403 ? QByteArray("Forbidden") : QByteArray("Bad Request"),
            {{"Content-Type", "text/xml"}},
            body};
}

HttpReply FakeStsServer::refuse(const SignatureVerifier::Result& auth)
{
    const bool expired = auth.verdict == SignatureVerifier::Verdict::Expired;
    const bool unknown = auth.verdict == SignatureVerifier::Verdict::UnknownKey;
    return error(403,
                 unknown
                     ? QStringLiteral("InvalidClientTokenId")
                     : (expired ? QStringLiteral("SignatureDoesNotMatch") : QStringLiteral("SignatureDoesNotMatch")),
                 auth.message);
}

HttpReply FakeStsServer::handle(const RecordedRequest& request, const SignatureVerifier::Result& auth)
{
    if (auth.verdict != SignatureVerifier::Verdict::Valid) {
        return refuse(auth);
    }
    if (auth.service != QLatin1String("sts") || request.method != "POST") {
        return error(403, QStringLiteral("SignatureDoesNotMatch"),
                     QStringLiteral("Credential should be scoped to correct service: 'sts'."));
    }
    const QHash<QString, QString> form = parseForm(request.body);
    if (form.value(QStringLiteral("Version")) != QLatin1String("2011-06-15")) {
        return error(400, QStringLiteral("InvalidParameterValue"), QStringLiteral("Version must be 2011-06-15"));
    }
    const QString action = form.value(QStringLiteral("Action"));
    if (action == QLatin1String("AssumeRole")) {
        return assumeRole(form);
    }
    if (action == QLatin1String("GetCallerIdentity")) {
        return callerIdentity(accessKeyOf(request));
    }
    return error(400, QStringLiteral("InvalidAction"), QStringLiteral("Could not find operation ") + action);
}

HttpReply FakeStsServer::assumeRole(const QHash<QString, QString>& form)
{
    const auto role = m_roles.constFind(form.value(QStringLiteral("RoleArn")));
    if (role == m_roles.constEnd()) {
        return error(403, QStringLiteral("AccessDenied"),
                     QStringLiteral("User is not authorized to perform: sts:AssumeRole on resource: ") +
                         form.value(QStringLiteral("RoleArn")));
    }
    if (form.value(QStringLiteral("RoleSessionName")).isEmpty()) {
        return error(400, QStringLiteral("ValidationError"), QStringLiteral("RoleSessionName is required"));
    }
    if (!role->externalId.isEmpty() && form.value(QStringLiteral("ExternalId")) != role->externalId) {
        return error(403, QStringLiteral("AccessDenied"), QStringLiteral("The external id does not match."));
    }
    if (!role->mfaSerial.isEmpty() && (form.value(QStringLiteral("SerialNumber")) != role->mfaSerial ||
                                       form.value(QStringLiteral("TokenCode")) != role->mfaCode)) {
        return error(403, QStringLiteral("AccessDenied"), QStringLiteral("MultiFactorAuthentication failed."));
    }
    const int duration = form.value(QStringLiteral("DurationSeconds"), QString::number(role->durationSeconds)).toInt();
    const QString expiration = QDateTime::currentDateTimeUtc().addSecs(duration).toString(Qt::ISODate);
    const QString account = role->arn.section(u':', 4, 4);
    const QByteArray body =
        "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
        "<AssumedRoleUser><AssumedRoleId>AROA3XFRBF535PLBIFPI4:s3-access-example</AssumedRoleId><Arn>arn:aws:sts::" +
        account.toUtf8() + ":assumed-role/" + role->arn.section(u'/', -1).toUtf8() + "/" +
        form.value(QStringLiteral("RoleSessionName")).toUtf8() + "</Arn></AssumedRoleUser><Credentials><AccessKeyId>" +
        role->accessKeyId.toUtf8() + "</AccessKeyId><SecretAccessKey>" + role->secretAccessKey.toUtf8() +
        "</SecretAccessKey><SessionToken>" + role->sessionToken.toUtf8() + "</SessionToken><Expiration>" +
        expiration.toUtf8() +
        "</Expiration></Credentials></AssumeRoleResult><ResponseMetadata><RequestId>"
        "c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata></AssumeRoleResponse>";
    return {200, "OK", {{"Content-Type", "text/xml"}}, body};
}

HttpReply FakeStsServer::callerIdentity(const QString& accessKeyId)
{
    const Identity identity = m_identities.value(accessKeyId);
    const QByteArray body =
        "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
        "<GetCallerIdentityResult><Arn>" +
        identity.arn.toUtf8() + "</Arn><UserId>AIDACKCEVSQ6C2EXAMPLE</UserId><Account>" + identity.account.toUtf8() +
        "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>"
        "01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata></GetCallerIdentityResponse>";
    return {200, "OK", {{"Content-Type", "text/xml"}}, body};
}
