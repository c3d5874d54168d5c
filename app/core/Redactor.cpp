#include "core/Redactor.h"

#include <QRegularExpression>

const QString& Redactor::mark()
{
    static const QString text = QStringLiteral("<redacted>");
    return text;
}

QString Redactor::redact(QString text, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        // Short values would blank out ordinary words; real secrets are long.
        if (secret.size() >= 8) {
            text.replace(secret, mark());
        }
    }
    // StreamKey pattern from the service model: rt_[0-9]+_[a-z0-9-]+_[a-zA-Z0-9-]+_.+
    static const QRegularExpression streamKey(QStringLiteral("(rt_[0-9]+_[a-z0-9-]+_[a-zA-Z0-9-]+_)[^\"\\s,}]+"));
    text.replace(streamKey, QStringLiteral("\\1") + mark());
    static const QRegularExpression signature(QStringLiteral("(Signature=)[0-9a-fA-F]+"));
    text.replace(signature, QStringLiteral("\\1") + mark());
    static const QRegularExpression token(
        QStringLiteral("((?:x-amz-security-token|x-amz-sso_bearer_token)\\s*[:=]\\s*)[^\\s&\"]+"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(token, QStringLiteral("\\1") + mark());
    // Credentials inside replies: STS's XML, the SSO portal's and credential
    // processes' JSON, SSO token caches.
    static const QRegularExpression jsonSecret(
        QStringLiteral("(\"(?:secretAccessKey|sessionToken|accessToken|refreshToken|clientSecret)\"\\s*:\\s*\")"
                       "[^\"]*"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(jsonSecret, QStringLiteral("\\1") + mark());
    static const QRegularExpression xmlSecret(QStringLiteral("(<(SecretAccessKey|SessionToken)>)[^<]*(</\\2>)"));
    text.replace(xmlSecret, QStringLiteral("\\1") + mark() + QStringLiteral("\\3"));
    static const QRegularExpression mfaCode(QStringLiteral("(TokenCode=)[0-9]+"));
    text.replace(mfaCode, QStringLiteral("\\1") + mark());
    return text;
}

QByteArray Redactor::redact(const QByteArray& text, const QStringList& secrets)
{
    return redact(QString::fromUtf8(text), secrets).toUtf8();
}
