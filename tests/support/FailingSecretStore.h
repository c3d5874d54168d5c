#pragma once

#include "secrets/SecretStore.h"

// A keychain that always fails the same way, as one does without a D-Bus
// session (Unavailable) or when locked (Denied).
class FailingSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit FailingSecretStore(Status status, QObject* parent = nullptr)
        : SecretStore(parent)
        , m_status(status)
    {}

    void read(const QString&, QObject* context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void write(const QString&, const QByteArray&, QObject* context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void remove(const QString&, QObject* context, Callback done) override
    {
        fail(context, std::move(done));
    }
    QString displayName() const override
    {
        return QStringLiteral("Failing keychain");
    }

private:
    Status m_status;

    void fail(QObject* context, Callback done)
    {
        QMetaObject::invokeMethod(
            context, [done, status = m_status] { done(status, {}, QStringLiteral("Cannot autolaunch D-Bus")); },
            Qt::QueuedConnection);
    }
};
