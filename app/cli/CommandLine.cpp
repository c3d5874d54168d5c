#include "cli/CommandLine.h"

#include "cli/CheckCredentialsCommand.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/ConfigureCommand.h"
#include "cli/EncoderSettingsCommand.h"
#include "cli/ExitCode.h"
#include "cli/GetIngestConfigurationCommand.h"
#include "cli/ListIngestConfigurationsCommand.h"
#include "cli/ObsCheckCommand.h"
#include "cli/ObsSendCommand.h"
#include "cli/TestSignalCommand.h"
#include "cli/WatchCommand.h"
#include "core/PluralCatalog.h"
#include "ivs/IngestConfigurationArn.h"

#include <QScopeGuard>
#include <QSysInfo>

bool CommandLine::wantsCommandLine(const QStringList& arguments)
{
    // --demo goes with either face: alone (or with ARNs) it opens the window.
    QStringList rest = arguments;
    rest.removeAll(QStringLiteral("--demo"));
    if (rest.size() < 2) {
        return false;
    }
    // The window takes ARNs and Qt's single-dash options (-platform, -style);
    // anything else is a command, or a mistake the command line explains.
    const QString first = IngestConfigurationArn::clean(rest.at(1));
    const bool qtOption =
        first.startsWith(u'-') && !first.startsWith(QLatin1String("--")) && first != QLatin1String("-h");
    return !qtOption && !first.startsWith(QLatin1String("arn:"));
}

QByteArray CommandLine::versionLine()
{
    return QByteArrayLiteral("ivs-inspector/" IVS_VERSION " Qt/") + qVersion() + ' ' + QSysInfo::kernelType().toUtf8() +
           '/' + QSysInfo::kernelVersion().toUtf8() + ' ' + QSysInfo::currentCpuArchitecture().toUtf8() + '\n';
}

