#include "aws/HttpExchange.h"

#include "aws/HttpConnectionPool.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <limits>

namespace
{
bool hasHeader(const HttpHeaderList& headers, const QByteArray& name)
{
    return std::any_of(headers.begin(), headers.end(), [&name](const HttpHeader& header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}
} // namespace

QByteArray HttpExchange::hostHeader(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':')) {
        host = '[' + host + ']';
    }
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort) {
        host += ':' + QByteArray::number(url.port());
    }
    return host;
}

HttpExchange::HttpExchange(HttpConnectionPool* pool, QObject* parent)
    : QObject(parent)
    , m_pool(pool)
    , m_parser(0, 0)
{
    for (QTimer* timer : {&m_connectTimer, &m_readTimer, &m_deadlineTimer}) {
        timer->setSingleShot(true);
    }
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (!stillEarly(m_connectTimer, m_connectDue)) {
            complete(Outcome::ConnectTimeout);
        }
    });
    connect(&m_readTimer, &QTimer::timeout, this, [this] {
        if (!stillEarly(m_readTimer, m_readDue)) {
            complete(Outcome::ReadTimeout);
        }
    });
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        if (!stillEarly(m_deadlineTimer, m_deadlineDue)) {
            complete(Outcome::Deadline);
        }
    });
}

HttpExchange::~HttpExchange()
{
    releaseSocket(false);
}

QByteArray HttpExchange::requestBytes(const QUrl& url,
                                      const QByteArray& method,
                                      const HttpHeaderList& headers,
                                      const QByteArray& body)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty()) {
        target = "/";
    }
    if (url.hasQuery()) {
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    }
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\n";
    if (!hasHeader(headers, "Host")) {
        bytes += "Host: " + hostHeader(url) + "\r\n";
    }
    for (const auto& [name, value] : headers) {
        bytes += name + ": " + value + "\r\n";
    }
    // Nothing compressed: a body arrives as sent and is bounded as it arrives.
    bytes += "Accept-Encoding: identity\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    return bytes + body;
}

void HttpExchange::startTimer(QTimer& timer, QDeadlineTimer& due, qint64 ms)
{
    if (ms <= 0) {
        return; // no limit
    }
    due = QDeadlineTimer(ms, Qt::PreciseTimer);
    timer.start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
}

bool HttpExchange::stillEarly(QTimer& timer, const QDeadlineTimer& due)
{
    const qint64 left = due.remainingTime();
    if (left <= 0) {
        return false;
    }
    timer.start(int(qMin<qint64>(left, std::numeric_limits<int>::max())));
    return true;
}

void HttpExchange::start(const QUrl& url,
                         const QByteArray& method,
                         const HttpHeaderList& headers,
                         const QByteArray& body,
                         const Limits& limits)
{
    m_limits = limits;
    m_parser = HttpResponseParser(limits.maxHeaderBytes, limits.maxBodyBytes);
    m_request = requestBytes(url, method, headers, body);
    m_key = HttpConnectionPool::endpointKey(url);
    startTimer(m_deadlineTimer, m_deadlineDue, limits.deadlineMs);
    if (QAbstractSocket* reused = m_pool ? m_pool->take(m_key) : nullptr) {
        reused->setParent(this);
        m_socket = reused;
        connect(reused, &QAbstractSocket::bytesWritten, this, &HttpExchange::onBytesWritten);
        connect(reused, &QAbstractSocket::readyRead, this, &HttpExchange::onReadyRead);
        connect(reused, &QAbstractSocket::disconnected, this, &HttpExchange::onDisconnected);
        connect(reused, &QAbstractSocket::errorOccurred, this, &HttpExchange::onSocketError);
        sendRequest();
        return;
    }
    m_socket = openSocket(url);
    startTimer(m_connectTimer, m_connectDue, limits.connectTimeoutMs);
}

