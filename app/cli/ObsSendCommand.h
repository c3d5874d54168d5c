#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

class CliSession;
class GoLiveWait;
class ObsSession;
struct GoLiveReport;
struct ObsFixPlan;
struct ObsServiceComparison;

// `ivs-inspector obs-send --arn ARN [--obs-url URL] [--fix-encoder] [--start]
// [--seconds N] [--yes]`: puts the configuration's server and stream key
// into OBS as a custom service (the key never on the clipboard, never
// printed unmasked). OBS holding a different server or key is shown masked
// and replaced only after a yes (a terminal prompt, or --yes).
// --fix-encoder applies "Make OBS IVS-safe" after printing each change, and
// keeps the previous values (ObsRestorePoint) for
// `obs-send --restore-encoder`. --start starts streaming (not over another
// live publisher without a yes, nor over OBS's own running stream), then
// watches the configuration through the engine until ACTIVE (exit 0) or
// the participant's error events, printing OBS's stream status on the way.
class ObsSendCommand
{
    Q_DECLARE_TR_FUNCTIONS(ObsSendCommand)

public:
    static constexpr int DefaultStartSeconds = 60;

    static int run(CliSession& session);
    // Each change as "  Category/Name: "old" -> "new"" (values are OBS's, quoted).
    static QString describe(const ObsFixPlan& plan);

private:
    static int restore(CliSession& session, const QUrl& url);
    static int send(ObsSession& obs, const QUrl& url, const GoLiveReport& report, bool yes);
    static bool confirmReplace(const ObsServiceComparison& comparison, bool yes, int* exitCode);
    static int fixEncoder(ObsSession& obs, const QUrl& url);
    static int preflight(ObsSession& obs, const QUrl& url, bool fixing);
    static int start(CliSession& session, ObsSession& obs, const QUrl& url, const GoLiveReport& report);
    static bool confirmDisplace(const GoLiveReport& report, bool yes, int* exitCode);
    // Watches the configuration until it is ACTIVE, a participant error, a
    // failure, Ctrl+C or the time is up, and says which.
    static int waitUntilActive(CliSession& session, ObsSession& obs, const QDateTime& since, int seconds);
    static int startInObs(ObsSession& obs, const QUrl& url, const GoLiveReport& report);
    static QString statusLine(ObsSession& obs);
};
