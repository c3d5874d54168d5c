#include "cli/ObsCheckCommand.h"

#include "cli/AwsCliJsonWriter.h"
#include "cli/CliOutput.h"
#include "core/TerminalText.h"
#include "obs/ObsPreflight.h"
#include "obs/ObsReportJson.h"
#include "obs/ObsSession.h"
#include "obs/ObsWebSocketClient.h"

#include <QEventLoop>

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

int ObsCheckCommand::exitCodeFor(const ::ObsError& error)
{
    using Kind = ::ObsError::Kind;
    switch (error.kind) {
    case Kind::None:
        return IvsSafe;
    case Kind::PasswordRequired:
    case Kind::WrongPassword:
        return AuthenticationFailed;
    case Kind::UnsupportedVersion:
        return ObsTooOld;
    case Kind::ProtocolError:
    case Kind::RequestFailed:
        return ObsRefused;
    case Kind::NotRunning:
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::Disconnected:
        break;
    }
    return Unreachable;
}

int ObsCheckCommand::run(const CliOptions& options, const QProcessEnvironment& env)
{
    const QUrl url =
        options.obsUrl.isEmpty() ? ObsWebSocketClient::defaultUrl() : QUrl(options.obsUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        return CliOutput::usageError(tr("argument --obs-url: expected ws://HOST:PORT (OBS's WebSocket server), got %1")
                                         .arg(TerminalText::quote(options.obsUrl)));
    }
    const ObsPassword::Provider password = ObsPassword::fromEnvironment(env);
    CliOutput::addSecrets({password()});

    ObsSession session;
    QEventLoop loop;
    ::ObsError failure;
    ObsSettings settings;
    session.connectToObs(url, password, [&](const ::ObsError& error) {
        if (error.isError()) {
            failure = error;
            loop.quit();
            return;
        }
        session.readSettings([&](const ObsSettings& read, const ::ObsError& readError) {
            settings = read;
            failure = readError;
            loop.quit();
        });
    });
    loop.exec();
    session.close();
    if (failure.isError()) {
        CliOutput::err(tr("\nCould not check OBS at %1: %2\n").arg(url.toDisplayString(), failure.message));
        return exitCodeFor(failure);
    }
    const ObsPreflightReport report = ObsPreflight::run(settings);
    CliOutput::out(options.output == QLatin1String("text")
                       ? text(settings, report)
                       : AwsCliJsonWriter::write(ObsReportJson::build(settings, report), ObsReportJson::memberOrder()));
    return report.ivsSafe() ? IvsSafe : NotIvsSafe;
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
