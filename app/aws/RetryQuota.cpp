#include "aws/RetryQuota.h"

#include <QMutex>

namespace
{
QMutex g_mutex;
int g_tokens = RetryQuota::Capacity;
} // namespace

bool RetryQuota::acquire(int cost)
{
    QMutexLocker lock(&g_mutex);
    if (g_tokens < cost) {
        return false;
    }
    g_tokens -= cost;
    return true;
}

void RetryQuota::release(int amount)
{
    QMutexLocker lock(&g_mutex);
    g_tokens = qMin(Capacity, g_tokens + amount);
}

int RetryQuota::available()
{
    QMutexLocker lock(&g_mutex);
    return g_tokens;
}

void RetryQuota::reset()
{
    QMutexLocker lock(&g_mutex);
    g_tokens = Capacity;
}
