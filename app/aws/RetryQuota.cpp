#include "aws/RetryQuota.h"

#include <QtGlobal>

bool RetryQuota::acquire(int cost)
{
    if (m_tokens < cost) {
        return false;
    }
    m_tokens -= cost;
    return true;
}

void RetryQuota::release(int amount)
{
    m_tokens = qMin(Capacity, m_tokens + amount);
}
