#include "cli/CliObsConnection.h"

#include "cli/CliAwait.h"
#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "core/TerminalText.h"
#include "obs/ObsError.h"
#include "obs/ObsPassword.h"
#include "obs/ObsSession.h"
#include "secrets/ObsConnectionStore.h"

std::optional<QUrl> CliObsConnection::url(const CliOptions& options, int* exitCode)
{
    if (options.obsUrl.isEmpty()) {
        // The address saved for this profile (in the window), or the default.
        return ObsConnectionStore(nullptr).url(options.profile);
    }
    const QUrl url(options.obsUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        *exitCode =
            CliOutput::usageError(tr("argument --obs-url: expected ws://HOST:PORT (OBS's WebSocket server), got %1")
                                      .arg(TerminalText::quote(options.obsUrl)));
        return std::nullopt;
    }
    return url;
}

QString CliObsConnection::password(SecretStore* keychain, const QString& profile, const QProcessEnvironment& env)
{
    const QString fromEnvironment = ObsPassword::fromEnvironment(env)();
    if (!keychain) {
        return fromEnvironment;
    }
    ObsConnectionStore store(keychain);
    [[maybe_unused]] const auto [status, password, message] = CliAwait::results<SecretStore::Status, QString, QString>(
        [&](const ObsConnectionStore::PasswordCallback& done) { store.loadPassword(profile, &store, done); });
    // No keychain (a server, a container) or nothing saved: the environment.
    return status == SecretStore::Status::Ok && !password.isEmpty() ? password : fromEnvironment;
}

int CliObsConnection::connect(ObsSession& session, const QUrl& url, const QString& password)
{
    CliOutput::addSecrets({password});
    const auto [failure] = CliAwait::results<ObsError>([&](const ObsSession::Done& done) {
        session.connectToObs(
            url, [password] { return password; }, done);
    });
    return failure.isError() ? report(tr("connect to OBS"), url, failure) : ExitCode::Success;
}

int CliObsConnection::exitCodeFor(const ObsError& error)
{
    using Kind = ObsError::Kind;
    switch (error.kind) {
    case Kind::None:
        return ExitCode::Success;
    case Kind::PasswordRequired:
    case Kind::WrongPassword:
        return ExitCode::ObsPassword;
    case Kind::UnsupportedVersion:
        return ExitCode::ObsTooOld;
    case Kind::ProtocolError:
    case Kind::RequestFailed:
        return ExitCode::ObsRefused;
    case Kind::NotRunning:
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::Disconnected:
        break;
    }
    return ExitCode::ObsNotRunning;
}

int CliObsConnection::report(const QString& doing, const QUrl& url, const ObsError& error)
{
    // ObsError's messages are this program's own words; what OBS said in
    // them (a request comment, a close reason) is made safe here.
    CliOutput::err(
        tr("\nCould not %1 at %2: %3\n").arg(doing, url.toDisplayString(), TerminalText::sanitize(error.message)));
    return exitCodeFor(error);
}
