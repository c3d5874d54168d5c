#include "ivs/RequestScheduler.h"

#include <vector>

RequestScheduler::RequestScheduler(int perSecond, QObject* parent)
    : QObject(parent)
    , m_perSecond(perSecond)
{
    m_monotonic.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5% late
    connect(&m_timer, &QTimer::timeout, this, &RequestScheduler::drain);
}

QString RequestScheduler::quotaKey(const QString& account, const QString& region, const QString& operation)
{
    return account + u'/' + region + u'/' + operation;
}

void RequestScheduler::setClock(std::function<QDateTime()> clock)
{
    m_testClock = std::move(clock);
}

void RequestScheduler::setMarginMs(int marginMs)
{
    m_marginMs = qMax(0, marginMs);
}

qint64 RequestScheduler::now() const
{
    return m_testClock ? m_testClock().toMSecsSinceEpoch() : m_monotonic.elapsed();
}

int RequestScheduler::pending(const QString& keyPrefix) const
{
    int count = 0;
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
        if (it.key().startsWith(keyPrefix)) {
            count += static_cast<int>(it->waiting.size());
        }
    }
    return count;
}

bool RequestScheduler::hasBudget(Bucket& bucket, qint64 now) const
{
    while (!bucket.started.empty() && now - bucket.started.front() >= windowMs()) {
        bucket.started.pop_front();
    }
    return static_cast<int>(bucket.started.size()) < m_perSecond;
}

RequestScheduler::Ticket
RequestScheduler::schedule(const QString& key, std::function<void()> start, std::function<void()> waiting)
{
    const Ticket ticket = m_nextTicket++;
    Bucket& bucket = m_buckets[key];
    const bool mustWait = !bucket.waiting.empty() || !hasBudget(bucket, now());
    bucket.waiting.push_back({ticket, std::move(start)});
    if (mustWait) {
        if (waiting) {
            waiting();
        }
        emit pendingChanged(pending());
    }
    drain();
    return ticket;
}

void RequestScheduler::cancel(Ticket ticket)
{
    for (Bucket& bucket : m_buckets) {
        for (auto it = bucket.waiting.begin(); it != bucket.waiting.end(); ++it) {
            if (it->ticket == ticket) {
                bucket.waiting.erase(it);
                emit pendingChanged(pending());
                return;
            }
        }
    }
}

void RequestScheduler::drain()
{
    const qint64 now = this->now();
    // Collect first, start after: a start may schedule more work.
    std::vector<std::function<void()>> ready;
    for (Bucket& bucket : m_buckets) {
        while (!bucket.waiting.empty() && hasBudget(bucket, now)) {
            bucket.started.push_back(now);
            ready.push_back(std::move(bucket.waiting.front().start));
            bucket.waiting.pop_front();
        }
    }
    armTimer();
    if (!ready.empty()) {
        emit pendingChanged(pending());
    }
    for (const auto& start : ready) {
        start();
    }
}

void RequestScheduler::armTimer()
{
    qint64 wait = -1;
    const qint64 now = this->now();
    for (const Bucket& bucket : std::as_const(m_buckets)) {
        if (!bucket.waiting.empty() && !bucket.started.empty()) {
            const qint64 until = windowMs() - (now - bucket.started.front());
            wait = wait < 0 ? until : std::min(wait, until);
        }
    }
    if (wait >= 0) {
        m_timer.start(static_cast<int>(std::max<qint64>(wait, 1)));
    }
}
