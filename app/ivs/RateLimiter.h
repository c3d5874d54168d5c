#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

// Starts work no faster than a rate per key, such as IVS's 5 requests a
// second per account and region (quota shared with every other tool on the
// account, so we stay at or below it). Work beyond the budget waits in order.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    explicit RateLimiter(int perSecond = 5, QObject* parent = nullptr);

    // start() runs now when the key has budget left in the last second,
    // otherwise as soon as it has.
    void schedule(const QString& key, std::function<void()> start);
    int pending() const;
    // For tests: a clock to decide "the last second" by.
    void setClock(std::function<QDateTime()> clock);
    // Starts what the clock now allows (the timer calls this too).
    void drain();

private:
    struct Bucket
    {
        std::deque<QDateTime> started;
        std::deque<std::function<void()>> waiting;
    };

    int m_perSecond;
    QHash<QString, Bucket> m_buckets;
    QTimer m_timer;
    std::function<QDateTime()> m_clock;

    bool hasBudget(Bucket& bucket, const QDateTime& now) const;
    void armTimer();
};
