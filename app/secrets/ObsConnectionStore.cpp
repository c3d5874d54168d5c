#include "secrets/ObsConnectionStore.h"

#include <QSettings>

namespace
{
// Profile names from ~/.aws/config may hold characters QSettings treats
// specially ('/', '\\'): percent-encode them into one key segment.
QString segment(const QString& profile)
{
    return profile.isEmpty() ? QStringLiteral("%automatic") : QString::fromLatin1(QUrl::toPercentEncoding(profile));
}
} // namespace

QUrl ObsConnectionStore::defaultUrl()
{
    return QUrl(QStringLiteral("ws://127.0.0.1:4455"));
}

ObsConnectionStore::ObsConnectionStore(SecretStore* keychain, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
{}

QString ObsConnectionStore::secretKey(const QString& profile)
{
    return QStringLiteral("obs-websocket/") + segment(profile);
}

QString ObsConnectionStore::settingsKey(const QString& profile)
{
    return QStringLiteral("obs/") + segment(profile) + QStringLiteral("/url");
}

QUrl ObsConnectionStore::url(const QString& profile) const
{
    const QUrl stored(QSettings().value(settingsKey(profile)).toString());
    const bool usable =
        stored.isValid() && (stored.scheme() == QLatin1String("ws") || stored.scheme() == QLatin1String("wss"));
    return usable ? stored : defaultUrl();
}

void ObsConnectionStore::setUrl(const QString& profile, const QUrl& url)
{
    QSettings settings;
    if (url == defaultUrl()) {
        settings.remove(settingsKey(profile));
    } else {
        // Only scheme, host, port and path: a password typed into the URL
        // (ws://:secret@host) must not reach the settings file.
        settings.setValue(settingsKey(profile), url.adjusted(QUrl::RemoveUserInfo).toString());
    }
}

void ObsConnectionStore::loadPassword(const QString& profile, QObject* context, PasswordCallback done)
{
    m_keychain->read(secretKey(profile), context,
                     [done](SecretStore::Status status, const QByteArray& data, const QString& message) {
                         done(status, status == SecretStore::Status::Ok ? QString::fromUtf8(data) : QString(), message);
                     });
}

void ObsConnectionStore::savePassword(const QString& profile,
                                      const QString& password,
                                      QObject* context,
                                      StatusCallback done)
{
    if (password.isEmpty()) {
        forgetPassword(profile, context, std::move(done));
        return;
    }
    m_keychain->write(
        secretKey(profile), password.toUtf8(), context,
        [done](SecretStore::Status status, const QByteArray&, const QString& message) { done(status, message); });
}

void ObsConnectionStore::forgetPassword(const QString& profile, QObject* context, StatusCallback done)
{
    m_keychain->remove(secretKey(profile), context,
                       [done](SecretStore::Status status, const QByteArray&, const QString& message) {
                           // Nothing saved is what forgetting wants.
                           done(status == SecretStore::Status::NotFound ? SecretStore::Status::Ok : status, message);
                       });
}
