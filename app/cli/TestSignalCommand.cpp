#include "cli/TestSignalCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "cli/GetIngestConfigurationCommand.h"
#include "cli/GoLiveWait.h"
#include "cli/InterruptNotifier.h"
#include "cli/TerminalInput.h"
#include "core/TerminalText.h"
#include "ivs/EventAdvice.h"
#include "obs/FfmpegTestSignal.h"

#include <QEventLoop>

namespace
{
void say(const QString& text)
{
    CliOutput::out(text.toUtf8());
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
} // namespace

bool TestSignalCommand::confirm(const GoLiveReport& report, int seconds, bool yes, int* exitCode)
{
    const IngestConfiguration& c = report.configuration;
    const QString stage = report.stage && !report.stage->name.isEmpty() ? report.stage->name : c.stageArn;
    say(tr("For %n second(s), everyone on stage %1 will see a moving test pattern and hear a 1 kHz tone from "
           "participant %2 (configuration %3).\n",
           nullptr, seconds)
            .arg(TerminalText::quote(stage), TerminalText::quote(c.participantId),
                 TerminalText::quote(c.name.isEmpty() ? c.arn : c.name)));
    if (yes) {
        return true;
    }
    if (!TerminalInput::isInteractive()) {
        CliOutput::err(tr("\nNot sent: the stage's participants would see the test pattern, and without a terminal "
                          "there is nobody to ask. Run again with --yes when that is all right.\n"));
        *exitCode = ExitCode::NotConfirmed;
        return false;
    }
    const QString word = TerminalInput::ask(tr("Send the test signal? [y/N] ")).value_or(QString()).trimmed().toLower();
    if (word == QLatin1String("y") || word == QLatin1String("yes")) {
        return true;
    }
    CliOutput::err(tr("\nNot sent.\n"));
    *exitCode = ExitCode::NotConfirmed;
    return false;
}

int TestSignalCommand::run(CliSession& session)
{
    const CliOptions& options = session.options();
    const int seconds = options.seconds > 0 ? options.seconds : DefaultSeconds;
    // Checked first: nothing is asked of AWS for a run that cannot happen.
    const QString ffmpeg = FfmpegTestSignal::findProgram(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty()) {
        CliOutput::err(tr("\nffmpeg was not found on PATH. The test signal needs FFmpeg (an optional dependency): "
                          "install it (Debian and Ubuntu: sudo apt install ffmpeg) or add its folder to PATH.\n"));
        return ExitCode::FfmpegMissing;
    }
    int exitCode = ExitCode::Success;
    const std::optional<GoLiveReport> report = GetIngestConfigurationCommand::inspect(session, true, &exitCode);
    if (!report) {
        return exitCode;
    }
    CliOutput::addSecrets({report->configuration.streamKey});
    if (!canSend(*report, &exitCode) || !confirm(*report, seconds, options.yes, &exitCode)) {
        return exitCode;
    }
    FfmpegTestSignalOptions signalOptions;
    signalOptions.server = report->server();
    signalOptions.streamKey = report->configuration.streamKey;
    signalOptions.seconds = seconds;
    signalOptions.program = ffmpeg;
    return verdict(sendAndWatch(session, signalOptions));
}

bool TestSignalCommand::canSend(const GoLiveReport& report, int* exitCode)
{
    const IngestConfiguration& configuration = report.configuration;
    if (configuration.isActive()) {
        CliOutput::err(tr("\nNot sent: the configuration is ACTIVE, so a publisher is live on it now. A test signal "
                          "would displace it (IVS takes the newest publisher) and cut what the stage sees. Stop that "
                          "publisher first, or test with another ingest configuration.\n"));
        *exitCode = ExitCode::ConfigurationLive;
        return false;
    }
    if (report.server().isEmpty() || configuration.streamKey.isEmpty()) {
        CliOutput::err(tr("\nNot sent: the configuration has no %1 server to send to (a stage that offers the "
                          "protocol is needed); `ivs-inspector encoder-settings --arn ARN` says why.\n")
                           .arg(TerminalText::sanitize(configuration.ingestProtocol)));
        *exitCode = ExitCode::NotReady;
        return false;
    }
    return true;
}

TestSignalCommand::Run TestSignalCommand::sendAndWatch(CliSession& session, const FfmpegTestSignalOptions& options)
{
    FfmpegTestSignal signal;
    GoLiveWait wait(session.engine(), IngestConfigurationArn::parse(session.options().arn));
    // A short signal needs looks close enough to land inside it; one look
    // every 2 s is still a tenth of each operation's quota.
    wait.setIntervalMs(2000);
    QEventLoop loop;
    Run run;
    QObject::connect(&signal, &FfmpegTestSignal::publishing, &signal,
                     [] { say(tr("%1  FFmpeg is publishing.\n").arg(utcNow())); });
    QObject::connect(&signal, &FfmpegTestSignal::finished, &signal, [&](const FfmpegTestSignalResult& result) {
        run.sent = result;
        wait.stop(); // what the watch saw so far is the answer
        loop.quit();
    });
    InterruptNotifier interrupt;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &signal, [&] {
        run.interrupted = true;
        signal.cancel();
    });
    say(tr("%1  Sending the test signal to %2 with stream key %3 for %n second(s)...\n", nullptr, options.seconds)
            .arg(utcNow(), TerminalText::quote(options.server), IngestConfiguration::maskStreamKey(options.streamKey)));
    const QDateTime since = QDateTime::currentDateTimeUtc();
    signal.start(options);
    // The watch lasts as long as the signal, plus a look's worth of slack.
    wait.start(
        since, (options.seconds + 5) * 1000,
        [](const GoLiveReport& look) {
            say(tr("%1  state %2\n").arg(utcNow(), TerminalText::sanitize(look.configuration.state)));
        },
        [&](const GoLiveWait::Outcome& outcome) {
            if (!run.watched || outcome.result != GoLiveWait::Result::Stopped) {
                run.watched = outcome;
            }
        });
    while (!run.sent) {
        loop.exec();
    }
    return run;
}

