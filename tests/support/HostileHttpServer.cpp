#include "HostileHttpServer.h"

#include "demo/FakeIvsServer.h"
#include "demo/HttpRequestReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <sys/socket.h>

namespace
{
// FakeIvsServer's answers without its socket: the fixtures, reached through
// its protected handle().
class FixtureAnswers : public FakeIvsServer
{
public:
    using FakeIvsServer::FakeIvsServer;
    using FakeIvsServer::handle;
};

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

QByteArray littleEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i) {
        bytes[i] = char((value >> (8 * i)) & 0xFF);
    }
    return bytes;
}
} // namespace

HostileHttpServer::HostileHttpServer(const QString& fixturesDir, QObject* parent)
    : QObject(parent)
    , m_fixtures(std::make_unique<FixtureAnswers>(fixturesDir))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_verifier.addKey(QString::fromLatin1(FakeIvsServer::AccessKeyId),
                      QString::fromLatin1(FakeIvsServer::SecretAccessKey));
    connect(&m_server, &QTcpServer::newConnection, this, &HostileHttpServer::onNewConnection);
}

HostileHttpServer::~HostileHttpServer() = default;

bool HostileHttpServer::listen(const QHostAddress& address)
{
    return m_server.listen(address, 0);
}

quint16 HostileHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl HostileHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void HostileHttpServer::addKey(const QString& accessKeyId, const QString& secret, const QString& sessionToken)
{
    m_verifier.addKey(accessKeyId, secret, sessionToken);
    m_fixtures->addKey(accessKeyId, secret, sessionToken);
}

void HostileHttpServer::on(const QByteArray& target, Handler handler)
{
    m_handlers.insert(target, std::move(handler));
}

void HostileHttpServer::setDate(const QByteArray& date)
{
    m_date = date;
}

void HostileHttpServer::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QList<RecordedRequest> HostileHttpServer::requestsTo(const QByteArray& target) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest& request : m_requests) {
        if (request.target == target) {
            matching.append(request);
        }
    }
    return matching;
}

HostileHttpServer::Reply HostileHttpServer::normal(const HttpReply& http)
{
    return of(Reply::Kind::Normal, http);
}

HostileHttpServer::Reply HostileHttpServer::of(Reply::Kind kind, const HttpReply& http, qint64 size)
{
    Reply reply;
    reply.kind = kind;
    reply.http = http;
    reply.size = size;
    return reply;
}

QByteArray HostileHttpServer::gzip(const QByteArray& data)
{
    // qCompress gives a 4-byte length, then a zlib stream: a 2-byte header,
    // raw deflate, a 4-byte Adler-32. gzip wraps the same deflate data in its
    // own header and a CRC-32 and length trailer.
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
    const QByteArray header("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10);
    return header + deflate + littleEndian(crc32(data)) + littleEndian(quint32(data.size()));
}

HttpReply HostileHttpServer::awsError(int status, const QByteArray& reason, const QString& code, const QString& message)
{
    HttpReply reply = HttpReply::json(
        status, reason,
        QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}).toJson(QJsonDocument::Compact));
    reply.headers.append(HttpHeader("x-amzn-ErrorType", code.toUtf8()));
    return reply;
}

void HostileHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto reader = std::make_shared<HttpRequestReader>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, reader] {
            if (reader->feed(socket->readAll()) == HttpRequestReader::State::Complete) {
                socket->disconnect(this);
                onRequest(socket, reader->request());
            }
        });
    }
}

QByteArray HostileHttpServer::head(const HttpReply& http, qint64 contentLength) const
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(http.status) + ' ' + http.reason + "\r\n";
    for (const auto& [name, value] : http.headers) {
        bytes += name + ": " + value + "\r\n";
    }
    bytes += "x-amzn-RequestId: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    const QByteArray date =
        m_date.isEmpty()
            ? QLocale::c().toString(m_clock(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()
            : m_date;
    bytes += "Date: " + date + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(contentLength) + "\r\nConnection: close\r\n\r\n";
    return bytes;
}

void HostileHttpServer::onRequest(QTcpSocket* socket, RecordedRequest request)
{
    request.receivedAt = QDateTime::currentDateTimeUtc();
    const SignatureVerifier::Result auth = m_verifier.verify(request, m_clock());
    request.signatureValid = auth.verdict == SignatureVerifier::Verdict::Valid;
    request.signatureProblem = auth.message;
    const HttpReply fixture = static_cast<FixtureAnswers*>(m_fixtures.get())->handle(request, auth);
    const auto handler = m_handlers.constFind(request.target);
    const Reply reply = handler == m_handlers.cend() ? normal(fixture) : (*handler)(request, fixture);
    request.status = reply.http.status;
    m_requests.append(request);

    using K = Reply::Kind;
    switch (reply.kind) {
    case K::Normal:
        socket->write(head(reply.http, reply.http.body.size()) + reply.http.body);
        socket->disconnectFromHost();
        return;
    case K::Drip:
        socket->write(head(reply.http, reply.http.body.size()));
        drip(socket, reply.http.body, reply.intervalMs);
        return;
    case K::HugeHeaders: {
        QByteArray bytes = "HTTP/1.1 200 OK\r\n";
        while (bytes.size() < reply.size) {
            bytes += "X-Filler: " + QByteArray(1000, 'f') + "\r\n";
        }
        socket->write(bytes + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        socket->disconnectFromHost();
        return;
    }
    case K::Gzip: {
        HttpReply http = reply.http;
        http.headers.append(HttpHeader("Content-Encoding", "gzip"));
        const QByteArray body = gzip(http.body);
        socket->write(head(http, body.size()) + body);
        socket->disconnectFromHost();
        return;
    }
    case K::Garbage:
        socket->write(reply.http.body.isEmpty() ? QByteArray("\x16\x03\x01 this is not HTTP\r\n\r\n")
                                                : reply.http.body);
        socket->disconnectFromHost();
        return;
    case K::Close:
        socket->disconnectFromHost();
        return;
    case K::Reset: {
        // SO_LINGER with a zero timeout makes close() send a reset.
        const struct linger now
        {
            1, 0
        };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &now, sizeof now);
        socket->abort();
        return;
    }
    case K::Stall:
        return;
    }
}

void HostileHttpServer::drip(QTcpSocket* socket, const QByteArray& body, int intervalMs)
{
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    QPointer<QTcpSocket> guard(socket);
    connect(timer, &QTimer::timeout, socket, [guard, timer, body, sent] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        if (*sent >= body.size()) {
            timer->stop();
            guard->disconnectFromHost();
            return;
        }
        guard->write(body.mid(*sent, 1));
        ++*sent;
    });
    timer->start(intervalMs);
}
