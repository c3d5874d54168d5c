#include "aws/HttpConnectionPool.h"

#include <QAbstractSocket>
#include <QUrl>

HttpConnectionPool::HttpConnectionPool(QObject* parent)
    : QObject(parent)
{
    m_sweep.setInterval(IdleMs / 3);
    connect(&m_sweep, &QTimer::timeout, this, &HttpConnectionPool::sweep);
}

HttpConnectionPool::~HttpConnectionPool()
{
    for (const QList<Idle>& list : std::as_const(m_idle)) {
        for (const Idle& idle : list) {
            idle.socket->abort();
            delete idle.socket;
        }
    }
}

QString HttpConnectionPool::endpointKey(const QUrl& url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() + QStringLiteral("://") + url.host(QUrl::FullyEncoded) + u':' +
           QString::number(url.port(defaultPort));
}

QAbstractSocket* HttpConnectionPool::take(const QString& key)
{
    QList<Idle>& list = m_idle[key];
    while (!list.isEmpty()) {
        const Idle idle = list.takeLast();
        idle.socket->disconnect(this);
        const bool usable = idle.socket->state() == QAbstractSocket::ConnectedState &&
                            idle.socket->bytesAvailable() == 0 && idle.since.elapsed() < IdleMs;
        if (usable) {
            return idle.socket;
        }
        idle.socket->abort();
        idle.socket->deleteLater();
    }
    return nullptr;
}

void HttpConnectionPool::give(const QString& key, QAbstractSocket* socket)
{
    QList<Idle>& list = m_idle[key];
    if (list.size() >= MaxIdlePerEndpoint || socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    // The server may close an idle connection at any time; anything it sends
    // unasked makes the connection unusable too.
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { drop(socket); });
    connect(socket, &QAbstractSocket::readyRead, this, [this, socket] { drop(socket); });
    QElapsedTimer since;
    since.start();
    list.append({socket, since});
    if (!m_sweep.isActive()) {
        m_sweep.start();
    }
}

int HttpConnectionPool::idleCount() const
{
    int count = 0;
    for (const QList<Idle>& list : m_idle) {
        count += int(list.size());
    }
    return count;
}

void HttpConnectionPool::drop(QAbstractSocket* socket)
{
    for (QList<Idle>& list : m_idle) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).socket == socket) {
                list.removeAt(i);
                socket->disconnect(this);
                socket->abort();
                socket->deleteLater();
                return;
            }
        }
    }
}

void HttpConnectionPool::sweep()
{
    QList<QAbstractSocket*> expired;
    for (const QList<Idle>& list : std::as_const(m_idle)) {
        for (const Idle& idle : list) {
            if (idle.since.elapsed() >= IdleMs) {
                expired.append(idle.socket);
            }
        }
    }
    for (QAbstractSocket* socket : expired) {
        drop(socket);
    }
    if (idleCount() == 0) {
        m_sweep.stop();
    }
}
