#include "obs/ObsStreamWatcher.h"

#include "obs/ObsWebSocketClient.h"

namespace
{
const QString stoppedState = QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED");
}

ObsStreamWatcher::ObsStreamWatcher(ObsWebSocketClient* client, int timeoutMs, int pollMs, Done done, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_timeoutMs(timeoutMs)
    , m_done(std::move(done))
{
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &ObsStreamWatcher::poll);
}

void ObsStreamWatcher::start()
{
    listen();
    beginPolling();
}

void ObsStreamWatcher::listen()
{
    connect(m_client, &ObsWebSocketClient::eventReceived, this, &ObsStreamWatcher::onEvent);
    connect(m_client, &ObsWebSocketClient::failed, this, &ObsStreamWatcher::fail);
    m_elapsed.start();
}

void ObsStreamWatcher::beginPolling()
{
    if (m_finished) {
        return;
    }
    m_poll.start();
    poll();
}

void ObsStreamWatcher::fail(const ObsError& error)
{
    m_outcome.error = error;
    finish(ObsStreamOutcome::Result::Failed);
}

void ObsStreamWatcher::poll()
{
    if (m_polling || m_finished) {
        return;
    }
    m_polling = true;
    m_client->request(QStringLiteral("GetStreamStatus"), {}, this, [this](const ObsReply& reply) {
        m_polling = false;
        if (!reply.ok()) {
            m_outcome.error = reply.error;
            finish(ObsStreamOutcome::Result::Failed);
            return;
        }
        onStatus(ObsStreamStatus::fromJson(reply.data));
    });
}

void ObsStreamWatcher::onStatus(const ObsStreamStatus& status)
{
    m_outcome.lastStatus = status;
    if (status.outputActive) {
        m_outcome.everActive = true;
        // Live means bytes keep flowing, not only that OBS calls it active.
        if (m_bytesWhenActive < 0) {
            m_bytesWhenActive = status.outputBytes;
        } else if (status.outputBytes > m_bytesWhenActive) {
            finish(ObsStreamOutcome::Result::Live);
            return;
        }
    } else if (m_outcome.everActive) {
        finish(ObsStreamOutcome::Result::Ended);
        return;
    } else if (m_outcome.states.contains(stoppedState)) {
        finish(ObsStreamOutcome::Result::NeverStarted);
        return;
    }
    if (m_elapsed.elapsed() >= m_timeoutMs) {
        finish(m_outcome.everActive ? ObsStreamOutcome::Result::TimedOut : ObsStreamOutcome::Result::NeverStarted);
    }
}

void ObsStreamWatcher::onEvent(const QString& type, const QJsonObject& data)
{
    if (type != QLatin1String("StreamStateChanged")) {
        return;
    }
    const QString state = data.value(QStringLiteral("outputState")).toString();
    m_outcome.states.append(state);
    if (data.value(QStringLiteral("outputActive")).toBool()) {
        m_outcome.everActive = true;
    }
    if (state == stoppedState) {
        finish(m_outcome.everActive ? ObsStreamOutcome::Result::Ended : ObsStreamOutcome::Result::NeverStarted);
    }
}

void ObsStreamWatcher::finish(ObsStreamOutcome::Result result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_poll.stop();
    m_outcome.result = result;
    m_outcome.message = m_outcome.error.isError() ? m_outcome.error.message : messageFor(result);
    m_done(m_outcome);
}

QString ObsStreamWatcher::messageFor(ObsStreamOutcome::Result result) const
{
    switch (result) {
    case ObsStreamOutcome::Result::Live:
        return tr("OBS is streaming: the output is active and sending data.");
    case ObsStreamOutcome::Result::Ended:
        return tr("The stream started and then stopped: the server closed the connection. Check the stream key "
                  "(IVS refuses a wrong key, or one already in use) and OBS's log.");
    case ObsStreamOutcome::Result::NeverStarted:
        return m_outcome.states.contains(stoppedState)
                   ? tr("OBS tried to stream but the stream never became active: the server refused the "
                        "connection or the stream key. Check the server URL and the stream key.")
                   : tr("OBS accepted StartStream but the stream never became active. OBS may be waiting on a "
                        "dialog, or could not reach the server; look at OBS's window and log.");
    case ObsStreamOutcome::Result::TimedOut:
        return tr("The stream is active but no data has flowed for %1 s: the network or the server is stalled.")
            .arg(m_timeoutMs / 1000);
    case ObsStreamOutcome::Result::Failed:
        break;
    }
    return tr("Watching the stream failed.");
}
