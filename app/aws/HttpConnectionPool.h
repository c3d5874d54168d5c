#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class QAbstractSocket;
class QUrl;

// Open connections kept after a response that allowed it (HTTP/1.1
// keep-alive), so the next request to the same endpoint skips the TCP and
// TLS handshakes. An idle connection is closed after a while or when the
// server closes it; a request never waits for one.
class HttpConnectionPool : public QObject
{
    Q_OBJECT

public:
    static constexpr int IdleMs = 15000;
    static constexpr int MaxIdlePerEndpoint = 4;

    explicit HttpConnectionPool(QObject* parent = nullptr);
    ~HttpConnectionPool() override;

    // scheme://host:port
    static QString endpointKey(const QUrl& url);
    // An idle connection to the endpoint, taken out of the pool; null when
    // there is none. The caller owns it.
    QAbstractSocket* take(const QString& key);
    // Gives a connection back for reuse (takes ownership).
    void give(const QString& key, QAbstractSocket* socket);
    int idleCount() const;

private:
    struct Idle
    {
        QAbstractSocket* socket;
        QElapsedTimer since;
    };
    QHash<QString, QList<Idle>> m_idle;
    QTimer m_sweep;

    void sweep();
    void drop(QAbstractSocket* socket);
};
