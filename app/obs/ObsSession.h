#pragma once

#include "obs/ObsError.h"
#include "obs/ObsFixPlan.h"
#include "obs/ObsPassword.h"
#include "obs/ObsServiceComparison.h"
#include "obs/ObsSettings.h"
#include "obs/ObsStreamOutcome.h"
#include "obs/ObsStreamStatus.h"

#include <QObject>
#include <QUrl>

#include <functional>

class ObsStreamWatcher;
class ObsWebSocketClient;

// The "get OBS live on IVS" workflow over one obs-websocket connection:
// connect, read the settings, compare then set the stream service, apply a
// fix plan (and its restore plan), start, watch and stop the stream. Each
// step is asynchronous and reports a typed ObsError; the command line and
// the window only sequence the steps and show the results.
class ObsSession : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ObsError& error)>;
    using SettingsDone = std::function<void(const ObsSettings& settings, const ObsError& error)>;
    using ComparisonDone = std::function<void(const ObsServiceComparison& comparison, const ObsError& error)>;
    using StatusDone = std::function<void(const ObsStreamStatus& status, const ObsError& error)>;
    using OutcomeDone = std::function<void(const ObsStreamOutcome& outcome)>;

    explicit ObsSession(QObject* parent = nullptr);

    ObsWebSocketClient* client() const
    {
        return m_client;
    }

    // Asks the provider for the password (may be empty) and identifies.
    void connectToObs(const QUrl& url, const ObsPassword::Provider& password, Done done);
    void close();
    void readSettings(SettingsDone done);

    // What OBS streams to now against server+key (masked), to ask before
    // replacing another destination; setService() then replaces it.
    void compareService(const QString& server, const QString& key, ComparisonDone done);
    void setService(const QString& server, const QString& key, Done done);

    // Applies the changes in order (video fields together through
    // SetVideoSettings). OBS uses profile changes from the next stream start,
    // and may refuse video changes while an output runs. Apply
    // plan.restorePlan() to put the previous values back.
    void applyPlan(const ObsFixPlan& plan, Done done);

    void startStream(Done done);
    void stopStream(Done done);
    void streamStatus(StatusDone done);
    // Polls GetStreamStatus and listens to StreamStateChanged until the
    // stream is live, ends, never starts, or timeoutMs pass.
    void watchStream(int timeoutMs, OutcomeDone done);
    // StartStream, then watchStream(), listening to the output's events from
    // before the request so none is missed. The usual way to go live.
    void startAndWatch(int timeoutMs, OutcomeDone done);

signals:
    // StreamStateChanged, as it comes (outputState like OBS_WEBSOCKET_OUTPUT_STARTED).
    void streamStateChanged(const QString& outputState, bool outputActive);

private:
    ObsWebSocketClient* m_client;

    ObsStreamWatcher* newWatcher(int timeoutMs, OutcomeDone done);
    void simpleRequest(const QString& type, const QJsonObject& data, Done done);
    void applyFrom(const QList<ObsParameterChange>& changes, qsizetype index, Done done);
    void applyVideo(const QList<ObsParameterChange>& changes, qsizetype index, Done done);
};
