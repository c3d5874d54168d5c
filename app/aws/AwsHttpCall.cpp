#include "aws/AwsHttpCall.h"

#include "aws/AwsTransport.h"
#include "aws/HttpExchange.h"
#include "aws/RetryPolicy.h"
#include "aws/SigV4Signer.h"
#include "core/Logging.h"
#include "core/Redactor.h"
#include "core/TerminalText.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace
{
QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 6);
}
} // namespace

AwsHttpCall::AwsHttpCall(QObject* parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AwsHttpCall::startAttempt);
}

AwsHttpCall::~AwsHttpCall()
{
    delete m_exchange;
}

bool AwsHttpCall::isLoopbackHost(const QString& host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           (!address.isNull() && address.isLoopback());
}

void AwsHttpCall::send(AwsTransport* transport,
                       const AwsHttpRequest& request,
                       const AwsCredentials& credentials,
                       const AwsHttpOptions& options)
{
    m_transport = transport;
    m_request = request;
    m_options = options;
    m_credentials = credentials;
    m_secrets = QStringList{credentials.secretAccessKey, credentials.sessionToken};
    const QString host = request.url.host();
    if (request.url.scheme() == QLatin1String("http") && !isLoopbackHost(host) && !options.allowPlainHttp &&
        !options.allowedHttpHosts.contains(host, Qt::CaseInsensitive)) {
        finishLater(AwsError::Category::InsecureEndpoint,
                    tr("The endpoint %1 uses plain http://, which would expose the signed request to anyone on the "
                       "network; nothing was sent.")
                        .arg(TerminalText::quote(request.url.toString())));
        return;
    }
    startAttempt();
}

HttpHeaderList AwsHttpCall::signedHeaders(QByteArray* canonical, QByteArray* stringToSign) const
{
    HttpHeaderList headers = m_request.headers;
    if (m_request.service.isEmpty()) {
        headers.prepend({QByteArrayLiteral("Host"), HttpExchange::hostHeader(m_request.url)});
        return headers;
    }
    SigV4Request toSign;
    toSign.method = m_request.method;
    toSign.host = HttpExchange::hostHeader(m_request.url);
    toSign.path = m_request.url.path(QUrl::FullyEncoded).toUtf8();
    toSign.query = QUrlQuery(m_request.url).queryItems(QUrl::FullyDecoded);
    toSign.headers = m_request.headers;
    toSign.body = m_request.body;
    toSign.region = m_request.region;
    toSign.service = m_request.service;
    // Each attempt is signed anew, with the endpoint's clock as corrected so far.
    const QDateTime now = m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
    const QDateTime signingTime = m_transport ? m_transport->clockFor(m_request.url).correctedNow(now) : now;
    const SigV4Result signature = SigV4Signer::sign(toSign, m_credentials, signingTime);
    *canonical = signature.canonicalRequest;
    *stringToSign = signature.stringToSign;
    // Host first, as the signer lists it, then the signed request headers.
    HttpHeaderList all = signature.headersToSet;
    all.append(headers);
    return all;
}

void AwsHttpCall::startAttempt()
{
    if (!m_transport) {
        finishWithError(AwsError::cancelled());
        return;
    }
    ++m_attempt;
    m_body.clear();
    m_status = 0;
    m_requestId.clear();
    m_reasonPhrase.clear();
    m_skewChangedThisAttempt = false;
    m_skewReported = false;
    m_error = AwsError();

    QByteArray canonical;
    QByteArray stringToSign;
    HttpHeaderList headers = signedHeaders(&canonical, &stringToSign);
    const int maxAttempts = RetryPolicy(m_options.maxAttempts, 0).maxAttempts();
    headers.append({QByteArrayLiteral("User-Agent"), m_options.userAgent});
    headers.append({QByteArrayLiteral("amz-sdk-request"),
                    "attempt=" + QByteArray::number(m_attempt) + "; max=" + QByteArray::number(maxAttempts)});
    logRequest(headers, canonical, stringToSign);

    HttpExchange::Limits limits;
    limits.connectTimeoutMs = m_options.connectTimeoutMs;
    limits.readTimeoutMs = m_options.readTimeoutMs;
    limits.deadlineMs = m_options.effectiveAttemptDeadlineMs();
    limits.maxHeaderBytes = m_options.maxHeaderBytes;
    limits.maxBodyBytes = m_options.maxReplyBytes;
    delete m_exchange;
    m_exchange = new HttpExchange(m_transport->connections(), this);
    connect(m_exchange, &HttpExchange::finished, this, &AwsHttpCall::onExchangeFinished);
    emit attemptStarted(m_attempt, maxAttempts);
    m_exchange->start(m_request.url, m_request.method, headers, m_request.body, limits);
}

