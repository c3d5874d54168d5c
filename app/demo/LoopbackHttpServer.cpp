#include "demo/LoopbackHttpServer.h"

#include "demo/HttpRequestReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTcpSocket>
#include <QUuid>

#include <memory>

LoopbackHttpServer::LoopbackHttpServer(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_verifier.addKey(QString::fromLatin1(AccessKeyId), QString::fromLatin1(SecretAccessKey));
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
}

bool LoopbackHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 LoopbackHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl LoopbackHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void LoopbackHttpServer::addKey(const QString& accessKeyId, const QString& secret, const QString& sessionToken)
{
    m_verifier.addKey(accessKeyId, secret, sessionToken);
}

void LoopbackHttpServer::queueFault(Fault fault, int times)
{
    for (int i = 0; i < times; ++i) {
        m_faults.append(fault);
    }
}

void LoopbackHttpServer::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto reader = std::make_shared<HttpRequestReader>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, reader] {
            switch (reader->feed(socket->readAll())) {
            case HttpRequestReader::State::Incomplete:
                return;
            case HttpRequestReader::State::Malformed:
                send(socket, awsJsonError(400, "Bad Request", QStringLiteral("BadRequest"), reader->problem()));
                return;
            case HttpRequestReader::State::Complete:
                socket->disconnect(this);
                onRequest(socket, reader->request());
                return;
            }
        });
    }
}

void LoopbackHttpServer::onRequest(QTcpSocket* socket, RecordedRequest request)
{
    request.receivedAt = QDateTime::currentDateTimeUtc();
    const Fault fault = m_faults.isEmpty() ? Fault::None : m_faults.takeFirst();
    const SignatureVerifier::Result auth = m_verifier.verify(request, m_clock());
    request.signatureValid = auth.verdict == SignatureVerifier::Verdict::Valid;
    request.signatureProblem = auth.message;
    if (!applyFault(fault, socket, request, auth)) {
        const HttpReply reply = answer(request, auth);
        request.status = reply.status;
        send(socket, reply);
    }
    m_requests.append(request);
    emit requestHandled();
}

HttpReply LoopbackHttpServer::refuse(const SignatureVerifier::Result& auth)
{
    using V = SignatureVerifier::Verdict;
    switch (auth.verdict) {
    case V::UnknownKey:
    case V::BadToken:
        return awsJsonError(403, "Forbidden", QStringLiteral("UnrecognizedClientException"), auth.message);
    case V::Missing:
        return awsJsonError(403, "Forbidden", QStringLiteral("MissingAuthenticationTokenException"), auth.message);
    case V::BadSignature:
    case V::Expired:
    case V::Valid:
        break;
    }
    return awsJsonError(403, "Forbidden", QStringLiteral("InvalidSignatureException"), auth.message);
}

HttpReply LoopbackHttpServer::answer(const RecordedRequest& request, const SignatureVerifier::Result& auth)
{
    return handle(request, auth);
}

bool LoopbackHttpServer::applyFault(Fault fault,
                                    QTcpSocket* socket,
                                    RecordedRequest& request,
                                    const SignatureVerifier::Result& auth)
{
    HttpReply reply;
    switch (fault) {
    case Fault::None:
        return false;
    case Fault::Stall:
        return true;
    case Fault::Reset:
        socket->abort();
        return true;
    case Fault::Throttle:
        reply = awsJsonError(429, "Too Many Requests", QStringLiteral("ThrottlingException"),
                             QStringLiteral("Rate exceeded"));
        break;
    case Fault::ServerError:
        reply = awsJsonError(500, "Internal Server Error", QStringLiteral("InternalServerException"),
                             QStringLiteral("An internal error occurred."));
        break;
    case Fault::Html502:
        reply = {502,
                 "Bad Gateway",
                 {{"Content-Type", "text/html"}},
                 "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"};
        break;
    case Fault::NotJson:
        reply = answer(request, auth);
        reply.body = "this is not json";
        break;
    case Fault::Huge:
        reply = answer(request, auth);
        reply.body = "{\"ingestConfiguration\": {\"name\": \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}}";
        break;
    case Fault::WrongContentType:
        reply = answer(request, auth);
        reply.headers = {{"Content-Type", "text/html"}};
        break;
    case Fault::Truncate: {
        reply = answer(request, auth);
        request.status = reply.status;
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
        socket->write(head + reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        return true;
    }
    }
    request.status = reply.status;
    send(socket, reply);
    return true;
}

HttpReply
LoopbackHttpServer::awsJsonError(int status, const QByteArray& reason, const QString& code, const QString& message)
{
    HttpReply reply = HttpReply::json(
        status, reason,
        QJsonDocument(QJsonObject{{QStringLiteral("exceptionMessage"), message}}).toJson(QJsonDocument::Compact));
    reply.headers.append(
        HttpHeader("x-amzn-ErrorType", code.toUtf8() + ":http://internal.amazon.com/coral/com.amazonaws.ivs/"));
    return reply;
}

void LoopbackHttpServer::send(QTcpSocket* socket, const HttpReply& reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
    for (const auto& [name, value] : reply.headers) {
        head += name + ": " + value + "\r\n";
    }
    head += "x-amzn-RequestId: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    head += "Date: " + QLocale::c().toString(m_clock(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1() +
            "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head + reply.body);
    socket->disconnectFromHost();
}
