#pragma once

#include <QString>
#include <QStringList>

// Removes secrets from text before it reaches a log, an error message or the
// terminal: known secret values, stream keys (their non-secret rt_..._ prefix
// is kept so a reader can tell keys apart), SigV4 signatures, the values of
// secret-bearing keys in config lines (aws_secret_access_key = …), secrets in
// replies (JSON, XML), and anything shaped like a secret access key or a
// session token (a long run of mixed-case base64). JSON escapes of printable
// characters ("\u0072t_…", "\/") are decoded first so they cannot hide a
// secret from the patterns.
class Redactor
{
public:
    // A secret access key is 40 characters; session tokens are longer.
    static constexpr int MinSecretLength = 40;

    static const QString& mark();
    static QString redact(QString text, const QStringList& secrets = {});
    static QByteArray redact(const QByteArray& text, const QStringList& secrets = {});
};