int TestSignalCommand::verdict(const Run& run)
{
    if (run.interrupted) {
        CliOutput::err(tr("\nStopped: FFmpeg was ended.\n"));
        return ExitCode::Interrupted;
    }
    const FfmpegTestSignalResult& sent = *run.sent;
    if (!sent.ok()) {
        // A refused key lands here: FFmpeg's connection is refused at publish.
        CliOutput::err(tr("\nThe test signal failed: %1\n").arg(TerminalText::sanitize(sent.message)));
        return ExitCode::NotReady;
    }
    const std::optional<GoLiveWait::Outcome>& watched = run.watched;
    if (watched && watched->result == GoLiveWait::Result::Active) {
        say(tr("Live: the configuration turned ACTIVE while the test signal ran (%1 bytes sent in %2 s). Key, server "
               "and the network path work.\n")
                .arg(sent.bytesSent)
                .arg(sent.secondsSent, 0, 'f', 1));
        return ExitCode::Success;
    }
    if (watched && watched->result == GoLiveWait::Result::Failed && watched->failure) {
        return CliSession::reportFailure(*watched->failure);
    }
    if (watched) {
        for (const ParticipantEvent& event : std::as_const(watched->errors)) {
            CliOutput::err(tr("\nThe participant reported %1 (%2): %3\n")
                               .arg(TerminalText::sanitize(event.name), TerminalText::sanitize(event.errorCode),
                                    TerminalText::sanitize(EventAdvice::explain(event.errorCode))));
        }
    }
    CliOutput::err(tr("\nNot live: FFmpeg sent for %1 s, but the configuration never showed ACTIVE.\n")
                       .arg(sent.secondsSent, 0, 'f', 1));
    return ExitCode::NotReady;
}
