#pragma once

#include "obs/ObsStreamOutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class ObsWebSocketClient;

// Watches the stream output after StartStream until it is live (active and
// bytes flowing), ends, never starts, or time runs out. Polls
// GetStreamStatus, because StartStream can answer success while nothing
// streams, and listens to StreamStateChanged for the output's states.
class ObsStreamWatcher : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ObsStreamOutcome& outcome)>;

    ObsStreamWatcher(ObsWebSocketClient* client, int timeoutMs, int pollMs, Done done, QObject* parent = nullptr);
    // Listens to StreamStateChanged and polls from now on.
    void start();
    // Listens only: call before StartStream, whose STARTING event can
    // arrive before its answer; beginPolling() once it answered.
    void listen();
    void beginPolling();
    // StartStream failed: report that instead.
    void fail(const ObsError& error);

private:
    ObsWebSocketClient* m_client;
    int m_timeoutMs;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
    Done m_done;
    ObsStreamOutcome m_outcome;
    qint64 m_bytesWhenActive = -1;
    bool m_finished = false;
    bool m_polling = false;

    void poll();
    void onStatus(const ObsStreamStatus& status);
    void onEvent(const QString& type, const QJsonObject& data);
    void finish(ObsStreamOutcome::Result result);
    QString messageFor(ObsStreamOutcome::Result result) const;
};
