#pragma once

#include "secrets/SecretStore.h"

#include <QUrl>

// Where OBS is reached for each AWS profile: the obs-websocket address in
// QSettings and the password in the keychain only (never in the settings
// file). Keyed by profile because operators keep one profile per studio or
// customer, each with its own encoder machine.
class ObsConnectionStore : public QObject
{
    Q_OBJECT

public:
    using PasswordCallback =
        std::function<void(SecretStore::Status status, const QString& password, const QString& message)>;
    using StatusCallback = std::function<void(SecretStore::Status status, const QString& message)>;

    // obs-websocket 5's default address (OBS: Tools > WebSocket Server Settings).
    static QUrl defaultUrl();

    explicit ObsConnectionStore(SecretStore* keychain, QObject* parent = nullptr);

    // `profile` is the effective profile name; empty means the automatic
    // choice (environment or "default"), which gets an entry of its own.
    QUrl url(const QString& profile) const;
    void setUrl(const QString& profile, const QUrl& url);

    // NotFound (with an empty password) when none was saved: obs-websocket
    // can run without authentication.
    void loadPassword(const QString& profile, QObject* context, PasswordCallback done);
    void savePassword(const QString& profile, const QString& password, QObject* context, StatusCallback done);
    void forgetPassword(const QString& profile, QObject* context, StatusCallback done);

    static QString secretKey(const QString& profile);
    static QString settingsKey(const QString& profile);

private:
    SecretStore* m_keychain;
};
