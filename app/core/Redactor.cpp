#include "core/Redactor.h"

#include <QRegularExpression>

namespace
{
bool isSecretChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'/' || u == u'+' ||
           u == u'=';
}

// A run of base64 characters is taken for a secret when it is as long as a
// secret access key (40) or longer (session tokens, SSO tokens run to
// hundreds) and mixes upper and lower case with digits or "/" "+". Hex
// digests (lower case only), ARNs and host names (":" "." "-" break the
// run) and ordinary words (no digit, "/" or "+") stay readable.
bool looksLikeSecret(QStringView run)
{
    if (run.size() < Redactor::MinSecretLength) {
        return false;
    }
    bool upper = false;
    bool lower = false;
    bool other = false;
    for (const QChar c : run) {
        upper = upper || c.isUpper();
        lower = lower || c.isLower();
        other = other || c.isDigit() || c == u'/' || c == u'+';
    }
    return upper && lower && other;
}

// JSON lets a server write any character as \uXXXX and "/" as "\/"; a key
// written "\u0072t_…" or a key name written "\u0073treamKey" would slip past
// every pattern below. Printable ASCII is decoded first (quote and backslash
// stay escaped, so the JSON keeps its shape).
QString decodeJsonEscapes(const QString& text)
{
    if (!text.contains(u'\\')) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(i + 1);
        if (next == u'\\') {
            out += QLatin1String("\\\\");
            ++i;
            continue;
        }
        if (next == u'/') {
            out += u'/';
            ++i;
            continue;
        }
        if (next == u'u' && i + 5 < text.size()) {
            bool ok = false;
            const uint code = text.mid(i + 2, 4).toUInt(&ok, 16);
            if (ok && code >= 0x20 && code < 0x7f && code != '"' && code != '\\') {
                out += QChar(char16_t(code));
                i += 5;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString redactSecretShapedRuns(const QString& text)
{
    QString out;
    qsizetype copied = 0; // text before this is in out already
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isSecretChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isSecretChar(text.at(end))) {
            ++end;
        }
        if (looksLikeSecret(QStringView(text).mid(i, end - i))) {
            out += QStringView(text).mid(copied, i - copied);
            out += Redactor::mark();
            copied = end;
        }
        i = end;
    }
    if (copied == 0) {
        return text;
    }
    out += QStringView(text).mid(copied);
    return out;
}

void replaceGroup(QString& text, const QRegularExpression& pattern, int group)
{
    // Right to left, so earlier offsets stay valid.
    QList<QRegularExpressionMatch> matches;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        matches.append(it.next());
    }
    for (auto match = matches.crbegin(); match != matches.crend(); ++match) {
        if (match->capturedLength(group) > 0) {
            text.replace(match->capturedStart(group), match->capturedLength(group), Redactor::mark());
        }
    }
}

// Every pattern below needs one of these: text without any (a profile name,
// a file name, a plain sentence) only needs the known secrets and the shape
// check, which keeps redacting a long listing cheap.
bool needsPatterns(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'=' || u == u':' || u == u'<' || u == u'"' || u == u'\\') {
            return true;
        }
    }
    return text.contains(QLatin1String("rt_")) || text.contains(QLatin1String("aws_"), Qt::CaseInsensitive);
}
} // namespace

const QString& Redactor::mark()
{
    static const QString text = QStringLiteral("<redacted>");
    return text;
}

QString Redactor::redact(QString text, const QStringList& secrets)
{
    text = decodeJsonEscapes(text);
    for (const QString& secret : secrets) {
        // Short values would blank out ordinary words; real secrets are long.
        if (secret.size() >= 8) {
            text.replace(secret, mark());
        }
    }
    if (!needsPatterns(text)) {
        return redactSecretShapedRuns(text);
    }
    // StreamKey pattern from the service model: rt_[0-9]+_[a-z0-9-]+_[a-zA-Z0-9-]+_.+
    static const QRegularExpression streamKey(QStringLiteral("(rt_[0-9]+_[a-z0-9-]+_[a-zA-Z0-9-]+_)[^\"\\s,}]+"));
    text.replace(streamKey, QStringLiteral("\\1") + mark());
    // A streamKey member whose value does not even look like a key is still one.
    static const QRegularExpression oddStreamKey(
        QStringLiteral("\"streamKey\"\\s*:\\s*\"(?!rt_[0-9]+_[a-z0-9-]+_[a-zA-Z0-9-]+_)([^\"]+)"));
    replaceGroup(text, oddStreamKey, 1);
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
    // Lines of ~/.aws/credentials and ~/.aws/config: the value of a
    // secret-bearing key runs to the end of the line, whatever it looks like.
    static const QRegularExpression configSecret(
        QStringLiteral("\\b(?:aws_secret_access_key|aws_session_token|aws_security_token|secret_access_key|"
                       "session_token|security_token|sso_access_token|access_token|refresh_token|client_secret|"
                       "password)\\b\"?[ \\t]*[=:][ \\t]*([^\\r\\n]+)"),
        QRegularExpression::CaseInsensitiveOption);
    replaceGroup(text, configSecret, 1);
    // The same with the "=" forgotten: the next word, however short (a
    // made-up or mistyped secret is still one).
    static const QRegularExpression configSecretNoDelimiter(
        QStringLiteral("\\b(?:aws_secret_access_key|aws_session_token|aws_security_token)[ \\t]+([^\\s\"]+)"),
        QRegularExpression::CaseInsensitiveOption);
    replaceGroup(text, configSecretNoDelimiter, 1);
    return redactSecretShapedRuns(text);
}

QByteArray Redactor::redact(const QByteArray& text, const QStringList& secrets)
{
    return redact(QString::fromUtf8(text), secrets).toUtf8();
}
