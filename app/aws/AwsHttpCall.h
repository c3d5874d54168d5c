#pragma once

#include "aws/AwsCredentials.h"
#include "aws/AwsError.h"
#include "aws/AwsHttpOptions.h"
#include "aws/AwsHttpRequest.h"
#include "aws/AwsTransport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class AwsTransport;
class HttpExchange;

// One AWS request: signs it exactly as it is sent, enforces the connect and
// read timeouts, a deadline per attempt and bounds on the reply, turns
// transport failures (refused, reset, TLS, timeout, cut short, cancelled) into
// typed errors, and retries as RetryPolicy decides. Each attempt is one
// request on the wire, so the attempts reported are the requests the server
// saw. Subclasses read the protocol (JSON, XML) in handleReply(). finished()
// is emitted exactly once; cancel() is safe at any time, including while
// waiting to retry.
class AwsHttpCall : public QObject
{
    Q_OBJECT

public:
    explicit AwsHttpCall(QObject* parent = nullptr);
    ~AwsHttpCall() override;

    void cancel();

    bool isFinished() const
    {
        return m_finished;
    }
    const AwsError& error() const
    {
        return m_error;
    }
    int httpStatus() const
    {
        return m_status;
    }
    QString requestId() const
    {
        return m_requestId;
    }
    QUrl url() const
    {
        return m_request.url;
    }
    QString operation() const
    {
        return m_request.operation;
    }
    QByteArray rawBody() const
    {
        return m_body;
    }
    QString reasonPhrase() const
    {
        return m_reasonPhrase;
    }
    int attempt() const
    {
        return m_attempt;
    }
    // Set when this call found the computer's clock off and corrected it.
    qint64 clockSkewCorrectedMs() const
    {
        return m_skewCorrectedMs;
    }
    static bool isLoopbackHost(const QString& host);

signals:
    void finished();
    // Attempt `attempt` of `maxAttempts` goes on the wire now.
    void attemptStarted(int attempt, int maxAttempts);
    // Attempt `attempt` of `maxAttempts` starts after `delayMs` because the
    // last one failed with `reason`.
    void retrying(int attempt, int maxAttempts, int delayMs, const QString& reason);
    // The endpoint's clock differs from ours by offsetMs; resending says
    // whether this call sends its refused request again with the corrected time.
    void clockSkewCorrected(qint64 offsetMs, bool resending);
    // The endpoint's Date header claimed a skew too large to believe.
    void clockSkewIgnored(qint64 claimedSkewMs);

protected:
    void send(AwsTransport* transport,
              const AwsHttpRequest& request,
              const AwsCredentials& credentials,
              const AwsHttpOptions& options);
    // A whole reply arrived (any status). Call finish() or finishWithError().
    virtual void handleReply(int status, const HttpHeaderList& headers, const QByteArray& body) = 0;

    void finishWithError(AwsError::Category category, const QString& message);
    void finishWithError(const AwsError& error);
    // Reports a failure found before sending, after the caller has connected.
    void finishLater(AwsError::Category category, const QString& message);
    void finish();

private:
    QPointer<AwsTransport> m_transport;
    AwsHttpRequest m_request;
    AwsHttpOptions m_options;
    AwsCredentials m_credentials;
    QStringList m_secrets;
    QTimer m_retryTimer;
    int m_attempt = 0;
    int m_retryCostTaken = 0;
    bool m_skewRetried = false;
    bool m_skewChangedThisAttempt = false;
    bool m_skewReported = false;
    qint64 m_skewCorrectedMs = 0;
    HttpExchange* m_exchange = nullptr;
    QByteArray m_body;
    AwsError m_error;
    QString m_requestId;
    QString m_reasonPhrase;
    int m_status = 0;
    bool m_cancelled = false;
    bool m_finished = false;

    void startAttempt();
    HttpHeaderList signedHeaders(QByteArray* canonical, QByteArray* stringToSign) const;
    bool retryIfWorthIt(const AwsError& error);
    void onExchangeFinished();
    void observeClock(const QByteArray& dateHeader);
    void reportClockSkew(bool resending);
    void reportTransportFailure();
    void logRequest(const HttpHeaderList& headers, const QByteArray& canonical, const QByteArray& stringToSign) const;
    void logReply(const HttpHeaderList& headers) const;
};