QByteArray CommandLine::help()
{
    return tr("ivs-inspector: inspect Amazon IVS Real-Time ingest configurations.\n"
              "\n"
              "Without a command, opens the window (and inspects any ARNs given).\n"
              "Try it without an AWS account: ivs-inspector --demo encoder-settings --arn\n"
              "  arn:aws:ivs:us-east-1:123456789012:ingest-configuration/DemoStudioA\n"
              "\n"
              "Commands:\n"
              "  get-ingest-configuration --arn ARN\n"
              "      Prints what GetIngestConfiguration returns, as the AWS CLI does.\n"
              "  encoder-settings --arn ARN [--show-stream-key]\n"
              "      What to enter in OBS or FFmpeg (server, stream key, full URL), a readiness checklist and\n"
              "      the participant's recent events. Exits 0 when ready (a stage is associated and exists and\n"
              "      offers the protocol), 1 when not; the key stays masked without --show-stream-key.\n"
              "  list-ingest-configurations [--filter-by-stage-arn ARN | --filter-by-state ACTIVE|INACTIVE]\n"
              "                             [--max-items N] [--page-size N] [--starting-token TOKEN]\n"
              "      Lists the ingest configurations of the region (every page), as the AWS CLI prints them;\n"
              "      with --max-items, stops there and prints a NextToken for --starting-token.\n"
              "  watch --arn ARN [--arn ARN ...] [--interval SECONDS]\n"
              "      Looks at each configuration every interval (default 10 s, raised so that watching takes at\n"
              "      most 1 of the 5 requests a second per account and region) and prints one line per change:\n"
              "      UTC time, ARN, state, what changed (--output json: one JSON object per line). Errors are\n"
              "      lines too. Runs until interrupted (Ctrl-C), then exits 0.\n"
              "  check-credentials\n"
              "      Shows the account and identity behind the credentials (STS GetCallerIdentity).\n"
              "  configure [--profile NAME]\n"
              "      Stores a profile in the system keychain. On a terminal it asks, without echo for secrets;\n"
              "      otherwise it reads four lines from stdin: access key ID, secret access key, region, session\n"
              "      token (an empty line for none).\n"
              "  configure list [--output json]\n"
              "      Lists every profile, where it comes from and its region; never a secret.\n"
              "  configure delete --profile NAME\n"
              "      Removes one of the app's keychain profiles.\n"
              "  obs-check [--obs-url ws://127.0.0.1:4455] [--output json|text]\n"
              "      Connects to OBS (obs-websocket 5), reads its stream settings and checks them against IVS:\n"
              "      H.264 without B-frames, a keyframe every 1-2 s, at most 720p and 8.5 Mbps, AAC audio.\n"
              "      Exits 0 when IVS-safe, 1 when not (or not verifiable).\n"
              "  obs-send --arn ARN [--obs-url URL] [--fix-encoder] [--start] [--seconds N] [--yes]\n"
              "      Sets OBS's stream service to the configuration's server and stream key (the key is never\n"
              "      printed or copied). If OBS holds a different server or key, shows it masked and asks first;\n"
              "      without a terminal it refuses unless --yes. --fix-encoder makes OBS IVS-safe after listing\n"
              "      each change and keeps the previous values; --start starts streaming and waits up to N s\n"
              "      (default 60) for the configuration to turn ACTIVE, printing OBS's stream status (over a\n"
              "      publisher that is live already only after a yes). Exits 0 when done (with --start:\n"
              "      ACTIVE), 1 when not live (refused key, participant errors, time).\n"
              "  obs-send --restore-encoder [--obs-url URL]\n"
              "      Puts back the encoder settings --fix-encoder changed in the OBS at that address.\n"
              "  test-signal --arn ARN [--seconds N] [--yes]\n"
              "      Sends a test pattern and tone with ffmpeg (from PATH) to the configuration's server and key\n"
              "      for N s (default 20) while watching its state: proves key, server and network path without\n"
              "      OBS. Only when the configuration is INACTIVE, and after a yes (the stage's participants see\n"
              "      the pattern; without a terminal, --yes). Exits 0 when it turned ACTIVE in that time, 1 not.\n"
              "\n"
              "  The OBS commands reach OBS at --obs-url, else the address saved for the profile, else\n"
              "  ws://127.0.0.1:4455; the password is the profile's keychain entry, else OBS_WEBSOCKET_PASSWORD\n"
              "  (never an argument).\n"
              "\n"
              "Global options:\n"
              "  --profile NAME             Use this profile: the app's keychain profiles first, then\n"
              "                             ~/.aws/credentials and ~/.aws/config. Without it: the environment's\n"
              "                             keys, then AWS_PROFILE, then \"default\".\n"
              "  --region REGION            Send the request to this region (default: the ARN's).\n"
              "  --endpoint-url URL         Use this endpoint instead of ivsrealtime.<region>.amazonaws.com.\n"
              "                             Also AWS_ENDPOINT_URL_IVS_REALTIME, AWS_ENDPOINT_URL, the profile's.\n"
              "  --output json|text         Output format (default: json, or AWS_DEFAULT_OUTPUT).\n"
              "  --cli-connect-timeout S    Seconds to wait for a connection (default 60, 0 for none).\n"
              "  --cli-read-timeout S       Seconds to wait for data (default 60, 0 for none).\n"
              "  --debug                    Log requests, replies and retries to stderr, secrets redacted.\n"
              "  --allow-http-endpoint      Allow a plain http:// --endpoint-url that is not this computer.\n"
              "  --demo                     Use the built-in demo instead of AWS: made-up configurations served\n"
              "                             on 127.0.0.1 with the profile \"demo\" (no account needed; nothing\n"
              "                             is read from ~/.aws or written to the keychain). Without a command,\n"
              "                             opens the window in demo mode.\n"
              "  --version                  Print the version.\n"
              "\n"
              "Failed requests are retried as by the AWS CLI (AWS_MAX_ATTEMPTS, default 3).\n"
              "\n"
              "Exit codes: 0 success, 1 encoder-settings: not ready, obs-check: not IVS-safe, obs-send --start\n"
              "and test-signal: not ACTIVE in time, 130 an MFA prompt was left empty (or Ctrl+C),\n"
              "244 the configuration is ACTIVE (test-signal; obs-send --start without a yes),\n"
              "245 not confirmed (no terminal and no --yes, or answered no), 246 ffmpeg not found,\n"
              "247 OBS refused a request or is not obs-websocket, 248 OBS not running or unreachable,\n"
              "249 OBS password missing or wrong, 250 obs-websocket too old (before 5), 252 invalid\n"
              "arguments, 253 configuration (e.g. no credentials), 254 the service returned an error,\n"
              "255 any other failure.\n")
        .toUtf8();
}

int CommandLine::run(const QStringList& arguments, const QProcessEnvironment& env)
{
    // The command line stays in English, in proper English plurals.
    PluralCatalog::install(QCoreApplication::instance());
    const CliOptions options = CliOptions::parse(arguments.mid(1), env);
    if (options.version) {
        CliOutput::out(versionLine());
        return ExitCode::Success;
    }
    if (options.help) {
        CliOutput::out(help());
        return ExitCode::Success;
    }
    if (!options.error.isEmpty()) {
        return CliOutput::usageError(options.error);
    }
    if (options.debug) {
        CliOutput::installDebugLogging();
    }
    // The debug handler uses statics that die before Qt's last messages at
    // process exit: hand logging back to Qt when the command is done.
    const auto restoreLogging = qScopeGuard([] { qInstallMessageHandler(nullptr); });
    if (options.command == QLatin1String("obs-check")) {
        return ObsCheckCommand::run(options, env); // needs no AWS session
    }
    CliSession session(options, env);
    if (options.command == QLatin1String("configure")) {
        return ConfigureCommand::run(session);
    }
    if (options.command == QLatin1String("encoder-settings")) {
        return EncoderSettingsCommand::run(session);
    }
    if (options.command == QLatin1String("check-credentials")) {
        return CheckCredentialsCommand::run(session);
    }
    if (options.command == QLatin1String("list-ingest-configurations")) {
        return ListIngestConfigurationsCommand::run(session);
    }
    if (options.command == QLatin1String("watch")) {
        return WatchCommand::run(session);
    }
    if (options.command == QLatin1String("obs-send")) {
        return ObsSendCommand::run(session);
    }
    if (options.command == QLatin1String("test-signal")) {
        return TestSignalCommand::run(session);
    }
    return GetIngestConfigurationCommand::run(session);
}
