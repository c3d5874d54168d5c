#pragma once

#include "secrets/SecretStore.h"

namespace QKeychain
{
class Job;
}

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). Each job gets its own timeout,
// because a Secret Service that accepts a call it cannot finish (an unlock
// prompt without a display) would otherwise hang it, and every later job
// with it.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString& service, int timeoutMs = 10000, QObject* parent = nullptr);

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& data, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    QString displayName() const override;

    static Status statusOf(int keychainError);

private:
    QString m_service;
    int m_timeoutMs;

    void run(QKeychain::Job* job, QObject* context, Callback done);
};
