#pragma once

#include "demo/HttpReply.h"
#include "demo/RecordedRequest.h"
#include "demo/SignatureVerifier.h"

#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// An HTTP server on 127.0.0.1 for tests: reads each whole request (head, then
// Content-Length bytes of body), checks its SigV4 signature from the bytes
// received, lets a subclass answer, and can misbehave on purpose.
class LoopbackHttpServer : public QObject
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
        WrongContentType, // the normal answer, labelled text/html
    };

    static constexpr const char* AccessKeyId = "AKIDEXAMPLE";
    static constexpr const char* SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    explicit LoopbackHttpServer(QObject* parent = nullptr);

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
    // The requests for one path, such as "/GetIngestConfiguration".
    QList<RecordedRequest> requestsTo(const QByteArray& target) const
    {
        QList<RecordedRequest> matching;
        for (const RecordedRequest& request : m_requests) {
            if (request.target == target) {
                matching.append(request);
            }
        }
        return matching;
    }

    static HttpReply awsJsonError(int status, const QByteArray& reason, const QString& code, const QString& message);

signals:
    void requestHandled();

protected:
    // The answer to a request whose signature was checked (auth says how).
    virtual HttpReply handle(const RecordedRequest& request, const SignatureVerifier::Result& auth) = 0;
    // The answer to a request with a bad or missing signature.
    virtual HttpReply refuse(const SignatureVerifier::Result& auth);

private:
    QTcpServer m_server;
    SignatureVerifier m_verifier;
    QList<Fault> m_faults;
    QList<RecordedRequest> m_requests;
    std::function<QDateTime()> m_clock;

    void onNewConnection();
    void onRequest(QTcpSocket* socket, RecordedRequest request);
    bool applyFault(Fault fault, QTcpSocket* socket, RecordedRequest& request, const SignatureVerifier::Result& auth);
    HttpReply answer(const RecordedRequest& request, const SignatureVerifier::Result& auth);
    // The Date header follows the server's clock, as AWS's does.
    void send(QTcpSocket* socket, const HttpReply& reply);
};
