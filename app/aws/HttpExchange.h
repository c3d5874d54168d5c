#pragma once

#include "aws/HttpHeader.h"
#include "aws/HttpResponseParser.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class HttpConnectionPool;
class QAbstractSocket;

// One HTTP/1.1 request and its response. Exactly one request goes on the
// wire per exchange: nothing is resent behind the caller's back (Qt's
// network access manager silently resends on a closed connection, which made
// the server see more attempts than were reported). Bounded in every way: a
// connect timeout, a read timeout (nothing arrived for so long), a deadline
// for the whole exchange, and the parser's limits on headers and body.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 connectTimeoutMs = 60000; // 0: none
        qint64 readTimeoutMs = 60000;    // 0: none
        qint64 deadlineMs = 0;           // 0: none
        qint64 maxHeaderBytes = 64 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
    };
    enum class Outcome
    {
        Pending,
        Response,     // a whole response arrived (any status)
        Refused,      // nothing listens there
        HostNotFound, // the name does not resolve
        NetworkError, // any other socket failure
        Tls,          // the TLS handshake failed
        ConnectTimeout,
        ReadTimeout,
        Deadline,
        ClosedEarly, // the connection ended before the response was whole
        HeadersTooLarge,
        BodyTooLarge,
        Malformed,
        Cancelled,
    };

    explicit HttpExchange(HttpConnectionPool* pool, QObject* parent = nullptr);
    ~HttpExchange() override;

    void start(const QUrl& url,
               const QByteArray& method,
               const HttpHeaderList& headers,
               const QByteArray& body,
               const Limits& limits);
    void cancel();

    // The Host header for a URL: with the port when the URL names a
    // non-default one (as botocore does), IPv6 literals in brackets. The
    // signer signs exactly what goes on the wire.
    static QByteArray hostHeader(const QUrl& url);

    Outcome outcome() const
    {
        return m_outcome;
    }
    // The socket's or the parser's words for a failure.
    QString detail() const
    {
        return m_detail;
    }
    const HttpResponseParser& response() const
    {
        return m_parser;
    }
    bool requestWasWritten() const
    {
        return m_written;
    }

signals:
    // Every byte of the request was handed to the connection.
    void requestWritten();
    void finished();

private:
    HttpConnectionPool* m_pool;
    QString m_key;
    QPointer<QAbstractSocket> m_socket;
    QByteArray m_request;
    qint64 m_toWrite = 0;
    Limits m_limits;
    HttpResponseParser m_parser;
    QTimer m_connectTimer;
    QTimer m_readTimer;
    QTimer m_deadlineTimer;
    // When each timer is really due: QTimer counts in int milliseconds
    // (24.8 days), so a longer limit is re-armed until its deadline.
    QDeadlineTimer m_connectDue;
    QDeadlineTimer m_readDue;
    QDeadlineTimer m_deadlineDue;
    Outcome m_outcome = Outcome::Pending;
    QString m_detail;
    QStringList m_tlsErrors;
    bool m_written = false;

    static QByteArray
    requestBytes(const QUrl& url, const QByteArray& method, const HttpHeaderList& headers, const QByteArray& body);
    static void startTimer(QTimer& timer, QDeadlineTimer& due, qint64 ms);
    // Starts the timer again for what is left; false when the limit is reached.
    static bool stillEarly(QTimer& timer, const QDeadlineTimer& due);
    QAbstractSocket* openSocket(const QUrl& url);
    void sendRequest();
    void onBytesWritten(qint64 bytes);
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void complete(Outcome outcome, const QString& detail = QString());
    void releaseSocket(bool reusable);
};
