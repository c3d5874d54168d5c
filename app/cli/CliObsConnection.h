#pragma once

#include "cli/CliOptions.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QUrl>

#include <optional>

class ObsError;
class ObsSession;
class SecretStore;

// Reaching OBS from the command line, the same way for every OBS command:
// the address from --obs-url, else the one saved for the profile
// (ObsConnectionStore), else ws://127.0.0.1:4455; the password from the
// profile's keychain entry, else OBS_WEBSOCKET_PASSWORD, never from an
// argument (it would show in `ps`); failures as one message and one exit
// code each (ExitCode::Obs*).
class CliObsConnection
{
    Q_DECLARE_TR_FUNCTIONS(CliObsConnection)

public:
    // Nothing, with the usage error printed and *exitCode set, when --obs-url
    // is not a ws:// or wss:// address.
    static std::optional<QUrl> url(const CliOptions& options, int* exitCode);
    // keychain may be null (--demo keeps away from the keychain).
    static QString password(SecretStore* keychain, const QString& profile, const QProcessEnvironment& env);
    // Connects and identifies; prints why not. Returns ExitCode::Success or the failure's code.
    static int connect(ObsSession& session, const QUrl& url, const QString& password);
    static int exitCodeFor(const ObsError& error);
    // "\nCould not <doing> at <url>: <message>\n" on stderr; returns the exit code.
    static int report(const QString& doing, const QUrl& url, const ObsError& error);
};
