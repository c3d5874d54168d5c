#include "aws/RetryPolicy.h"

#include "aws/RetryQuota.h"

#include <QStringList>

RetryPolicy::RetryPolicy(int maxAttempts, int baseDelayMs)
    : m_maxAttempts(qMax(1, maxAttempts))
    , m_baseDelayMs(qMax(0, baseDelayMs))
{}

bool RetryPolicy::isClockSkewError(const AwsError& error)
{
    static const QStringList codes{QStringLiteral("AuthFailure"),          QStringLiteral("InvalidSignatureException"),
                                   QStringLiteral("RequestExpired"),       QStringLiteral("RequestInTheFuture"),
                                   QStringLiteral("RequestTimeTooSkewed"), QStringLiteral("SignatureDoesNotMatch")};
    return codes.contains(error.code);
}

bool RetryPolicy::isRetryable(const AwsError& error)
{
    using C = AwsError::Category;
    static const QStringList transientCodes{QStringLiteral("RequestTimeout"), QStringLiteral("RequestTimeoutException"),
                                            QStringLiteral("PriorRequestNotComplete")};
    const int status = error.httpStatus;
    const bool serverBusy =
        error.category == C::ServerError && (status == 500 || status == 502 || status == 503 || status == 504);
    return error.category == C::Throttling || error.category == C::Timeout || error.category == C::Network ||
           serverBusy || error.cutShort || transientCodes.contains(error.code);
}

int RetryPolicy::backoffMs(int attempt, double random) const
{
    const double ceiling = qMin(double(qint64(1) << qBound(0, attempt - 1, 30)), 20.0) * m_baseDelayMs;
    return static_cast<int>(random * ceiling);
}

RetryPolicy::Decision RetryPolicy::decide(const AwsError& error, int attempt, RetryQuota& quota, double random) const
{
    Decision decision;
    if (!isRetryable(error) || attempt >= m_maxAttempts) {
        return decision;
    }
    const int cost =
        error.category == AwsError::Category::Timeout ? RetryQuota::TimeoutRetryCost : RetryQuota::RetryCost;
    if (!quota.acquire(cost)) {
        decision.kind = Decision::QuotaExhausted;
        return decision;
    }
    decision.kind = Decision::Retry;
    decision.cost = cost;
    decision.delayMs = backoffMs(attempt, random);
    return decision;
}
