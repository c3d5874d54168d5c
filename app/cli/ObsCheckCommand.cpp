#include "cli/ObsCheckCommand.h"

#include "cli/AwsCliJsonWriter.h"
#include "cli/CliAwait.h"
#include "cli/CliObsConnection.h"
#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "core/AppIdentity.h"
#include "core/TerminalText.h"
#include "obs/ObsPreflight.h"
#include "obs/ObsReportJson.h"
#include "obs/ObsSession.h"
#include "obs/ObsWebSocketClient.h"
#include "secrets/KeychainSecretStore.h"

QString ObsCheckCommand::statusLabel(ObsCheck::Status status)
{
    switch (status) {
    case ObsCheck::Status::Ok:
        return tr("OK     ");
    case ObsCheck::Status::Problem:
        return tr("PROBLEM");
    case ObsCheck::Status::Unknown:
        break;
    }
    return tr("UNKNOWN");
}

int ObsCheckCommand::run(const CliOptions& options, const QProcessEnvironment& env)
{
    int exitCode = ExitCode::Success;
    const std::optional<QUrl> url = CliObsConnection::url(options, &exitCode);
    if (!url) {
        return exitCode;
    }
    // The profile's keychain entry first; --demo keeps away from the keychain.
    std::optional<KeychainSecretStore> keychain;
    if (!options.demo) {
        keychain.emplace(QString::fromLatin1(AppIdentity::keychainService()));
    }
    const QString password = CliObsConnection::password(keychain ? &*keychain : nullptr, options.profile, env);

    ObsSession session;
    exitCode = CliObsConnection::connect(session, *url, password);
    if (exitCode != ExitCode::Success) {
        return exitCode;
    }
    const auto [settings, failure] = CliAwait::results<ObsSettings, ObsError>(
        [&](const ObsSession::SettingsDone& done) { session.readSettings(done); });
    session.close();
    if (failure.isError()) {
        return CliObsConnection::report(tr("check OBS"), *url, failure);
    }
    const ObsPreflightReport report = ObsPreflight::run(settings);
    CliOutput::out(options.output == QLatin1String("text")
                       ? text(settings, report)
                       : AwsCliJsonWriter::write(ObsReportJson::build(settings, report), ObsReportJson::memberOrder()));
    return report.ivsSafe() ? ExitCode::Success : ExitCode::NotReady;
}

QByteArray ObsCheckCommand::text(const ObsSettings& settings, const ObsPreflightReport& report)
{
    QString out =
        tr("OBS %1 (obs-websocket %2), %3 output mode, encoder %4\n")
            .arg(settings.obsVersion, settings.webSocketVersion, settings.outputMode(), settings.videoEncoder());
    out += tr("Streams to: %1 %2, stream key %3\n")
               .arg(settings.serviceType, settings.server,
                    settings.streamKey.isEmpty() ? tr("(none)") : settings.maskedStreamKey());
    for (const QString& line : ObsReportJson::notReadable(settings)) {
        out += tr("Not readable: %1\n").arg(line);
    }
    int problems = 0;
    int unknown = 0;
    for (const ObsCheck& check : report.checks) {
        problems += check.status == ObsCheck::Status::Problem ? 1 : 0;
        unknown += check.status == ObsCheck::Status::Unknown ? 1 : 0;
        out += QStringLiteral("%1  %2: %3\n").arg(statusLabel(check.status), check.id, check.detail);
        if (!check.fix.isEmpty()) {
            out += tr("         Fix: %1\n").arg(check.fix);
        }
    }
    out += report.ivsSafe() ? tr("IVS-safe.\n")
                            : tr("Not IVS-safe: %1 problem(s), %2 not verifiable.\n").arg(problems).arg(unknown);
    return out.toUtf8();
}
