#include "secrets/MemorySecretStore.h"

#include <QPointer>

void MemorySecretStore::answer(QObject* context, Callback done, Status status, const QByteArray& data)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        this,
        [guard, done, status, data] {
            if (guard) {
                done(status, data, QString());
            }
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString& key, QObject* context, Callback done)
{
    const auto it = m_secrets.constFind(key);
    answer(context, std::move(done), it == m_secrets.constEnd() ? Status::NotFound : Status::Ok,
           it == m_secrets.constEnd() ? QByteArray() : *it);
}

void MemorySecretStore::write(const QString& key, const QByteArray& data, QObject* context, Callback done)
{
    m_secrets.insert(key, data);
    answer(context, std::move(done), Status::Ok);
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback done)
{
    m_secrets.remove(key);
    answer(context, std::move(done), Status::Ok);
}

QString MemorySecretStore::displayName() const
{
    return tr("This session only");
}