bool AwsHttpCall::retryIfWorthIt(const AwsError& error)
{
    // Nothing was sent (a refusal before the first attempt): nothing to retry.
    if (m_cancelled || m_attempt == 0 || !m_transport) {
        return false;
    }
    const RetryPolicy policy(m_options.maxAttempts, m_options.retryBaseDelayMs);
    // A refusal explained by this attempt's clock-skew correction is sent
    // again at once, once, even past the attempt limit. It is an attempt on
    // the wire like any other, and counted as one.
    if (m_skewChangedThisAttempt && !m_skewRetried && RetryPolicy::isClockSkewError(error)) {
        m_skewRetried = true;
        qCDebug(lcHttp).noquote() << "Clock corrected by" << m_skewCorrectedMs << "ms; sending" << m_request.operation
                                  << "again";
        reportClockSkew(true);
        emit retrying(m_attempt + 1, qMax(policy.maxAttempts(), m_attempt + 1), 0, tr("the computer's clock is off"));
        m_retryTimer.start(0);
        return true;
    }
    const RetryPolicy::Decision decision =
        policy.decide(error, m_attempt, m_transport->retryQuota(), QRandomGenerator::global()->generateDouble());
    if (decision.kind == RetryPolicy::Decision::QuotaExhausted) {
        qCDebug(lcHttp).noquote() << "Retry quota exhausted; not retrying" << m_request.operation;
        return false;
    }
    if (decision.kind != RetryPolicy::Decision::Retry) {
        return false;
    }
    m_retryCostTaken += decision.cost;
    const QString reason = AwsError::categoryName(error.category);
    qCDebug(lcHttp).noquote() << "Attempt" << m_attempt << "of" << policy.maxAttempts() << "for" << m_request.operation
                              << "failed (" << reason << error.code << "); retrying in" << decision.delayMs << "ms";
    emit retrying(m_attempt + 1, policy.maxAttempts(), decision.delayMs, reason);
    m_retryTimer.start(decision.delayMs);
    return true;
}

void AwsHttpCall::logRequest(const HttpHeaderList& headers,
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
    qCDebug(lcHttp).noquote() << "Sending" << m_request.operation << "request (attempt" << m_attempt
                              << "):" << QString::fromLatin1(m_request.method) << m_request.url.toString();
    for (const auto& [name, value] : headers) {
        const QString line = QString::fromUtf8(name + ": " + value);
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
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->cancel();
    }
    finishWithError(AwsError::cancelled());
}

void AwsHttpCall::observeClock(const QByteArray& dateHeader)
{
    if (!m_transport) {
        return;
    }
    ClockSkew& clock = m_transport->clockFor(m_request.url);
    const QDateTime now = m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
    switch (clock.observe(dateHeader, now)) {
    case ClockSkew::Observation::Corrected:
        m_skewCorrectedMs = clock.offsetMs();
        m_skewChangedThisAttempt = true;
        qCDebug(lcHttp).noquote() << "The server's clock differs from ours by" << m_skewCorrectedMs
                                  << "ms; signing requests to" << m_request.url.host()
                                  << "with the corrected time from now on";
        break;
    case ClockSkew::Observation::Implausible:
        qCDebug(lcHttp).noquote() << "Ignoring the server's Date header" << dateHeader
                                  << ": it is more than a day from this computer's clock";
        emit clockSkewIgnored(clock.rejectedSkewMs());
        break;
    case ClockSkew::Observation::Unchanged:
    case ClockSkew::Observation::Unreadable:
        break;
    }
}

void AwsHttpCall::reportClockSkew(bool resending)
{
    // Said once per correction, and only once it is known whether the refused
    // request goes out again: the message must not claim a resend that does
    // not happen.
    if (m_skewChangedThisAttempt && !m_skewReported) {
        m_skewReported = true;
        emit clockSkewCorrected(m_skewCorrectedMs, resending);
    }
}

