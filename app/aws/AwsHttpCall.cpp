#include "aws/AwsHttpCall.h"

#include "aws/SigV4Signer.h"
#include "core/Logging.h"
#include "core/Redactor.h"

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

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 4);
}

HttpHeaderList headersOf(QNetworkReply* reply)
{
    HttpHeaderList headers;
    for (const auto& pair : reply->rawHeaderPairs()) {
        headers.append(pair);
    }
    return headers;
}
} // namespace

AwsHttpCall::AwsHttpCall(QObject* parent)
    : QObject(parent)
{
    m_connectTimer.setSingleShot(true);
    m_readTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { onTimeout(Timeout::Connect); });
    connect(&m_readTimer, &QTimer::timeout, this, [this] { onTimeout(Timeout::Read); });
}

AwsHttpCall::~AwsHttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AwsHttpCall::send(QNetworkAccessManager* nam,
                       const AwsHttpRequest& request,
                       const AwsCredentials& credentials,
                       const AwsHttpOptions& options)
{
    m_request = request;
    m_options = options;
    m_secrets = QStringList{credentials.secretAccessKey, credentials.sessionToken};

    QNetworkRequest qtRequest(request.url);
    // Exactly the signed bytes: Qt keeps a Host header that is already set.
    for (const auto& [name, value] : request.headers) {
        qtRequest.setRawHeader(name, value);
    }
    QByteArray canonical;
    QByteArray stringToSign;
    if (!request.service.isEmpty()) {
        SigV4Request toSign;
        toSign.method = request.method;
        toSign.host = hostHeader(request.url);
        toSign.path = request.url.path(QUrl::FullyEncoded).toUtf8();
        toSign.headers = request.headers;
        toSign.body = request.body;
        toSign.region = request.region;
        toSign.service = request.service;
        const QDateTime now = options.clock ? options.clock() : QDateTime::currentDateTimeUtc();
        const SigV4Result signature = SigV4Signer::sign(toSign, credentials, now);
        for (const auto& [name, value] : signature.headersToSet) {
            qtRequest.setRawHeader(name, value);
        }
        canonical = signature.canonicalRequest;
        stringToSign = signature.stringToSign;
    }
    qtRequest.setRawHeader("User-Agent", options.userAgent);
    // A signed request must not be replayed elsewhere by a redirect, and an
    // HTTP/2 :authority would not be the Host that was signed.
    qtRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qtRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    qtRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    qtRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    qtRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    logRequest(qtRequest, canonical, stringToSign);

    m_reply = nam->sendCustomRequest(qtRequest, request.method, request.body);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_connectTimer.stop();
        if (m_options.readTimeoutMs > 0) {
            m_readTimer.start(m_options.readTimeoutMs);
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &AwsHttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &AwsHttpCall::onReplyFinished);
    if (options.connectTimeoutMs > 0) {
        m_connectTimer.start(options.connectTimeoutMs);
    }
}

void AwsHttpCall::logRequest(const QNetworkRequest& request,
                             const QByteArray& canonical,
                             const QByteArray& stringToSign) const
{
    if (!lcHttp().isDebugEnabled() && !lcSigV4().isDebugEnabled()) {
        return;
    }
    if (!canonical.isEmpty()) {
        qCDebug(lcSigV4).noquote() << "Canonical request:\n"
                                   << Redactor::redact(QString::fromUtf8(canonical), m_secrets);
        qCDebug(lcSigV4).noquote() << "String to sign:\n" << QString::fromUtf8(stringToSign);
    }
    qCDebug(lcHttp).noquote() << "Sending" << m_request.operation << "request:" << QString::fromLatin1(m_request.method)
                              << m_request.url.toString();
    for (const QByteArray& name : request.rawHeaderList()) {
        const QString line = QString::fromUtf8(name + ": " + request.rawHeader(name));
        qCDebug(lcHttp).noquote() << "  >" << Redactor::redact(line, m_secrets);
    }
    qCDebug(lcHttp).noquote() << "  > body:" << Redactor::redact(QString::fromUtf8(m_request.body), m_secrets);
}

