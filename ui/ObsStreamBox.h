#pragma once

#include "obs/FfmpegTestSignalResult.h"
#include "obs/ObsStreamOutcome.h"
#include "ui/LiveWatch.h"
#include "ui/MessageBanner.h"

#include <QGroupBox>
#include <QPointer>

class FfmpegTestSignal;
class ObsController;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class ResultView;

// Going live, on the OBS page: start and stop streaming in OBS, or send a
// test signal with FFmpeg instead (only while the configuration is INACTIVE:
// a second publisher would displace a live one; after a confirmation that
// the stage's participants will see the pattern). Either way the engine then
// watches the configuration (LiveWatch) until it is ACTIVE or a participant
// error arrives; the verdict shows here and in the "Get it live" headline,
// with OBS's own stream status.
class ObsStreamBox : public QGroupBox
{
    Q_OBJECT

public:
    ObsStreamBox(ObsController* controller, ResultView* view, QWidget* parent = nullptr);
    ~ObsStreamBox() override;

    void updateButtons();
    // For tests: how often the watch looks.
    void setWatchIntervalMs(int ms)
    {
        m_watchIntervalMs = ms;
    }
    QPushButton* streamButton() const
    {
        return m_stream;
    }
    QPushButton* testSignalButton() const
    {
        return m_testSignal;
    }
    QLabel* verdictLabel() const
    {
        return m_verdict;
    }
    QLabel* testSignalNote() const
    {
        return m_testNote;
    }
    bool isWatching() const
    {
        return m_watch && m_watch->isRunning();
    }
    // Why the test signal cannot be sent now; empty when it can.
    QString testSignalBlocker() const;

signals:
    void message(MessageBanner::Kind kind, const QString& title, const QString& text);
    void statusMessage(const QString& message);

private:
    ObsController* m_controller;
    QPointer<ResultView> m_view;
    QPushButton* m_stream;
    QLabel* m_obsStatus;
    QLabel* m_verdict;
    QSpinBox* m_seconds;
    QPushButton* m_testSignal;
    QProgressBar* m_progress;
    QLabel* m_testNote;
    FfmpegTestSignal* m_signal = nullptr;
    QPointer<LiveWatch> m_watch;
    int m_watchIntervalMs = LiveWatch::DefaultIntervalMs;
    bool m_streaming = false;
    bool m_starting = false;

    QString arn() const;
    QString configurationState() const;
    void onStreamClicked();
    void startStreaming();
    void onStreamOutcome(const ObsStreamOutcome& outcome);
    void stopStreaming();
    void onTestSignalClicked();
    void confirmTestSignal();
    void startTestSignal();
    void onTestSignalFinished(const FfmpegTestSignalResult& result);
    void startWatch();
    void stopWatch();
    void onWatchFinished(LiveWatch::Outcome outcome, const QString& text);
};
