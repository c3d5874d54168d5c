#pragma once

#include "inspect/WatchObservation.h"
#include "ivs/IngestConfigurationArn.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class IngestConfiguration;
class Inspection;
class InspectionEngine;

// Watches ingest configurations: reads each one again every interval through
// the inspection engine (and so through its one request scheduler), and
// reports every look and, separately, every look that differs from the one
// before (the first look included). A failed look is an observation too (its
// error set); watching goes on.
//
// GetIngestConfiguration shares 5 requests a second per account and region
// with everything else the account runs, production included, and that quota
// cannot be raised. A watch takes at most RequestsPerSecondShare of it: with
// n watched configurations in one account and region, the interval is at
// least n / RequestsPerSecondShare seconds, whatever was asked for.
class Watcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalSeconds = 10;
    static constexpr int RequestsPerSecondShare = 1;
    static constexpr int MaxIntervalSeconds = 86400;

    explicit Watcher(InspectionEngine* engine, QObject* parent = nullptr);
    ~Watcher() override;

    // The interval asked for (clamped to 1 s .. 1 day).
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const
    {
        return m_interval;
    }
    // The interval used: the one asked for, or the quota's floor if longer.
    int effectiveIntervalSeconds() const;
    // The shortest interval the quota share allows for these ARNs.
    static int floorSeconds(const QList<IngestConfigurationArn>& arns);

    void add(const IngestConfigurationArn& arn);
    void remove(const QString& arn);
    bool isWatching(const QString& arn) const;
    QList<IngestConfigurationArn> arns() const
    {
        return m_arns;
    }

    // Looks now, then every effective interval.
    void start();
    void stop();
    bool isRunning() const
    {
        return m_timer.isActive();
    }
    // Looks at every watched configuration not being looked at already.
    void pollNow();
    bool isPolling() const;
    // The latest look at this ARN, if any.
    const WatchObservation* last(const QString& arn) const;

signals:
    void observed(const WatchObservation& observation);
    void changed(const WatchObservation& observation);
    // The whole configuration of a successful look (for views that show it).
    void configurationRead(const IngestConfiguration& configuration);
    void intervalChanged(int effectiveSeconds);
    void pollFinished();

private:
    InspectionEngine* m_engine;
    QList<IngestConfigurationArn> m_arns;
    QHash<QString, WatchObservation> m_last;
    QHash<QString, WatchObservation> m_lastGood;
    QHash<QString, QPointer<Inspection>> m_running;
    QTimer m_timer;
    int m_interval = DefaultIntervalSeconds;
    int m_appliedInterval = 0;

    void applyInterval();
    void onFinished(Inspection* inspection);
    void report(WatchObservation observation);
};
