#include "ivs/IvsCall.h"

#include "aws/SigV4Signer.h"
#include "core/Logging.h"
#include "core/Redactor.h"
#include "ivs/IvsErrorParser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace
{
// Host exactly as the Host header carries it: with the port when the URL
// names a non-default one (as botocore does), IPv6 literals in brackets.
QByteArray hostHeader(const QUrl& url)
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

QUrl operationUrl(const QUrl& base, const QString& operation)
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u'/' + operation);
    return url;
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 4);
}
} // namespace

IvsCall::IvsCall(const QString& operation, const QJsonObject& input, QObject* parent)
    : QObject(parent)
    , m_operation(operation)
    , m_input(input)
{
    m_connectTimer.setSingleShot(true);
    m_readTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { onTimeout(Timeout::Connect); });
    connect(&m_readTimer, &QTimer::timeout, this, [this] { onTimeout(Timeout::Read); });
}

IvsCall::~IvsCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QStringList IvsCall::secrets() const
{
    return {m_config.credentials.secretAccessKey, m_config.credentials.sessionToken};
}

void IvsCall::start(QNetworkAccessManager* nam, const IvsClientConfig& config)
{
    m_config = config;
    if (!m_config.endpoint.isValid()) {
        finishLater(IvsError::Category::Network, m_config.endpoint.error);
        return;
    }
    if (!m_config.credentials.isComplete()) {
        finishLater(IvsError::Category::Authentication, tr("No credentials were given for the request."));
        return;
    }
    m_url = operationUrl(m_config.endpoint.url, m_operation);
    const QUrl& url = m_url;
    const QByteArray body = QJsonDocument(m_input).toJson(QJsonDocument::Compact);

    SigV4Request toSign;
    toSign.method = QByteArrayLiteral("POST");
    toSign.host = hostHeader(url);
    toSign.path = url.path(QUrl::FullyEncoded).toUtf8();
    toSign.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    toSign.body = body;
    toSign.region = m_config.endpoint.region;
    toSign.service = m_config.endpoint.signingName;
    const QDateTime now = m_config.clock ? m_config.clock() : QDateTime::currentDateTimeUtc();
    const SigV4Result signature = SigV4Signer::sign(toSign, m_config.credentials, now);

    QNetworkRequest request(url);
    // Exactly the signed bytes: Qt keeps a Host header that is already set.
    request.setRawHeader("Content-Type", "application/json");
    for (const auto& [name, value] : signature.headersToSet) {
        request.setRawHeader(name, value);
    }
    request.setRawHeader("User-Agent", m_config.userAgent);
    // A signed request must not be replayed elsewhere by a redirect, and an
    // HTTP/2 :authority would not be the Host that was signed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    qCDebug(lcSigV4).noquote() << "Canonical request:\n"
                               << Redactor::redact(QString::fromUtf8(signature.canonicalRequest), secrets());
    qCDebug(lcSigV4).noquote() << "String to sign:\n" << QString::fromUtf8(signature.stringToSign);
    qCDebug(lcHttp).noquote() << "Sending" << m_operation << "request: POST" << url.toString();
    for (const QByteArray& name : request.rawHeaderList()) {
        const QString line = QString::fromUtf8(name + ": " + request.rawHeader(name));
        qCDebug(lcHttp).noquote() << "  >" << Redactor::redact(line, secrets());
    }
    qCDebug(lcHttp).noquote() << "  > body:" << Redactor::redact(QString::fromUtf8(body), secrets());

    m_reply = nam->post(request, body);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_connectTimer.stop();
        if (m_config.readTimeoutMs > 0) {
            m_readTimer.start(m_config.readTimeoutMs);
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &IvsCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &IvsCall::onReplyFinished);
    if (m_config.connectTimeoutMs > 0) {
        m_connectTimer.start(m_config.connectTimeoutMs);
    }
}

void IvsCall::cancel()
{
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // emits finished, which reports the cancellation
    } else {
        finishWithError(IvsError::Category::Cancelled, tr("The request was cancelled."));
    }
}

void IvsCall::onTimeout(Timeout which)
{
    if (m_finished || !m_reply) {
        return;
    }
    m_timedOut = which;
    m_reply->abort();
}

