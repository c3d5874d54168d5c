#include "cli/ObsSendCommand.h"

#include "cli/CliAwait.h"
#include "cli/CliObsConnection.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "cli/GetIngestConfigurationCommand.h"
#include "cli/GoLiveWait.h"
#include "cli/InterruptNotifier.h"
#include "cli/TerminalInput.h"
#include "core/TerminalText.h"
#include "ivs/EventAdvice.h"
#include "ivs/GoLiveVerdict.h"
#include "obs/ObsFixPlanner.h"
#include "obs/ObsPreflight.h"
#include "obs/ObsRestorePoint.h"
#include "obs/ObsSession.h"
#include "obs/ObsStreamKey.h"

namespace
{
void say(const QString& text)
{
    CliOutput::out(text.toUtf8());
}

// One asynchronous OBS step that answers with an error or none.
ObsError await(const std::function<void(ObsSession::Done)>& step)
{
    return std::get<0>(CliAwait::results<ObsError>(step));
}

std::tuple<ObsSettings, ObsError> readSettings(ObsSession& obs)
{
    return CliAwait::results<ObsSettings, ObsError>(
        [&](const ObsSession::SettingsDone& done) { obs.readSettings(done); });
}

QString shown(const std::optional<QString>& value)
{
    return value ? TerminalText::quote(*value) : ObsSendCommand::tr("(not set)");
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Why there is nothing to send: the first blocking check that failed.
QString nothingToSend(const GoLiveReport& report)
{
    if (report.configuration.streamKey.isEmpty()) {
        return ObsSendCommand::tr("GetIngestConfiguration returned no stream key.");
    }
    for (const ReadinessCheck& check : report.checks) {
        if (check.blocking && !check.ok) {
            return check.detail;
        }
    }
    return ObsSendCommand::tr("the stage offers no %1 endpoint.").arg(report.configuration.ingestProtocol);
}
} // namespace

QString ObsSendCommand::describe(const ObsFixPlan& plan)
{
    QString text;
    for (const ObsParameterChange& change : plan.changes) {
        text += tr("  %1/%2: %3 -> %4\n")
                    .arg(TerminalText::sanitize(change.category), TerminalText::sanitize(change.name),
                         shown(change.oldValue), shown(change.newValue));
    }
    return text;
}

int ObsSendCommand::run(CliSession& session)
{
    const CliOptions& options = session.options();
    int exitCode = ExitCode::Success;
    const std::optional<QUrl> url = CliObsConnection::url(options, &exitCode);
    if (!url) {
        return exitCode;
    }
    if (options.restoreEncoder) {
        return restore(session, *url);
    }
    const std::optional<GoLiveReport> report = GetIngestConfigurationCommand::inspect(session, true, &exitCode);
    if (!report) {
        return exitCode;
    }
    const IngestConfiguration& configuration = report->configuration;
    CliOutput::addSecrets({configuration.streamKey});
    if (report->server().isEmpty() || configuration.streamKey.isEmpty()) {
        CliOutput::err(tr("\nNothing sent to OBS: %1\n").arg(TerminalText::sanitize(nothingToSend(*report))));
        return ExitCode::NotReady;
    }
    ObsSession obs;
    const QString password = CliObsConnection::password(session.keychain(), options.profile, session.environment());
    exitCode = CliObsConnection::connect(obs, *url, password);
    if (exitCode == ExitCode::Success) {
        exitCode = send(obs, *url, *report, options.yes);
    }
    if (exitCode == ExitCode::Success) {
        exitCode = options.fixEncoder ? fixEncoder(obs, *url) : preflight(obs, *url, false);
    }
    if (exitCode == ExitCode::Success && options.start) {
        exitCode = start(session, obs, *url, *report);
    }
    obs.close();
    return exitCode;
}

bool ObsSendCommand::confirmReplace(const ObsServiceComparison& comparison, bool yes, int* exitCode)
{
    say(tr("OBS streams to another destination now:\n"
           "  now: %1 server %2, stream key %3\n"
           "  new: rtmp_custom server %4, stream key %5\n")
            .arg(TerminalText::sanitize(comparison.currentType), TerminalText::quote(comparison.currentServer),
                 TerminalText::sanitize(comparison.currentKeyMasked), TerminalText::quote(comparison.newServer),
                 comparison.newKeyMasked));
    // Masked keys of one configuration look alike: say what differs.
    QStringList differs;
    if (comparison.currentType != QLatin1String("rtmp_custom")) {
        differs.append(tr("the service type"));
    }
    if (!comparison.sameServer) {
        differs.append(tr("the server"));
    }
    if (!comparison.sameKey) {
        differs.append(tr("the stream key"));
    }
    say(tr("  different: %1\n").arg(differs.join(QStringLiteral(", "))));
    if (yes) {
        say(tr("Replacing it (--yes).\n"));
        return true;
    }
    if (!TerminalInput::isInteractive()) {
        CliOutput::err(tr("\nNot replaced: OBS holds a different server or stream key, and without a terminal there is "
                          "nobody to ask. Check that this OBS should stream to this configuration, then run again with "
                          "--yes to replace it.\n"));
        *exitCode = ExitCode::NotConfirmed;
        return false;
    }
    const std::optional<QString> answer = TerminalInput::ask(tr("Replace it? [y/N] "));
    const QString word = answer.value_or(QString()).trimmed().toLower();
    if (word == QLatin1String("y") || word == QLatin1String("yes")) {
        return true;
    }
    CliOutput::err(tr("\nNot replaced: OBS keeps streaming to what it had.\n"));
    *exitCode = ExitCode::NotConfirmed;
    return false;
}

int ObsSendCommand::send(ObsSession& obs, const QUrl& url, const GoLiveReport& report, bool yes)
{
    const QString server = report.server();
    const QString key = report.configuration.streamKey;
    auto [comparison, error] = CliAwait::results<ObsServiceComparison, ObsError>(
        [&](const ObsSession::ComparisonDone& done) { obs.compareService(server, key, done); });
    if (error.isError()) {
        return CliObsConnection::report(tr("read OBS's stream service"), url, error);
    }
    if (comparison.alreadySet()) {
        say(tr("OBS already streams to %1 with this configuration's stream key (%2): nothing to change.\n")
                .arg(TerminalText::quote(server), comparison.newKeyMasked));
        return ExitCode::Success;
    }
    int exitCode = ExitCode::Success;
    if (comparison.replacesSomething() && !confirmReplace(comparison, yes, &exitCode)) {
        return exitCode;
    }
    error = await([&](ObsSession::Done stepDone) { obs.setService(server, key, stepDone); });
    if (error.isError()) {
        return CliObsConnection::report(tr("set OBS's stream service"), url, error);
    }
    say(tr("OBS now streams to %1 with stream key %2 (Settings > Stream: Custom).\n")
            .arg(TerminalText::quote(server), comparison.newKeyMasked));
    return ExitCode::Success;
}

int ObsSendCommand::preflight(ObsSession& obs, const QUrl& url, bool fixing)
{
    const auto [settings, error] = readSettings(obs);
    if (error.isError()) {
        return CliObsConnection::report(tr("read OBS's output settings"), url, error);
    }
    const ObsPreflightReport report = ObsPreflight::run(settings);
    if (report.ivsSafe()) {
        say(tr("OBS's encoder settings are IVS-safe.\n"));
        return ExitCode::Success;
    }
    QStringList problems;
    for (const ObsCheck& check : report.checks) {
        if (check.status != ObsCheck::Status::Ok) {
            problems.append(check.id);
        }
    }
    // Not a failure: the service is set, and the operator may know better
    // (or fix by hand what the API cannot reach).
    CliOutput::err(fixing ? tr("Warning: OBS is still not IVS-safe (%1); `ivs-inspector obs-check --output text` says "
                               "what is left to do in OBS's Settings window.\n")
                                .arg(problems.join(QStringLiteral(", ")))
                          : tr("Warning: OBS's encoder is not IVS-safe (%1); IVS may refuse or drop the stream. Run "
                               "again with --fix-encoder, or see `ivs-inspector obs-check --output text`.\n")
                                .arg(problems.join(QStringLiteral(", "))));
    return ExitCode::Success;
}

int ObsSendCommand::fixEncoder(ObsSession& obs, const QUrl& url)
{
    const auto [settings, error] = readSettings(obs);
    if (error.isError()) {
        return CliObsConnection::report(tr("read OBS's output settings"), url, error);
    }
    const ObsFixPlan plan = ObsFixPlanner::plan(settings);
    for (const QString& note : plan.notes) {
        say(tr("Note: %1\n").arg(note));
    }
    for (const QString& step : plan.manualSteps) {
        say(tr("To do by hand in OBS: %1\n").arg(step));
    }
    if (plan.isEmpty()) {
        say(tr("Nothing to change in OBS's encoder settings.\n"));
        return preflight(obs, url, true);
    }
    say(tr("Making OBS IVS-safe, changing:\n") + describe(plan));
    // Kept before applying: a run that stops half-way still leaves the way back.
    QString problem;
    if (!ObsRestorePoint::record(url, plan, &problem)) {
        CliOutput::err(tr("\nNothing changed in OBS: the previous values could not be kept for --restore-encoder: "
                          "%1.\n")
                           .arg(problem));
        return ExitCode::OtherError;
    }
    const ObsError applied = await([&](ObsSession::Done done) { obs.applyPlan(plan, done); });
    if (applied.isError()) {
        CliOutput::err(tr("Some settings may have changed; `ivs-inspector obs-send --restore-encoder --obs-url %1` "
                          "puts back what OBS had.\n")
                           .arg(url.toDisplayString()));
        return CliObsConnection::report(tr("change OBS's settings"), url, applied);
    }
    say(tr("Changed %n setting(s). OBS uses them from the next stream start. To put the previous values back:\n"
           "  ivs-inspector obs-send --restore-encoder --obs-url %1\n"
           "(they are kept in %2)\n",
           nullptr, int(plan.changes.size()))
            .arg(url.toDisplayString(), ObsRestorePoint::path(url)));
    return preflight(obs, url, true);
}

int ObsSendCommand::restore(CliSession& session, const QUrl& url)
{
    QString problem;
    const std::optional<ObsRestorePoint> point = ObsRestorePoint::load(url, &problem);
    if (!problem.isEmpty()) {
        CliOutput::err(tr("\nCannot restore OBS's settings: %1.\n").arg(problem));
        return ExitCode::ConfigurationError;
    }
    if (!point || point->applied.isEmpty()) {
        say(tr("Nothing to restore for OBS at %1: no change made by --fix-encoder is kept (%2).\n")
                .arg(url.toDisplayString(), ObsRestorePoint::path(url)));
        return ExitCode::Success;
    }
    ObsSession obs;
    const CliOptions& options = session.options();
    int exitCode = CliObsConnection::connect(
        obs, url, CliObsConnection::password(session.keychain(), options.profile, session.environment()));
    if (exitCode != ExitCode::Success) {
        return exitCode;
    }
    const ObsFixPlan back = point->applied.restorePlan();
    say(tr("Putting back what OBS had before --fix-encoder (%1):\n").arg(point->savedAt.toString(Qt::ISODate)) +
        describe(back));
    const ObsError error = await([&](ObsSession::Done done) { obs.applyPlan(back, done); });
    obs.close();
    if (error.isError()) {
        CliOutput::err(tr("The restore point is kept; run this again when OBS is not streaming or recording.\n"));
        return CliObsConnection::report(tr("restore OBS's settings"), url, error);
    }
    ObsRestorePoint::remove(url);
    say(tr("Restored %n setting(s).\n", nullptr, int(back.changes.size())));
    return exitCode;
}

QString ObsSendCommand::statusLine(ObsSession& obs)
{
    const auto [status, error] = CliAwait::results<ObsStreamStatus, ObsError>(
        [&](const ObsSession::StatusDone& done) { obs.streamStatus(done); });
    if (error.isError()) {
        return tr("status unknown (%1)").arg(ObsError::kindId(error.kind));
    }
    QString line = status.outputActive ? tr("streaming") : tr("not streaming");
    line += tr(", %1 bytes sent, %2 of %3 frames dropped")
                .arg(status.outputBytes)
                .arg(status.outputSkippedFrames)
                .arg(status.outputTotalFrames);
    if (status.outputReconnecting) {
        line += tr(", reconnecting");
    }
    return line;
}

bool ObsSendCommand::confirmDisplace(const GoLiveReport& report, bool yes, int* exitCode)
{
    say(tr("The configuration is ACTIVE: another publisher is live on it now. Starting OBS would displace it (IVS "
           "takes the newest publisher), and the stage would see OBS instead.\n"));
    if (yes) {
        say(tr("Starting anyway (--yes).\n"));
        return true;
    }
    if (TerminalInput::isInteractive()) {
        const QString word =
            TerminalInput::ask(tr("Start OBS and displace it? [y/N] ")).value_or(QString()).trimmed().toLower();
        if (word == QLatin1String("y") || word == QLatin1String("yes")) {
            return true;
        }
    }
    CliOutput::err(tr("\nNot started: %1 is ACTIVE. Stop the other publisher first, or run again with --yes to "
                      "displace it.\n")
                       .arg(TerminalText::quote(report.configuration.name.isEmpty() ? report.configuration.arn
                                                                                    : report.configuration.name)));
    *exitCode = ExitCode::ConfigurationLive;
    return false;
}

int ObsSendCommand::startInObs(ObsSession& obs, const QUrl& url, const GoLiveReport& report)
{
    say(tr("Starting the stream in OBS...\n"));
    const auto [outcome] = CliAwait::results<ObsStreamOutcome>(
        [&](const ObsSession::OutcomeDone& done) { obs.startAndWatch(30000, done); });
    if (outcome.result == ObsStreamOutcome::Result::Live) {
        return ExitCode::Success;
    }
    if (outcome.error.isError()) {
        return CliObsConnection::report(tr("start streaming in OBS"), url, outcome.error);
    }
    // A refused stream key lands here: OBS connects, the ingest refuses
    // the publish, and OBS stops without ever going active.
    CliOutput::err(tr("\nNot live: OBS did not start streaming to %1. %2\n")
                       .arg(TerminalText::quote(report.server()), TerminalText::sanitize(outcome.message)));
    return ExitCode::NotReady;
}

int ObsSendCommand::start(CliSession& session, ObsSession& obs, const QUrl& url, const GoLiveReport& report)
{
    const CliOptions& options = session.options();
    const int seconds = options.seconds > 0 ? options.seconds : DefaultStartSeconds;
    const QDateTime since = QDateTime::currentDateTimeUtc();
    const auto [status, statusError] = CliAwait::results<ObsStreamStatus, ObsError>(
        [&](const ObsSession::StatusDone& done) { obs.streamStatus(done); });
    const bool alreadyStreaming = !statusError.isError() && status.outputActive;
    int exitCode = ExitCode::Success;
    if (alreadyStreaming) {
        // Restarting would cut a running stream; the operator decides.
        say(tr("OBS is streaming already: not restarted. It keeps the service and encoder settings it started with "
               "until its stream is stopped and started again.\n"));
    } else if (report.configuration.isActive() && !confirmDisplace(report, options.yes, &exitCode)) {
        return exitCode;
    } else if ((exitCode = startInObs(obs, url, report)) != ExitCode::Success) {
        return exitCode;
    }
    say(tr("OBS is streaming (%1). Waiting up to %n second(s) for the configuration to turn ACTIVE...\n", nullptr,
           seconds)
            .arg(statusLine(obs)));
    return waitUntilActive(session, obs, since, seconds);
}

int ObsSendCommand::waitUntilActive(CliSession& session, ObsSession& obs, const QDateTime& since, int seconds)
{
    GoLiveWait wait(session.engine(), IngestConfigurationArn::parse(session.options().arn));
    InterruptNotifier interrupt;
    bool interrupted = false;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &wait, [&] {
        interrupted = true;
        wait.stop();
    });
    const auto looked = [&](const GoLiveReport& look) {
        say(tr("%1  state %2  OBS: %3\n")
                .arg(utcNow(), TerminalText::sanitize(look.configuration.state), statusLine(obs)));
    };
    const auto [outcome] = CliAwait::results<GoLiveWait::Outcome>(
        [&](const GoLiveWait::Done& done) { wait.start(since, seconds * 1000, looked, done); });
    if (interrupted) {
        CliOutput::err(tr("\nStopped watching; OBS keeps streaming.\n"));
        return ExitCode::Interrupted;
    }
    switch (outcome.result) {
    case GoLiveWait::Result::Active:
        say(tr("Live: the configuration is ACTIVE and OBS is sending (%1).\n").arg(statusLine(obs)));
        return ExitCode::Success;
    case GoLiveWait::Result::ParticipantError:
        for (const ParticipantEvent& event : outcome.errors) {
            CliOutput::err(tr("\nNot live: the participant reported %1 (%2) at %3. %4\n")
                               .arg(TerminalText::sanitize(event.name), TerminalText::sanitize(event.errorCode),
                                    event.time.toUTC().toString(Qt::ISODate),
                                    TerminalText::sanitize(EventAdvice::explain(event.errorCode))));
        }
        return ExitCode::NotReady;
    case GoLiveWait::Result::Failed:
        if (outcome.failure) {
            return CliSession::reportFailure(*outcome.failure);
        }
        return ExitCode::OtherError;
    case GoLiveWait::Result::TimedOut:
    case GoLiveWait::Result::Stopped:
        break;
    }
    const GoLiveVerdict verdict = outcome.last ? GoLiveVerdict::of(*outcome.last) : GoLiveVerdict();
    CliOutput::err(
        tr("\nNot live after %n second(s): OBS is sending (%1), but the configuration is not ACTIVE. %2 %3\n", nullptr,
           seconds)
            .arg(statusLine(obs), TerminalText::sanitize(verdict.headline), TerminalText::sanitize(verdict.fix)));
    return ExitCode::NotReady;
}
