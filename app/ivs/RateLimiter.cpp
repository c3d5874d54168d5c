#include "ivs/RateLimiter.h"

#include <vector>

RateLimiter::RateLimiter(int perSecond, QObject* parent)
    : QObject(parent)
    , m_perSecond(perSecond)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::drain);
}

void RateLimiter::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

int RateLimiter::pending() const
{
    int count = 0;
    for (const Bucket& bucket : m_buckets) {
        count += static_cast<int>(bucket.waiting.size());
    }
    return count;
}

bool RateLimiter::hasBudget(Bucket& bucket, const QDateTime& now) const
{
    while (!bucket.started.empty() && bucket.started.front().msecsTo(now) >= 1000) {
        bucket.started.pop_front();
    }
    return static_cast<int>(bucket.started.size()) < m_perSecond;
}

void RateLimiter::schedule(const QString& key, std::function<void()> start)
{
    m_buckets[key].waiting.push_back(std::move(start));
    drain();
}

void RateLimiter::drain()
{
    const QDateTime now = m_clock();
    // Collect first, start after: a start may schedule more work.
    std::vector<std::function<void()>> ready;
    for (Bucket& bucket : m_buckets) {
        while (!bucket.waiting.empty() && hasBudget(bucket, now)) {
            bucket.started.push_back(now);
            ready.push_back(std::move(bucket.waiting.front()));
            bucket.waiting.pop_front();
        }
    }
    armTimer();
    for (const auto& start : ready) {
        start();
    }
}

void RateLimiter::armTimer()
{
    qint64 wait = -1;
    const QDateTime now = m_clock();
    for (const Bucket& bucket : m_buckets) {
        if (!bucket.waiting.empty() && !bucket.started.empty()) {
            const qint64 until = 1000 - bucket.started.front().msecsTo(now);
            wait = wait < 0 ? until : std::min(wait, until);
        }
    }
    if (wait >= 0) {
        m_timer.start(static_cast<int>(std::max<qint64>(wait, 1)));
    }
}
