#include "demo/SignatureVerifier.h"

#include "aws/SigV4Signer.h"
#include "core/QtCompat.h"

#include <QRegularExpression>
#include <QUrl>

void SignatureVerifier::addKey(const QString& accessKeyId, const QString& secret, const QString& sessionToken)
{
    m_keys.insert(accessKeyId, Key{secret, sessionToken});
}

namespace
{
SignatureVerifier::Result fail(SignatureVerifier::Verdict verdict, const QString& message)
{
    SignatureVerifier::Result result;
    result.verdict = verdict;
    result.message = message;
    return result;
}

QList<QPair<QString, QString>> parseQuery(const QByteArray& query)
{
    QList<QPair<QString, QString>> pairs;
    if (query.isEmpty()) {
        return pairs;
    }
    for (const QByteArray& part : query.split('&')) {
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        pairs.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return pairs;
}
} // namespace

SignatureVerifier::Result SignatureVerifier::verify(const RecordedRequest& request, const QDateTime& now) const
{
    const QString authorization = QString::fromUtf8(request.header("Authorization"));
    static const QRegularExpression pattern(QStringLiteral(
        "^AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, SignedHeaders=([^,]+), "
        "Signature=([0-9a-f]{64})$"));
    const QRegularExpressionMatch match = pattern.match(authorization);
    if (!match.hasMatch()) {
        return fail(Verdict::Missing, QStringLiteral("Missing Authentication Token"));
    }
    const QString keyId = match.captured(1);
    const auto key = m_keys.constFind(keyId);
    if (key == m_keys.constEnd()) {
        return fail(Verdict::UnknownKey, QStringLiteral("The security token included in the request is invalid."));
    }
    const QByteArray amzDate = request.header("X-Amz-Date");
    const QDateTime signedAt =
        QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QDateTime signedAtUtc = QtCompat::asUtc(signedAt);
    if (!signedAt.isValid() || amzDate.left(8) != match.captured(2).toLatin1()) {
        return fail(Verdict::BadSignature, QStringLiteral("X-Amz-Date is missing or does not match the scope."));
    }
    if (qAbs(signedAtUtc.secsTo(now)) > 5 * 60) {
        return fail(Verdict::Expired, QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - 5 min.)")
                                          .arg(QString::fromLatin1(amzDate),
                                               now.addSecs(-300).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")),
                                               now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    }
    const QByteArray token = request.header("X-Amz-Security-Token");
    if (!key->token.isEmpty() && QString::fromUtf8(token) != key->token) {
        return fail(Verdict::BadToken, QStringLiteral("The security token included in the request is invalid."));
    }

    const QStringList signedNames = match.captured(5).split(u';');
    if (!signedNames.contains(QLatin1String("host")) || !signedNames.contains(QLatin1String("x-amz-date")) ||
        (!token.isEmpty() && !signedNames.contains(QLatin1String("x-amz-security-token")))) {
        return fail(Verdict::BadSignature, QStringLiteral("Host, X-Amz-Date and X-Amz-Security-Token must be signed."));
    }
    SigV4Request toSign;
    toSign.method = request.method;
    const qsizetype question = request.target.indexOf('?');
    toSign.path = question < 0 ? request.target : request.target.left(question);
    toSign.query = parseQuery(question < 0 ? QByteArray() : request.target.mid(question + 1));
    toSign.host = request.header("Host");
    for (const auto& [name, value] : request.headers) {
        const QString lower = QString::fromLatin1(name.toLower());
        if (signedNames.contains(lower) && lower != QLatin1String("host") && lower != QLatin1String("x-amz-date")) {
            toSign.headers.append({name, value});
        }
    }
    toSign.body = request.body;
    toSign.region = match.captured(3);
    toSign.service = match.captured(4);
    const AwsCredentials credentials{keyId, key->secret, QString()};
    const SigV4Result expected = SigV4Signer::sign(toSign, credentials, signedAtUtc);
    Result result;
    result.region = toSign.region;
    result.service = toSign.service;
    if (expected.signedHeaders != match.captured(5).toLatin1() || expected.signature != match.captured(6).toLatin1()) {
        result.verdict = Verdict::BadSignature;
        result.message = QStringLiteral(
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
            "Access Key and signing method. Consult the service documentation for details.");
        return result;
    }
    result.verdict = Verdict::Valid;
    return result;
}
