#pragma once

#include "inspect/InspectionFailure.h"
#include "ivs/GoLiveReport.h"
#include "ivs/IngestConfigurationArn.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class Inspection;
class InspectionEngine;

// After a publisher was started (OBS or the FFmpeg test signal): looks at
// the configuration through the engine (GetIngestConfiguration and the
// readiness calls, so through its one request scheduler) every few seconds
// until it is ACTIVE, the participant reports an error event newer than the
// start, a look fails, or time runs out. One look at a time; each look is
// reported as it comes.
class GoLiveWait : public QObject
{
    Q_OBJECT

public:
    enum class Result
    {
        Active,
        ParticipantError, // an error event since the start (errors holds them)
        TimedOut,
        Failed, // a look failed (failure holds why)
        Stopped,
    };
    struct Outcome
    {
        Result result = Result::TimedOut;
        std::optional<GoLiveReport> last; // the latest successful look
        QList<ParticipantEvent> errors;
        std::optional<InspectionFailure> failure;
    };
    using Looked = std::function<void(const GoLiveReport& report)>;
    using Done = std::function<void(const Outcome& outcome)>;

    // Six calls a look, each its own operation's quota (5 a second): one look
    // every 3 s leaves almost all of it to everything else.
    static constexpr int DefaultIntervalMs = 3000;

    GoLiveWait(InspectionEngine* engine, const IngestConfigurationArn& arn, QObject* parent = nullptr);
    ~GoLiveWait() override;

    void setIntervalMs(int milliseconds);
    // Error events from before `since` are old news, not this start's.
    void start(const QDateTime& since, int timeoutMs, Looked looked, Done done);
    void stop();
    bool isRunning() const
    {
        return m_running;
    }

    // The participants' error events at or after `since` (a few seconds of
    // leeway for the difference between this computer's clock and AWS's).
    static QList<ParticipantEvent> errorsSince(const GoLiveReport& report, const QDateTime& since);

private:
    InspectionEngine* m_engine;
    IngestConfigurationArn m_arn;
    QTimer m_next;
    QElapsedTimer m_elapsed;
    QDateTime m_since;
    int m_intervalMs = DefaultIntervalMs;
    int m_timeoutMs = 0;
    Looked m_looked;
    Done m_done;
    QPointer<Inspection> m_inspection;
    Outcome m_outcome;
    bool m_running = false;

    void look();
    void onFinished();
    void finish(Result result);
};