QAbstractSocket* HttpExchange::openSocket(const QUrl& url)
{
    const bool tls = url.scheme() == QLatin1String("https");
    QAbstractSocket* socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    connect(socket, &QAbstractSocket::bytesWritten, this, &HttpExchange::onBytesWritten);
    connect(socket, &QAbstractSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpExchange::onDisconnected);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpExchange::onSocketError);
    const int port = url.port(tls ? 443 : 80);
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            for (const QSslError& error : errors) {
                m_tlsErrors.append(error.errorString());
            }
        });
        connect(ssl, &QSslSocket::encrypted, this, &HttpExchange::sendRequest);
        ssl->connectToHostEncrypted(url.host(), quint16(port));
    } else {
        connect(socket, &QAbstractSocket::connected, this, &HttpExchange::sendRequest);
        socket->connectToHost(url.host(), quint16(port));
    }
    return socket;
}

void HttpExchange::sendRequest()
{
    if (!m_socket || m_outcome != Outcome::Pending) {
        return;
    }
    m_connectTimer.stop();
    m_toWrite = m_request.size();
    m_socket->write(m_request);
}

void HttpExchange::onBytesWritten(qint64 bytes)
{
    m_toWrite -= bytes;
    if (m_toWrite <= 0 && !m_written) {
        m_written = true;
        startTimer(m_readTimer, m_readDue, m_limits.readTimeoutMs);
        emit requestWritten();
    }
}

void HttpExchange::onReadyRead()
{
    if (!m_socket || m_outcome != Outcome::Pending) {
        return;
    }
    if (m_written) {
        startTimer(m_readTimer, m_readDue, m_limits.readTimeoutMs); // per read, like a socket timeout
    }
    switch (m_parser.feed(m_socket->readAll())) {
    case HttpResponseParser::State::NeedMore:
        return;
    case HttpResponseParser::State::Complete:
        complete(Outcome::Response);
        return;
    case HttpResponseParser::State::Failed:
        break;
    }
    switch (m_parser.failure()) {
    case HttpResponseParser::Failure::HeadersTooLarge:
        complete(Outcome::HeadersTooLarge);
        return;
    case HttpResponseParser::Failure::BodyTooLarge:
        complete(Outcome::BodyTooLarge);
        return;
    default:
        complete(Outcome::Malformed, m_parser.problem());
        return;
    }
}

void HttpExchange::onDisconnected()
{
    if (m_outcome != Outcome::Pending) {
        return;
    }
    if (m_socket && m_socket->bytesAvailable() > 0) {
        onReadyRead();
        if (m_outcome != Outcome::Pending) {
            return;
        }
    }
    if (m_parser.finish() == HttpResponseParser::State::Complete) {
        complete(Outcome::Response);
    } else {
        complete(Outcome::ClosedEarly);
    }
}

void HttpExchange::onSocketError()
{
    if (!m_socket || m_outcome != Outcome::Pending) {
        return;
    }
    const QString words = m_socket->errorString();
    switch (m_socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        complete(Outcome::Refused, words);
        return;
    case QAbstractSocket::HostNotFoundError:
        complete(Outcome::HostNotFound, words);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        complete(Outcome::Tls, m_tlsErrors.isEmpty() ? words : m_tlsErrors.join(QStringLiteral("; ")));
        return;
    default:
        // A reset after part of the response is a response cut short.
        complete(m_parser.bytesSeen() > 0 ? Outcome::ClosedEarly : Outcome::NetworkError, words);
        return;
    }
}

void HttpExchange::cancel()
{
    complete(Outcome::Cancelled);
}

void HttpExchange::complete(Outcome outcome, const QString& detail)
{
    if (m_outcome != Outcome::Pending) {
        return;
    }
    m_outcome = outcome;
    m_detail = detail;
    for (QTimer* timer : {&m_connectTimer, &m_readTimer, &m_deadlineTimer}) {
        timer->stop();
    }
    releaseSocket(outcome == Outcome::Response && m_parser.keepAlive());
    emit finished();
}

void HttpExchange::releaseSocket(bool reusable)
{
    QAbstractSocket* socket = m_socket;
    m_socket = nullptr;
    if (!socket) {
        return;
    }
    socket->disconnect(this);
    if (reusable && m_pool && socket->state() == QAbstractSocket::ConnectedState) {
        m_pool->give(m_key, socket);
        return;
    }
    socket->abort();
    socket->deleteLater();
}
