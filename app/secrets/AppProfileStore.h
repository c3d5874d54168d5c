#pragma once

#include "aws/AwsCredentials.h"
#include "aws/KeptProfiles.h"
#include "secrets/SecretStore.h"
#include "secrets/StoredProfile.h"

#include <QCoreApplication>
#include <QList>

class MemorySecretStore;

// Profiles kept by the app: the access key id, secret and session token in
// the keychain (one entry per profile), the name and region in QSettings.
// When the keychain cannot be used, a profile can be kept for this session
// only, in memory; there is no plaintext fallback.
class AppProfileStore : public QObject, public KeptProfiles
{
    Q_OBJECT

public:
    using StatusCallback = std::function<void(SecretStore::Status status, const QString& message)>;
    using LoadCallback =
        std::function<void(SecretStore::Status status, const AwsCredentials& credentials, const QString& message)>;

    explicit AppProfileStore(SecretStore* keychain, QObject* parent = nullptr);

    QList<StoredProfile> profiles() const;
    bool contains(const QString& name) const override;
    StoredProfile profile(const QString& name) const;
    SecretStore* keychain() const
    {
        return m_keychain;
    }

    void save(const QString& name,
              const AwsCredentials& credentials,
              const QString& region,
              QObject* context,
              StatusCallback done);
    // For when the keychain failed: nothing reaches the disk.
    void saveForSession(const QString& name, const AwsCredentials& credentials, const QString& region);
    void load(const QString& name, QObject* context, LoadCallback done);
    void remove(const QString& name, QObject* context, StatusCallback done);

    // Names become QSettings groups and keychain keys: keep them plain.
    static bool isValidName(const QString& name);

    // KeptProfiles, for the credential chain.
    QStringList names() const override;
    bool isSessionOnly(const QString& name) const override;
    QString regionOf(const QString& name) const override;
    QString storeName() const override;
    void loadCredentials(const QString& name, QObject* context, Loaded done) override;
    static QString secretKey(const QString& name);

signals:
    void profilesChanged();

private:
    SecretStore* m_keychain;
    MemorySecretStore* m_session;
    QList<StoredProfile> m_sessionProfiles;

    static QByteArray serialize(const AwsCredentials& credentials);
    static std::optional<AwsCredentials> deserialize(const QByteArray& blob);
    void remember(const QString& name, const QString& region);
    void forget(const QString& name);
};
