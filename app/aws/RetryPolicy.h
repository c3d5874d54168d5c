#pragma once

#include "aws/AwsError.h"

class RetryQuota;

// Whether a failed attempt is tried again, and when: the AWS SDKs' "standard"
// retry mode (botocore retries/standard.py; the SDKs & Tools reference guide,
// https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html).
// Retried: throttling, HTTP 500/502/503/504, transient codes, connection
// failures, cut-short replies and timeouts, while attempts and the retry
// quota last, after random() * min(2^(attempt-1), 20) base delays. Never:
// validation, not-found, access-denied and the like. A refusal explained by a
// clock-skew correction is sent again at once, once, beyond the attempt limit.
class RetryPolicy
{
public:
    struct Decision
    {
        enum Kind
        {
            GiveUp,         // not worth it, or no attempts left
            QuotaExhausted, // worth it, but the retry quota is empty
            Retry,
        };
        Kind kind = GiveUp;
        int delayMs = 0;
        int cost = 0; // taken from the quota
    };

    RetryPolicy(int maxAttempts, int baseDelayMs);

    int maxAttempts() const
    {
        return m_maxAttempts;
    }
    // attempt: the attempt that just failed, counting from 1. random is in
    // [0, 1). Takes the cost from quota when it decides to retry.
    Decision decide(const AwsError& error, int attempt, RetryQuota& quota, double random) const;
    // The refusal is one a wrong clock explains (smithy-typescript's
    // CLOCK_SKEW_ERROR_CODES).
    static bool isClockSkewError(const AwsError& error);
    static bool isRetryable(const AwsError& error);
    int backoffMs(int attempt, double random) const;

private:
    int m_maxAttempts;
    int m_baseDelayMs;
};
