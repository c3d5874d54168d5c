#pragma once

// The standard retry mode's token bucket (botocore retries/quota.py): a retry
// costs 5 tokens (10 after a timeout), a success gives back what its retries
// took, or 1 for a first-try success. When the bucket is empty, failures are
// reported at once instead of piling more load on a struggling service. One
// bucket per transport (as botocore keeps one per client).
class RetryQuota
{
public:
    static constexpr int Capacity = 500;
    static constexpr int RetryCost = 5;
    static constexpr int TimeoutRetryCost = 10;

    bool acquire(int cost);
    void release(int amount);
    int available() const
    {
        return m_tokens;
    }

private:
    int m_tokens = Capacity;
};
