#include "secrets/AppProfileStore.h"

#include "secrets/MemorySecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

namespace
{
const QString kGroup = QStringLiteral("profiles");
}

AppProfileStore::AppProfileStore(SecretStore* keychain, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_session(new MemorySecretStore(this))
{}

bool AppProfileStore::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.@+-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString AppProfileStore::secretKey(const QString& name)
{
    return QStringLiteral("profile/") + name;
}

QList<StoredProfile> AppProfileStore::profiles() const
{
    QList<StoredProfile> result = m_sessionProfiles;
    QSettings settings;
    settings.beginGroup(kGroup);
    for (const QString& name : settings.childGroups()) {
        const bool shadowed = std::any_of(m_sessionProfiles.begin(), m_sessionProfiles.end(),
                                          [&name](const StoredProfile& p) { return p.name == name; });
        if (!isValidName(name) || shadowed) {
            continue;
        }
        result.append({name, settings.value(name + QStringLiteral("/region")).toString(), false});
    }
    std::sort(result.begin(), result.end(),
              [](const StoredProfile& a, const StoredProfile& b) { return a.name < b.name; });
    return result;
}

bool AppProfileStore::contains(const QString& name) const
{
    return !profile(name).name.isEmpty();
}

StoredProfile AppProfileStore::profile(const QString& name) const
{
    for (const StoredProfile& stored : m_sessionProfiles) {
        if (stored.name == name) {
            return stored;
        }
    }
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!isValidName(name) || !settings.childGroups().contains(name)) {
        return {};
    }
    return {name, settings.value(name + QStringLiteral("/region")).toString(), false};
}

QByteArray AppProfileStore::serialize(const AwsCredentials& credentials)
{
    QJsonObject blob{{QStringLiteral("accessKeyId"), credentials.accessKeyId},
                     {QStringLiteral("secretAccessKey"), credentials.secretAccessKey}};
    if (!credentials.sessionToken.isEmpty()) {
        blob.insert(QStringLiteral("sessionToken"), credentials.sessionToken);
    }
    return QJsonDocument(blob).toJson(QJsonDocument::Compact);
}

std::optional<AwsCredentials> AppProfileStore::deserialize(const QByteArray& blob)
{
    const QJsonObject object = QJsonDocument::fromJson(blob).object();
    AwsCredentials credentials{object.value(QStringLiteral("accessKeyId")).toString(),
                               object.value(QStringLiteral("secretAccessKey")).toString(),
                               object.value(QStringLiteral("sessionToken")).toString()};
    if (!credentials.isComplete()) {
        return std::nullopt;
    }
    return credentials;
}

void AppProfileStore::remember(const QString& name, const QString& region)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(name + QStringLiteral("/region"), region);
}

void AppProfileStore::forget(const QString& name)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(name);
    m_sessionProfiles.erase(std::remove_if(m_sessionProfiles.begin(), m_sessionProfiles.end(),
                                           [&name](const StoredProfile& p) { return p.name == name; }),
                            m_sessionProfiles.end());
}

void AppProfileStore::save(const QString& name,
                           const AwsCredentials& credentials,
                           const QString& region,
                           QObject* context,
                           StatusCallback done)
{
    m_keychain->write(
        secretKey(name), serialize(credentials), context,
        [this, name, region, done](SecretStore::Status status, const QByteArray&, const QString& message) {
            if (status == SecretStore::Status::Ok) {
                // Only once the secret is safe does the profile appear.
                forget(name);
                remember(name, region);
                emit profilesChanged();
            }
            done(status, message);
        });
}

void AppProfileStore::saveForSession(const QString& name, const AwsCredentials& credentials, const QString& region)
{
    forget(name);
    m_sessionProfiles.append({name, region, true});
    m_session->write(secretKey(name), serialize(credentials), this,
                     [](SecretStore::Status, const QByteArray&, const QString&) {});
    emit profilesChanged();
}

void AppProfileStore::load(const QString& name, QObject* context, LoadCallback done)
{
    SecretStore* store = profile(name).sessionOnly ? static_cast<SecretStore*>(m_session) : m_keychain;
    store->read(secretKey(name), context,
                [done](SecretStore::Status status, const QByteArray& data, const QString& message) {
                    const auto credentials = status == SecretStore::Status::Ok ? deserialize(data) : std::nullopt;
                    if (status == SecretStore::Status::Ok && !credentials) {
                        done(SecretStore::Status::Other, {}, tr("the keychain entry is damaged"));
                        return;
                    }
                    done(status, credentials.value_or(AwsCredentials()), message);
                });
}

void AppProfileStore::remove(const QString& name, QObject* context, StatusCallback done)
{
    if (profile(name).sessionOnly) {
        forget(name);
        emit profilesChanged();
        done(SecretStore::Status::Ok, QString());
        return;
    }
    m_keychain->remove(secretKey(name), context,
                       [this, name, done](SecretStore::Status status, const QByteArray&, const QString& message) {
                           // A missing entry is fine: the profile goes either way.
                           if (status == SecretStore::Status::Ok || status == SecretStore::Status::NotFound) {
                               forget(name);
                               emit profilesChanged();
                               done(SecretStore::Status::Ok, QString());
                               return;
                           }
                           done(status, message);
                       });
}

QStringList AppProfileStore::names() const
{
    QStringList result;
    for (const StoredProfile& stored : profiles()) {
        result.append(stored.name);
    }
    return result;
}

bool AppProfileStore::isSessionOnly(const QString& name) const
{
    return profile(name).sessionOnly;
}

QString AppProfileStore::regionOf(const QString& name) const
{
    return profile(name).region;
}

QString AppProfileStore::storeName() const
{
    return m_keychain->displayName();
}

void AppProfileStore::loadCredentials(const QString& name, QObject* context, Loaded done)
{
    load(name, context, [done](SecretStore::Status status, const AwsCredentials& credentials, const QString& message) {
        if (status != SecretStore::Status::Ok) {
            done(std::nullopt, SecretStore::explain(status, message));
            return;
        }
        done(credentials, QString());
    });
}
