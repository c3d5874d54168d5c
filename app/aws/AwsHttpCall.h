#pragma once

#include "aws/AwsCredentials.h"
#include "aws/AwsError.h"
#include "aws/AwsHttpOptions.h"
#include "aws/AwsHttpRequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// One AWS request: signs it exactly as it is sent, enforces connect and read
// timeouts and a reply size bound, turns transport failures (refused, reset,
// TLS, timeout, cut short, cancelled) into typed errors, and retries like the
// AWS SDKs' standard mode (throttling, 5xx, resets and timeouts; at most 3
// attempts with jittered backoff; once more at once when a clock-skew
// correction explains a refusal). Subclasses read the protocol (JSON, XML) in
// handleReply(). finished() is emitted exactly once; cancel() is safe at any
// time, including while waiting to retry.
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
    // Attempt `attempt` of `maxAttempts` starts after `delayMs` because the
    // last one failed with `reason`.
    void retrying(int attempt, int maxAttempts, int delayMs, const QString& reason);
    void clockSkewCorrected(qint64 offsetMs);

protected:
    void send(QNetworkAccessManager* nam,
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
    enum class Timeout
    {
        None,
        Connect,
        Read
    };

    QNetworkAccessManager* m_nam = nullptr;
    AwsHttpRequest m_request;
    AwsHttpOptions m_options;
    AwsCredentials m_credentials;
    QStringList m_secrets;
    QTimer m_retryTimer;
    int m_attempt = 0;
    int m_retryCostTaken = 0;
    bool m_skewRetried = false;
    qint64 m_skewCorrectedMs = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    QTimer m_readTimer;
    QByteArray m_body;
    AwsError m_error;
    QString m_requestId;
    QString m_reasonPhrase;
    int m_status = 0;
    Timeout m_timedOut = Timeout::None;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_cutShort = false;
    bool m_finished = false;

    void startAttempt();
    int maxAttempts() const;
    bool retryIfWorthIt(const AwsError& error);
    bool isClockSkewError(const AwsError& error) const;
    void onReadyRead();
    void onReplyFinished();
    void onTimeout(Timeout which);
    void reportTransportFailure(QNetworkReply* reply);
    bool wasCutShort(QNetworkReply* reply) const;
    void logRequest(const QNetworkRequest& request, const QByteArray& canonical, const QByteArray& stringToSign) const;
    void logReply(const HttpHeaderList& headers) const;
};