void AwsHttpCall::onExchangeFinished()
{
    HttpExchange* exchange = m_exchange;
    if (!exchange || m_finished) {
        return;
    }
    const HttpResponseParser& response = exchange->response();
    m_body = response.body();
    m_status = response.hasHead() ? response.status() : 0;
    m_requestId = QString::fromUtf8(response.header("x-amzn-RequestId"));
    m_reasonPhrase = QString::fromUtf8(response.reason());
    if (response.hasHead()) {
        observeClock(response.header("Date"));
    }
    if (exchange->outcome() != HttpExchange::Outcome::Response) {
        reportTransportFailure();
        return;
    }
    logReply(response.headers());
    // Every request says Accept-Encoding: identity. A compressed reply is
    // the server's mistake (or a decompression bomb): it is not unpacked,
    // and the error says what arrived instead of "not JSON".
    const QByteArray encoding = response.header("Content-Encoding").trimmed();
    if (!encoding.isEmpty() && encoding.compare("identity", Qt::CaseInsensitive) != 0) {
        finishWithError(AwsError::Category::MalformedReply,
                        tr("The reply came compressed (Content-Encoding: %1, %2 bytes) although the request asked for "
                           "none; it was not unpacked.")
                            .arg(TerminalText::sanitize(QString::fromLatin1(encoding)))
                            .arg(m_body.size()));
        return;
    }
    handleReply(m_status, response.headers(), m_body);
}

void AwsHttpCall::reportTransportFailure()
{
    using O = HttpExchange::Outcome;
    const QString host = m_request.url.host();
    const HttpResponseParser& response = m_exchange->response();
    AwsError error;
    switch (m_exchange->outcome()) {
    case O::Pending:
    case O::Response:
    case O::Cancelled:
        error = AwsError::cancelled();
        break;
    case O::Refused:
        error.category = AwsError::Category::Network;
        error.message = tr("Nothing accepts connections at %1 (connection refused).").arg(host);
        break;
    case O::HostNotFound:
        error.category = AwsError::Category::Network;
        error.message = tr("The host name %1 could not be found.").arg(host);
        break;
    case O::NetworkError:
        error.category = AwsError::Category::Network;
        error.message = m_exchange->detail();
        break;
    case O::Tls:
        error.category = AwsError::Category::Tls;
        error.message = tr("The secure connection to %1 failed: %2").arg(host, m_exchange->detail());
        break;
    case O::ConnectTimeout:
        error.category = AwsError::Category::Timeout;
        error.message = tr("Could not connect to %1 within %2 seconds (the connect timeout).")
                            .arg(host, seconds(m_options.connectTimeoutMs));
        break;
    case O::ReadTimeout:
        error.category = AwsError::Category::Timeout;
        error.message = tr("%1 stopped answering: nothing arrived for %2 seconds (the read timeout).")
                            .arg(host, seconds(m_options.readTimeoutMs));
        break;
    case O::Deadline:
        error.category = AwsError::Category::Timeout;
        error.message = tr("%1 had not finished its reply after %2 seconds, the limit for one attempt (connect "
                           "timeout plus read timeout); %3 bytes had arrived.")
                            .arg(host, seconds(m_options.effectiveAttemptDeadlineMs()))
                            .arg(response.bytesSeen());
        break;
    case O::HeadersTooLarge:
        error.category = AwsError::Category::TooLarge;
        error.message = tr("The reply was refused because its headers are larger than %1 KiB; no AWS reply comes "
                           "near that.")
                            .arg(m_options.maxHeaderBytes / 1024);
        break;
    case O::BodyTooLarge:
        error.category = AwsError::Category::TooLarge;
        error.message =
            tr("The reply was refused because it is larger than %1 KiB.").arg(m_options.maxReplyBytes / 1024);
        break;
    case O::Malformed:
        error.category = AwsError::Category::MalformedReply;
        error.message = tr("The reply is not valid HTTP: %1.").arg(m_exchange->detail());
        break;
    case O::ClosedEarly:
        if (response.bytesSeen() == 0) {
            error.category = AwsError::Category::Network;
            error.message = tr("%1 closed the connection without answering.").arg(host);
        } else {
            error.category = AwsError::Category::MalformedReply;
            error.cutShort = true;
            error.message = tr("The connection closed after %1 of %2 bytes of the reply.")
                                .arg(response.body().size())
                                .arg(response.announcedLength() >= 0 ? QString::number(response.announcedLength())
                                                                     : tr("an unknown number of"));
        }
        break;
    }
    finishWithError(error);
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
    if (m_finished) {
        return;
    }
    if (retryIfWorthIt(error)) {
        return;
    }
    reportClockSkew(false);
    m_error = error;
    m_error.attempts = m_attempt;
    m_error.host = m_request.url.host();
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
    reportClockSkew(false);
    m_finished = true;
    m_retryTimer.stop();
    if (!m_error.isError() && m_transport) {
        // The standard mode refunds what retries took, or 1 for a first-try success.
        m_transport->retryQuota().release(m_retryCostTaken > 0 ? m_retryCostTaken : 1);
    }
    if (m_error.isError()) {
        qCDebug(lcHttp).noquote() << m_request.operation << "failed:" << AwsError::categoryName(m_error.category)
                                  << m_error.code << m_error.message;
    }
    emit finished();
}
