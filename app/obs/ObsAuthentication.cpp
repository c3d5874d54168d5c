#include "obs/ObsAuthentication.h"

#include <QCryptographicHash>

QString ObsAuthentication::response(const QString& password, const QString& salt, const QString& challenge)
{
    const QByteArray secret =
        QCryptographicHash::hash((password + salt).toUtf8(), QCryptographicHash::Sha256).toBase64();
    return QString::fromLatin1(
        QCryptographicHash::hash(secret + challenge.toUtf8(), QCryptographicHash::Sha256).toBase64());
}
