#include "secrets/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

KeychainSecretStore::KeychainSecretStore(const QString& service, int timeoutMs, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
    , m_timeoutMs(timeoutMs)
{}

QString KeychainSecretStore::displayName() const
{
    return tr("System keychain");
}

SecretStore::Status KeychainSecretStore::statusOf(int keychainError)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::Denied;
    // Under libsecret everything else, "no D-Bus session" and "no Secret
    // Service" included, arrives as OtherError: treat it as unavailable.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Status::Unavailable;
    default:
        return Status::Other;
    }
}

void KeychainSecretStore::run(QKeychain::Job* job, QObject* context, Callback done)
{
    // One answer per job: the first of finished and the timeout wins, and a
    // late or repeated finished (0.13 can emit twice on delete) is ignored.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto reply = [answered, guard, done](Status status, const QByteArray& data, const QString& message) {
        if (*answered) {
            return;
        }
        *answered = true;
        if (guard) {
            done(status, data, message);
        }
    };
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [reply, timer] {
        reply(Status::Timeout, {}, QString());
        timer->deleteLater();
    });
    connect(job, &QKeychain::Job::finished, this, [reply, timer](QKeychain::Job* finished) {
        timer->stop();
        timer->deleteLater();
        QByteArray data;
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished)) {
            data = read->binaryData();
        }
        const Status status = statusOf(finished->error());
        reply(status, data, status == Status::Ok ? QString() : finished->errorString());
    });
    job->setAutoDelete(true);
    timer->start(m_timeoutMs);
    job->start();
}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainSecretStore::write(const QString& key, const QByteArray& data, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(data);
    run(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}
