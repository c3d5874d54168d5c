#pragma once

#include "demo/HttpReply.h"
#include "demo/RecordedRequest.h"
#include "demo/SignatureVerifier.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

class FakeIvsServer;
class QTcpSocket;

// An IVS endpoint on 127.0.0.1 that misbehaves the way a broken or hostile
// server (or a proxy in between) does: a body that drips a byte at a time, a
// megabyte of headers, a gzip body nobody asked for, garbage instead of
// HTTP, a connection closed or reset without a reply, odd Date headers, page
// tokens that repeat, error messages full of terminal escapes. Every request
// is recorded and its signature checked; unless a path has a handler, it is
// answered from the same fixtures as FakeIvsServer (tests/data/fake-ivs).
class HostileHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        enum class Kind
        {
            Normal,      // http as it is
            Drip,        // http's head, then its body one byte per intervalMs
            HugeHeaders, // a status line and `size` bytes of headers
            Gzip,        // http's body gzip-compressed, Content-Encoding: gzip
            Garbage,     // bytes that are not HTTP, then close
            Close,       // close without a word
            Reset,       // a TCP reset without a word
            Stall,       // read the request, never answer
        };
        Kind kind = Kind::Normal;
        HttpReply http;
        int intervalMs = 200;
        qint64 size = 0;
    };
    // What to answer to a request; fixture is what FakeIvsServer would answer.
    using Handler = std::function<Reply(const RecordedRequest& request, const HttpReply& fixture)>;

    explicit HostileHttpServer(const QString& fixturesDir, QObject* parent = nullptr);
    ~HostileHttpServer() override;

    // address: 127.0.0.1 unless told otherwise.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost);
    quint16 port() const;
    QUrl url() const;
    void addKey(const QString& accessKeyId, const QString& secret, const QString& sessionToken = QString());

    // Every request to target ("/GetStage") goes to handler.
    void on(const QByteArray& target, Handler handler);
    // The Date header of every reply: empty for the server's clock, or any
    // text at all ("Fri, 31 Dec 9999 23:59:59 GMT", "garbage").
    void setDate(const QByteArray& date);
    // The server's idea of now, for the Date header and signature expiry.
    void setClock(std::function<QDateTime()> clock);

    QList<RecordedRequest> requests() const
    {
        return m_requests;
    }
    QList<RecordedRequest> requestsTo(const QByteArray& target) const;

    static Reply normal(const HttpReply& http);
    static Reply of(Reply::Kind kind, const HttpReply& http = {}, qint64 size = 0);
    // A real gzip member (RFC 1952) of data.
    static QByteArray gzip(const QByteArray& data);
    static HttpReply awsError(int status, const QByteArray& reason, const QString& code, const QString& message);

private:
    QTcpServer m_server;
    SignatureVerifier m_verifier;
    std::unique_ptr<FakeIvsServer> m_fixtures;
    QHash<QByteArray, Handler> m_handlers;
    QByteArray m_date;
    std::function<QDateTime()> m_clock;
    QList<RecordedRequest> m_requests;

    void onNewConnection();
    void onRequest(QTcpSocket* socket, RecordedRequest request);
    QByteArray head(const HttpReply& http, qint64 contentLength) const;
    void drip(QTcpSocket* socket, const QByteArray& body, int intervalMs);
};
