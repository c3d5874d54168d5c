#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

// The one place every IVS request waits for its turn. IVS Real-Time allows 5
// Get and List requests a second per account, region and operation (IVS
// Real-Time User Guide, "Service Quotas": API call rates are not
// adjustable), and the account's own backend draws from the same budget, so
// the app stays at or below it: at most perSecond starts in any second per
// key, the rest wait in order. Whoever has to wait is told, so the window and
// the command line can say "waiting for the quota".
//
// "A second" is measured on a monotonic clock (a wall clock that jumps would
// open or close the window early) and widened by a small margin: the service
// counts requests when they arrive, and two requests a second apart here can
// arrive less than a second apart there when the first one's connection was
// slower. Without the margin a full-speed listing is throttled at the edges;
// with it, 100 pages take 19 × (1 s + margin) instead of the 19.8 s floor.
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;
    static constexpr int DefaultMarginMs = 40;

    explicit RequestScheduler(int perSecond = 5, QObject* parent = nullptr);

    // account/region/operation
    static QString quotaKey(const QString& account, const QString& region, const QString& operation);

    // Runs start now when the key has budget left in the last second,
    // otherwise as soon as it has; waiting (if given) is called at once when
    // it has to wait.
    Ticket schedule(const QString& key, std::function<void()> start, std::function<void()> waiting = {});
    // Drops a start that has not run yet; nothing happens if it has.
    void cancel(Ticket ticket);
    // Starts waiting for their turn, in all keys or in those starting with prefix.
    int pending(const QString& keyPrefix = QString()) const;
    int perSecond() const
    {
        return m_perSecond;
    }
    // How much longer than a second a start keeps its place in the window.
    void setMarginMs(int marginMs);
    int marginMs() const
    {
        return m_marginMs;
    }
    // For tests: a clock to decide "the last second" by (only differences
    // between its readings matter).
    void setClock(std::function<QDateTime()> clock);
    // Starts what the clock now allows (the timer calls this too).
    void drain();

signals:
    void pendingChanged(int pending);

private:
    struct Waiting
    {
        Ticket ticket;
        std::function<void()> start;
    };
    struct Bucket
    {
        std::deque<qint64> started; // milliseconds on the scheduler's clock
        std::deque<Waiting> waiting;
    };

    int m_perSecond;
    int m_marginMs = DefaultMarginMs;
    QHash<QString, Bucket> m_buckets;
    QTimer m_timer;
    QElapsedTimer m_monotonic;
    std::function<QDateTime()> m_testClock;
    Ticket m_nextTicket = 1;

    qint64 now() const;
    qint64 windowMs() const
    {
        return 1000 + m_marginMs;
    }
    bool hasBudget(Bucket& bucket, qint64 now) const;
    void armTimer();
};
