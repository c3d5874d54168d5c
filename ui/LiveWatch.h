#pragma once

#include "ivs/GoLiveReport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class Inspection;
class InspectionEngine;
class ResultView;

// After OBS or the test signal starts publishing: the engine looks at the
// configuration (with its readiness report, so the participant's events come
// too) every few seconds, through the one request scheduler, until IVS says
// ACTIVE or a new participant error event arrives, or time runs out. Every
// look updates the result tab (badge, "Get it live" headline), so the
// headline says which happened.
class LiveWatch : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Live,          // the configuration turned ACTIVE
        ErrorReported, // a participant error event arrived first
        TimedOut,
        Cancelled,
    };
    Q_ENUM(Outcome)

    static constexpr int DefaultIntervalMs = 3000;
    static constexpr int DefaultTimeoutMs = 120000;

    LiveWatch(InspectionEngine* engine, ResultView* view, QObject* parent = nullptr);
    ~LiveWatch() override;

    void setIntervalMs(int ms);
    void setTimeoutMs(int ms);
    // The error events the view shows now are old news: only later ones count.
    void start();
    void cancel();
    bool isRunning() const
    {
        return m_running;
    }

signals:
    // One look done: the headline as it reads now.
    void looked(const QString& headline);
    // Once; text says what happened in a sentence.
    void finished(LiveWatch::Outcome outcome, const QString& text);

private:
    InspectionEngine* m_engine;
    QPointer<ResultView> m_view;
    QPointer<Inspection> m_inspection;
    QSet<QString> m_knownErrors;
    QTimer m_next;
    QElapsedTimer m_elapsed;
    int m_intervalMs = DefaultIntervalMs;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_running = false;

    void look();
    void onReport(const GoLiveReport& report);
    void finish(Outcome outcome, const QString& text);
    static QSet<QString> errorEvents(const GoLiveReport& report);
};
