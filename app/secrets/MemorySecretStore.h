#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

// Secrets held in this process only: the fallback when the keychain cannot be
// used, and the store tests use. Answers asynchronously, like the keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& data, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    QString displayName() const override;

private:
    QHash<QString, QByteArray> m_secrets;

    void answer(QObject* context, Callback done, Status status, const QByteArray& data = {});
};