void IvsCall::onReadyRead()
{
    if (!m_reply) {
        return;
    }
    m_connectTimer.stop();
    if (m_config.readTimeoutMs > 0) {
        m_readTimer.start(m_config.readTimeoutMs); // the read timeout is per read, like a socket's
    }
    m_body += m_reply->readAll();
    if (m_config.maxReplyBytes > 0 && m_body.size() > m_config.maxReplyBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

HttpHeaderList IvsCall::responseHeaders(QNetworkReply* reply) const
{
    HttpHeaderList headers;
    for (const auto& pair : reply->rawHeaderPairs()) {
        headers.append(pair);
    }
    return headers;
}

void IvsCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished) {
        return;
    }
    m_connectTimer.stop();
    m_readTimer.stop();
    if (!m_tooLarge && !m_cancelled && m_timedOut == Timeout::None) {
        m_body += reply->readAll();
    }
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_requestId = QString::fromUtf8(reply->rawHeader("x-amzn-RequestId"));

    if (m_cancelled) {
        finishWithError(IvsError::Category::Cancelled, tr("The request was cancelled."));
    } else if (m_timedOut == Timeout::Connect) {
        finishWithError(IvsError::Category::Timeout,
                        tr("Could not connect to %1 within %2 seconds.")
                            .arg(m_config.endpoint.url.host(), seconds(m_config.connectTimeoutMs)));
    } else if (m_timedOut == Timeout::Read) {
        finishWithError(IvsError::Category::Timeout,
                        tr("%1 stopped answering: nothing arrived for %2 seconds.")
                            .arg(m_config.endpoint.url.host(), seconds(m_config.readTimeoutMs)));
    } else if (m_tooLarge) {
        finishWithError(
            IvsError::Category::TooLarge,
            tr("The reply was refused because it is larger than %1 KiB.").arg(m_config.maxReplyBytes / 1024));
    } else if (m_status == 0) {
        handleTransportFailure(reply);
    } else {
        handleHttpReply(reply);
    }
    reply->deleteLater();
    m_reply = nullptr;
}

void IvsCall::handleTransportFailure(QNetworkReply* reply)
{
    const auto error = reply->error();
    IvsError::Category category = IvsError::Category::Network;
    if (error == QNetworkReply::SslHandshakeFailedError) {
        category = IvsError::Category::Tls;
    } else if (error == QNetworkReply::TimeoutError) {
        category = IvsError::Category::Timeout;
    }
    finishWithError(category, reply->errorString());
}

void IvsCall::handleHttpReply(QNetworkReply* reply)
{
    const HttpHeaderList headers = responseHeaders(reply);
    qCDebug(lcHttp).noquote() << "Received HTTP" << m_status << "for" << m_operation << "(" << m_body.size()
                              << "bytes )";
    for (const auto& [name, value] : headers) {
        qCDebug(lcHttp).noquote() << "  <" << Redactor::redact(QString::fromUtf8(name + ": " + value), secrets());
    }
    qCDebug(lcHttp).noquote() << "  < body:" << Redactor::redact(QString::fromUtf8(m_body), secrets());

    if (m_status != 200) {
        m_error = IvsErrorParser::parse(m_status, headers, m_body,
                                        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        finish();
        return;
    }
    handleSuccess(reply);
}

void IvsCall::handleSuccess(QNetworkReply* reply)
{
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool cutShort =
        (reply->error() > QNetworkReply::NoError && reply->error() < QNetworkReply::ProxyConnectionRefusedError) ||
        (length.isValid() && length.toLongLong() > m_body.size());
    if (cutShort) {
        finishWithError(IvsError::Category::MalformedReply,
                        tr("The connection closed after %1 of %2 bytes of the reply.")
                            .arg(m_body.size())
                            .arg(length.isValid() ? length.toString() : tr("an unknown number of")));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                                : tr("it is not a JSON object");
        finishWithError(IvsError::Category::MalformedReply,
                        tr("The reply (%1 bytes) is not valid JSON: %2.").arg(m_body.size()).arg(why));
        return;
    }
    m_response = doc.object();
    const QString problem = acceptResponse(m_response);
    if (!problem.isEmpty()) {
        finishWithError(IvsError::Category::MalformedReply,
                        tr("The reply is not what %1 returns: %2").arg(m_operation, problem));
        return;
    }
    finish();
}

QString IvsCall::acceptResponse(const QJsonObject&)
{
    return {};
}

void IvsCall::finishWithError(IvsError::Category category, const QString& message)
{
    m_error.category = category;
    m_error.message = Redactor::redact(message, secrets());
    m_error.httpStatus = m_status;
    m_error.requestId = m_requestId;
    finish();
}

void IvsCall::finishLater(IvsError::Category category, const QString& message)
{
    // The caller connects to finished() after start() returns.
    QMetaObject::invokeMethod(
        this, [this, category, message] { finishWithError(category, message); }, Qt::QueuedConnection);
}

void IvsCall::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_error.isError()) {
        qCDebug(lcHttp).noquote() << m_operation << "failed:" << IvsError::categoryName(m_error.category)
                                  << m_error.code << m_error.message;
    }
    emit finished();
}
