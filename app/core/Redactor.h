#pragma once

#include <QString>
#include <QStringList>

// Removes secrets from text before it reaches a log, an error message or the
// terminal: known secret values, stream keys (their non-secret rt_..._ prefix
// is kept so a reader can tell keys apart) and SigV4 signatures.
class Redactor
{
public:
    static const QString& mark();
    static QString redact(QString text, const QStringList& secrets = {});
    static QByteArray redact(const QByteArray& text, const QStringList& secrets = {});
};
