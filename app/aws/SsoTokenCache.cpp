#include "aws/SsoTokenCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

QString SsoTokenCache::cachePath(const QString& home, const QString& sessionNameOrStartUrl)
{
    const QByteArray hash = QCryptographicHash::hash(sessionNameOrStartUrl.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(home).filePath(QStringLiteral(".aws/sso/cache/%1.json").arg(QString::fromLatin1(hash)));
}

std::optional<SsoTokenCache::Token>
SsoTokenCache::read(const QString& home, const QString& sessionNameOrStartUrl, QString* problem)
{
    QFile file(cachePath(home, sessionNameOrStartUrl));
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("there is no cached SSO token (%1)").arg(file.fileName());
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QString expiresAt = json.value(QStringLiteral("expiresAt")).toString();
    // Older CLI versions wrote "2026-01-01T00:00:00UTC".
    if (expiresAt.endsWith(QLatin1String("UTC"))) {
        expiresAt = expiresAt.chopped(3) + u'Z';
    }
    Token token{json.value(QStringLiteral("accessToken")).toString(), QDateTime::fromString(expiresAt, Qt::ISODate)};
    if (token.accessToken.isEmpty() || !token.expiresAt.isValid()) {
        *problem = tr("the cached SSO token in %1 is incomplete").arg(file.fileName());
        return std::nullopt;
    }
    return token;
}
