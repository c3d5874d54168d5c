#include "FakeIvsServer.h"

#include "HttpRequestReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUuid>

#include <memory>

FakeIvsServer::FakeIvsServer(const QString& fixturesDir, QObject* parent)
    : QObject(parent)
    , m_fixtures(fixturesDir)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_verifier.addKey(QString::fromLatin1(AccessKeyId), QString::fromLatin1(SecretAccessKey));
    connect(&m_server, &QTcpServer::newConnection, this, &FakeIvsServer::onNewConnection);
}

bool FakeIvsServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 FakeIvsServer::port() const
{
    return m_server.serverPort();
}

QUrl FakeIvsServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FakeIvsServer::addKey(const QString& accessKeyId, const QString& secret, const QString& sessionToken)
{
    m_verifier.addKey(accessKeyId, secret, sessionToken);
}

void FakeIvsServer::queueFault(Fault fault, int times)
{
    for (int i = 0; i < times; ++i) {
        m_faults.append(fault);
    }
}

void FakeIvsServer::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void FakeIvsServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto reader = std::make_shared<HttpRequestReader>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, reader] {
            switch (reader->feed(socket->readAll())) {
            case HttpRequestReader::State::Incomplete:
                return;
            case HttpRequestReader::State::Malformed:
                send(socket, error(400, "Bad Request", QStringLiteral("BadRequest"), reader->problem()));
                return;
            case HttpRequestReader::State::Complete:
                socket->disconnect(this);
                onRequest(socket, reader->request());
                return;
            }
        });
    }
}

void FakeIvsServer::onRequest(QTcpSocket* socket, RecordedRequest request)
{
    const Fault fault = m_faults.isEmpty() ? Fault::None : m_faults.takeFirst();
    const SignatureVerifier::Result auth = m_verifier.verify(request, m_clock());
    request.signatureValid = auth.verdict == SignatureVerifier::Verdict::Valid;
    request.signatureProblem = auth.message;
    if (!applyFault(fault, socket, request, auth)) {
        const Reply reply = route(request, auth);
        request.status = reply.status;
        send(socket, reply);
    }
    m_requests.append(request);
    emit requestHandled();
}