void AwsHttpCall::logReply(const HttpHeaderList& headers) const
{
    qCDebug(lcHttp).noquote() << "Received HTTP" << m_status << "for" << m_request.operation << "(" << m_body.size()
                              << "bytes )";
    for (const auto& [name, value] : headers) {
        qCDebug(lcHttp).noquote() << "  <" << Redactor::redact(QString::fromUtf8(name + ": " + value), m_secrets);
    }
    qCDebug(lcHttp).noquote() << "  < body:" << Redactor::redact(QString::fromUtf8(m_body), m_secrets);
}

void AwsHttpCall::cancel()
{
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // emits finished, which reports the cancellation
    } else {
        finishWithError(AwsError::Category::Cancelled, tr("The request was cancelled."));
    }
}

void AwsHttpCall::onTimeout(Timeout which)
{
    if (m_finished || !m_reply) {
        return;
    }
    m_timedOut = which;
    m_reply->abort();
}

void AwsHttpCall::onReadyRead()
{
    if (!m_reply) {
        return;
    }
    m_connectTimer.stop();
    if (m_options.readTimeoutMs > 0) {
        m_readTimer.start(m_options.readTimeoutMs); // per read, like a socket timeout
    }
    m_body += m_reply->readAll();
    if (m_options.maxReplyBytes > 0 && m_body.size() > m_options.maxReplyBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

bool AwsHttpCall::wasCutShort(QNetworkReply* reply) const
{
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool connectionError =
        reply->error() > QNetworkReply::NoError && reply->error() < QNetworkReply::ProxyConnectionRefusedError;
    return connectionError || (length.isValid() && length.toLongLong() > m_body.size());
}

void AwsHttpCall::onReplyFinished()
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
    m_reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString host = m_request.url.host();

    if (m_cancelled) {
        finishWithError(AwsError::Category::Cancelled, tr("The request was cancelled."));
    } else if (m_timedOut == Timeout::Connect) {
        finishWithError(
            AwsError::Category::Timeout,
            tr("Could not connect to %1 within %2 seconds.").arg(host, seconds(m_options.connectTimeoutMs)));
    } else if (m_timedOut == Timeout::Read) {
        finishWithError(
            AwsError::Category::Timeout,
            tr("%1 stopped answering: nothing arrived for %2 seconds.").arg(host, seconds(m_options.readTimeoutMs)));
    } else if (m_tooLarge) {
        finishWithError(
            AwsError::Category::TooLarge,
            tr("The reply was refused because it is larger than %1 KiB.").arg(m_options.maxReplyBytes / 1024));
    } else if (m_status == 0) {
        reportTransportFailure(reply);
    } else if (wasCutShort(reply)) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        finishWithError(AwsError::Category::MalformedReply,
                        tr("The connection closed after %1 of %2 bytes of the reply.")
                            .arg(m_body.size())
                            .arg(length.isValid() ? length.toString() : tr("an unknown number of")));
    } else {
        const HttpHeaderList headers = headersOf(reply);
        logReply(headers);
        handleReply(m_status, headers, m_body);
    }
    reply->deleteLater();
    m_reply = nullptr;
}

void AwsHttpCall::reportTransportFailure(QNetworkReply* reply)
{
    const auto error = reply->error();
    AwsError::Category category = AwsError::Category::Network;
    if (error == QNetworkReply::SslHandshakeFailedError) {
        category = AwsError::Category::Tls;
    } else if (error == QNetworkReply::TimeoutError) {
        category = AwsError::Category::Timeout;
    }
    finishWithError(category, reply->errorString());
}

void AwsHttpCall::finishWithError(AwsError::Category category, const QString& message)
{
    AwsError error;
    error.category = category;
    error.message = message;
    finishWithError(error);
}

void AwsHttpCall::finishWithError(const AwsError& error)
{
    m_error = error;
    m_error.message = Redactor::redact(error.message, m_secrets);
    if (m_error.httpStatus == 0) {
        m_error.httpStatus = m_status;
    }
    if (m_error.requestId.isEmpty()) {
        m_error.requestId = m_requestId;
    }
    finish();
}

void AwsHttpCall::finishLater(AwsError::Category category, const QString& message)
{
    // The caller connects to finished() after the call is started.
    QMetaObject::invokeMethod(
        this, [this, category, message] { finishWithError(category, message); }, Qt::QueuedConnection);
}

void AwsHttpCall::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_error.isError()) {
        qCDebug(lcHttp).noquote() << m_request.operation << "failed:" << AwsError::categoryName(m_error.category)
                                  << m_error.code << m_error.message;
    }
    emit finished();
}
