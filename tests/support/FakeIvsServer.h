#pragma once

#include "RecordedRequest.h"
#include "SignatureVerifier.h"

#include <QDir>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A stand-in for https://ivsrealtime.<region>.amazonaws.com on 127.0.0.1.
// It reads each whole request, verifies its SigV4 signature from the bytes it
// received, and answers from JSON fixtures: <fixtures>/<Operation>/<id>.json
// holds the exact reply body for the resource with that id.
class FakeIvsServer : public QObject
{
    Q_OBJECT

public:
    // How the next answers misbehave (for resilience tests).
    enum class Fault
    {
        None,
        Stall,            // read the request, never answer
        Truncate,         // announce the full length, send half, close
        NotJson,          // 200 with a body that is not JSON
        Html502,          // a load balancer's HTML error page
        Huge,             // 200 with a 10 MiB body
        Reset,            // close the connection without a word
        Throttle,         // 429 ThrottlingException
        ServerError,      // 500 InternalServerException
        WrongContentType, // 200 with the fixture as text/html
    };

    static constexpr const char* AccountId = "123456789012";
    static constexpr const char* AccessKeyId = "AKIDEXAMPLE";
    static constexpr const char* SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    explicit FakeIvsServer(const QString& fixturesDir, QObject* parent = nullptr);

    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl url() const;

    void addKey(const QString& accessKeyId, const QString& secret, const QString& sessionToken = QString());
    // Faults apply to the next requests, one each, in order.
    void queueFault(Fault fault, int times = 1);
    // The server's idea of now, for signature expiry (defaults to the clock).
    void setClock(std::function<QDateTime()> clock);

    QList<RecordedRequest> requests() const
    {
        return m_requests;
    }
    void clearRequests()
    {
        m_requests.clear();
    }

signals:
    void requestHandled();

private:
    struct Reply
    {
        int status = 200;
        QByteArray reason = "OK";
        HttpHeaderList headers;
        QByteArray body;
    };

    QTcpServer m_server;
    QDir m_fixtures;
    SignatureVerifier m_verifier;
    QList<Fault> m_faults;
    QList<RecordedRequest> m_requests;
    std::function<QDateTime()> m_clock;

    void onNewConnection();
    void onRequest(QTcpSocket* socket, RecordedRequest request);
    bool applyFault(Fault fault, QTcpSocket* socket, RecordedRequest& request, const SignatureVerifier::Result& auth);
    Reply route(RecordedRequest& request, const SignatureVerifier::Result& auth);
    Reply getIngestConfiguration(const QJsonObject& input, const QString& region);
    static Reply error(int status, const QByteArray& reason, const QString& code, const QString& message);
    static void send(QTcpSocket* socket, const Reply& reply);
};