bool FakeIvsServer::applyFault(Fault fault,
                               QTcpSocket* socket,
                               RecordedRequest& request,
                               const SignatureVerifier::Result& auth)
{
    switch (fault) {
    case Fault::None:
        return false;
    case Fault::Stall:
        return true;
    case Fault::Reset:
        socket->abort();
        return true;
    case Fault::Throttle:
        request.status = 429;
        send(socket,
             error(429, "Too Many Requests", QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded")));
        return true;
    case Fault::ServerError:
        request.status = 500;
        send(socket, error(500, "Internal Server Error", QStringLiteral("InternalServerException"),
                           QStringLiteral("An internal error occurred.")));
        return true;
    case Fault::Html502: {
        Reply reply{502,
                    "Bad Gateway",
                    {{"Content-Type", "text/html"}},
                    "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"};
        request.status = reply.status;
        send(socket, reply);
        return true;
    }
    case Fault::NotJson:
    case Fault::Huge:
    case Fault::Truncate:
    case Fault::WrongContentType:
        break;
    }
    Reply reply = route(request, auth);
    request.status = reply.status;
    if (fault == Fault::NotJson) {
        reply.body = "this is not json";
    } else if (fault == Fault::Huge) {
        reply.body = "{\"ingestConfiguration\": {\"name\": \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}}";
    } else if (fault == Fault::WrongContentType) {
        reply.headers = {{"Content-Type", "text/html"}};
    }
    if (fault == Fault::Truncate) {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
        socket->write(head + reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return true;
    }
    send(socket, reply);
    return true;
}

FakeIvsServer::Reply
FakeIvsServer::error(int status, const QByteArray& reason, const QString& code, const QString& message)
{
    Reply reply;
    reply.status = status;
    reply.reason = reason;
    reply.headers.append(HttpHeader("Content-Type", "application/json"));
    reply.headers.append(
        HttpHeader("x-amzn-ErrorType", code.toUtf8() + ":http://internal.amazon.com/coral/com.amazonaws.ivs/"));
    reply.body =
        QJsonDocument(QJsonObject{{QStringLiteral("exceptionMessage"), message}}).toJson(QJsonDocument::Compact);
    return reply;
}

FakeIvsServer::Reply FakeIvsServer::route(RecordedRequest& request, const SignatureVerifier::Result& auth)
{
    using V = SignatureVerifier::Verdict;
    switch (auth.verdict) {
    case V::Valid:
        break;
    case V::UnknownKey:
    case V::BadToken:
        return error(403, "Forbidden", QStringLiteral("UnrecognizedClientException"), auth.message);
    case V::Missing:
        return error(403, "Forbidden", QStringLiteral("MissingAuthenticationTokenException"), auth.message);
    case V::BadSignature:
    case V::Expired:
        return error(403, "Forbidden", QStringLiteral("InvalidSignatureException"), auth.message);
    }
    if (auth.service != QLatin1String("ivs")) {
        return error(403, "Forbidden", QStringLiteral("InvalidSignatureException"),
                     QStringLiteral("Credential should be scoped to correct service: 'ivs'."));
    }
    if (request.method != "POST") {
        return error(404, "Not Found", QStringLiteral("UnknownOperationException"), QString());
    }
    if (request.header("Content-Type") != "application/json") {
        return error(415, "Unsupported Media Type", QStringLiteral("UnsupportedMediaTypeException"),
                     QStringLiteral("Unsupported Media Type"));
    }
    QJsonParseError parseError;
    const QJsonDocument input = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !input.isObject()) {
        return error(400, "Bad Request", QStringLiteral("SerializationException"), parseError.errorString());
    }
    if (request.target == "/GetIngestConfiguration") {
        return getIngestConfiguration(input.object(), auth.region);
    }
    return error(404, "Not Found", QStringLiteral("UnknownOperationException"), QString());
}

FakeIvsServer::Reply FakeIvsServer::getIngestConfiguration(const QJsonObject& input, const QString& region)
{
    const QString arn = input.value(QStringLiteral("arn")).toString();
    // The model's pattern and length for IngestConfigurationArn.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("arn:aws:ivs:([a-z0-9-]+):([0-9]+):ingest-configuration/([a-zA-Z0-9-]+)")));
    const QRegularExpressionMatch match = pattern.match(arn);
    if (arn.isEmpty() || arn.size() > 128 || !match.hasMatch()) {
        return error(400, "Bad Request", QStringLiteral("ValidationException"),
                     QStringLiteral("1 validation error detected: Value at 'arn' failed to satisfy constraint: "
                                    "Member must satisfy regular expression pattern"));
    }
    if (match.captured(2) != QLatin1String(AccountId)) {
        return error(403, "Forbidden", QStringLiteral("AccessDeniedException"),
                     QStringLiteral("User: arn:aws:iam::%1:user/tester is not authorized to perform: "
                                    "ivs:GetIngestConfiguration on resource: %2")
                         .arg(QLatin1String(AccountId), arn));
    }
    QFile fixture(m_fixtures.filePath(QStringLiteral("GetIngestConfiguration/%1.json").arg(match.captured(3))));
    // A resource lives in one region: asking another finds nothing, as in AWS.
    if (match.captured(1) != region || !fixture.open(QIODevice::ReadOnly)) {
        return error(404, "Not Found", QStringLiteral("ResourceNotFoundException"),
                     QStringLiteral("IngestConfiguration not found: %1").arg(arn));
    }
    Reply reply;
    reply.headers.append(HttpHeader("Content-Type", "application/json"));
    reply.body = fixture.readAll();
    return reply;
}

void FakeIvsServer::send(QTcpSocket* socket, const Reply& reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
    for (const auto& [name, value] : reply.headers) {
        head += name + ": " + value + "\r\n";
    }
    head += "x-amzn-RequestId: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    head += "Date: " +
            QLocale::c()
                .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1() +
            "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head + reply.body);
    socket->disconnectFromHost();
}
