#include "aws/AwsHttpCall.h"

#include "aws/ClockSkew.h"
#include "aws/RetryQuota.h"
#include "aws/SigV4Signer.h"
#include "core/Logging.h"
#include "core/Redactor.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

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
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AwsHttpCall::startAttempt);
}

bool AwsHttpCall::isLoopbackHost(const QString& host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           (!address.isNull() && address.isLoopback());
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
    m_nam = nam;
    m_request = request;
    m_options = options;
    m_credentials = credentials;
    m_secrets = QStringList{credentials.secretAccessKey, credentials.sessionToken};
    const QString host = request.url.host();
    if (request.url.scheme() == QLatin1String("http") && !isLoopbackHost(host) &&
        !options.allowedHttpHosts.contains(host, Qt::CaseInsensitive)) {
        finishLater(AwsError::Category::InsecureEndpoint,
                    tr("The endpoint %1 uses plain http://, which would expose the signed request to anyone on the "
                       "network; nothing was sent.")
                        .arg(request.url.toString()));
        return;
    }
    startAttempt();
}

void AwsHttpCall::startAttempt()
{
    ++m_attempt;
    m_body.clear();
    m_status = 0;
    m_requestId.clear();
    m_reasonPhrase.clear();
    m_timedOut = Timeout::None;
    m_cutShort = false;
    m_error = AwsError();

    QNetworkRequest qtRequest(m_request.url);
    // Exactly the signed bytes: Qt keeps a Host header that is already set.
    for (const auto& [name, value] : m_request.headers) {
        qtRequest.setRawHeader(name, value);
    }
    QByteArray canonical;
    QByteArray stringToSign;
    if (!m_request.service.isEmpty()) {
        SigV4Request toSign;
        toSign.method = m_request.method;
        toSign.host = hostHeader(m_request.url);
        toSign.path = m_request.url.path(QUrl::FullyEncoded).toUtf8();
        toSign.query = QUrlQuery(m_request.url).queryItems(QUrl::FullyDecoded);
        toSign.headers = m_request.headers;
        toSign.body = m_request.body;
        toSign.region = m_request.region;
        toSign.service = m_request.service;
        // Each attempt is signed anew, with the clock as corrected so far.
        const QDateTime now = m_options.clock ? m_options.clock() : ClockSkew::correctedNow();
        const SigV4Result signature = SigV4Signer::sign(toSign, m_credentials, now);
        for (const auto& [name, value] : signature.headersToSet) {
            qtRequest.setRawHeader(name, value);
        }
        canonical = signature.canonicalRequest;
        stringToSign = signature.stringToSign;
    }
    qtRequest.setRawHeader("User-Agent", m_options.userAgent);
    qtRequest.setRawHeader("amz-sdk-request",
                           "attempt=" + QByteArray::number(m_attempt) + "; max=" + QByteArray::number(maxAttempts()));
    // A signed request must not be replayed elsewhere by a redirect, and an
    // HTTP/2 :authority would not be the Host that was signed.
    qtRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qtRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    qtRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    qtRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    qtRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    logRequest(qtRequest, canonical, stringToSign);

    m_reply = m_nam->sendCustomRequest(qtRequest, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_connectTimer.stop();
        if (m_options.readTimeoutMs > 0) {
            m_readTimer.start(m_options.readTimeoutMs);
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &AwsHttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &AwsHttpCall::onReplyFinished);
    if (m_options.connectTimeoutMs > 0) {
        m_connectTimer.start(m_options.connectTimeoutMs);
    }
}

int AwsHttpCall::maxAttempts() const
{
    return qMax(1, m_options.maxAttempts);
}

bool AwsHttpCall::isClockSkewError(const AwsError& error) const
{
    static const QStringList codes{QStringLiteral("AuthFailure"),          QStringLiteral("InvalidSignatureException"),
                                   QStringLiteral("RequestExpired"),       QStringLiteral("RequestInTheFuture"),
                                   QStringLiteral("RequestTimeTooSkewed"), QStringLiteral("SignatureDoesNotMatch")};
    return codes.contains(error.code);
}

bool AwsHttpCall::retryIfWorthIt(const AwsError& error)
{
    using C = AwsError::Category;
    // Nothing was sent (a refusal before the first attempt): nothing to retry.
    if (m_cancelled || m_attempt == 0) {
        return false;
    }
    // A refusal explained by a clock-skew correction is retried at once, once,
    // and does not count as one of the attempts.
    if (m_skewCorrectedMs != 0 && !m_skewRetried && isClockSkewError(error)) {
        m_skewRetried = true;
        --m_attempt;
        qCDebug(lcHttp).noquote() << "Clock corrected by" << m_skewCorrectedMs << "ms; sending" << m_request.operation
                                  << "again";
        emit retrying(m_attempt + 1, maxAttempts(), 0, tr("the computer's clock is off"));
        m_retryTimer.start(0);
        return true;
    }
    static const QStringList transientCodes{QStringLiteral("RequestTimeout"), QStringLiteral("RequestTimeoutException"),
                                            QStringLiteral("PriorRequestNotComplete")};
    const bool serverBusy = error.category == C::ServerError && (error.httpStatus == 500 || error.httpStatus == 502 ||
                                                                 error.httpStatus == 503 || error.httpStatus == 504);
    const bool cutShort = error.category == C::MalformedReply && m_cutShort;
    const bool retryable = error.category == C::Throttling || error.category == C::Timeout ||
                           error.category == C::Network || serverBusy || cutShort ||
                           transientCodes.contains(error.code);
    if (!retryable || m_attempt >= maxAttempts()) {
        return false;
    }
    const int cost = error.category == C::Timeout ? RetryQuota::TimeoutRetryCost : RetryQuota::RetryCost;
    if (!RetryQuota::acquire(cost)) {
        qCDebug(lcHttp).noquote() << "Retry quota exhausted; not retrying" << m_request.operation;
        return false;
    }
    m_retryCostTaken += cost;
    const double ceiling = qMin(double(1 << (m_attempt - 1)), 20.0) * m_options.retryBaseDelayMs;
    const int delay = static_cast<int>(QRandomGenerator::global()->generateDouble() * ceiling);
    const QString reason = AwsError::categoryName(error.category);
    qCDebug(lcHttp).noquote() << "Attempt" << m_attempt << "of" << maxAttempts() << "for" << m_request.operation
                              << "failed (" << reason << error.code << "); retrying in" << delay << "ms";
    emit retrying(m_attempt + 1, maxAttempts(), delay, reason);
    m_retryTimer.start(delay);
    return true;
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
    m_retryTimer.stop();
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
    if (m_status != 0 && ClockSkew::observe(reply->rawHeader("Date"))) {
        m_skewCorrectedMs = ClockSkew::offsetMs();
        qCDebug(lcHttp).noquote() << "The server's clock differs from ours by" << m_skewCorrectedMs
                                  << "ms; signing with the corrected time from now on";
        emit clockSkewCorrected(m_skewCorrectedMs);
    }
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
        m_cutShort = true;
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
    if (m_reply) {
        // Called from within the reply's handling: let it be cleaned up first.
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (retryIfWorthIt(error)) {
        return;
    }
    m_error = error;
    m_error.attempts = m_attempt;
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
    m_retryTimer.stop();
    if (!m_error.isError()) {
        // The standard mode refunds what retries took, or 1 for a first-try success.
        RetryQuota::release(m_retryCostTaken > 0 ? m_retryCostTaken : 1);
    }
    if (m_error.isError()) {
        qCDebug(lcHttp).noquote() << m_request.operation << "failed:" << AwsError::categoryName(m_error.category)
                                  << m_error.code << m_error.message;
    }
    emit finished();
}
