#pragma once

#include "aws/CredentialError.h"
#include "aws/ResolvedCredentials.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <functional>

// Runs a profile's credential_process as botocore does: split shell-style,
// started without a shell, stdout read as JSON Version 1, a non-zero exit
// reported with its stderr.
// On a terminal the helper stays in this program's process group, as with the
// AWS CLI: it can prompt there (aws-vault asking for an MFA code reads
// /dev/tty; a helper in a group of its own is stopped by SIGTTIN when it
// tries), and Ctrl-C ends it with this program. Without a terminal (the
// window, scripts) it leads a process group of its own, so that on its
// timeout the whole group ends, not just the direct child (a helper script
// that started its own helpers would otherwise leave them running).
// Credentials whose Expiration has passed are refused, as botocore refuses
// credentials that are still expired after a refresh.
class CredentialProcess
{
    Q_DECLARE_TR_FUNCTIONS(CredentialProcess)

public:
    using Done = std::function<void(const ResolvedCredentials& credentials, const CredentialError& error)>;

    static constexpr int TimeoutMs = 60000;
    enum class Terminal
    {
        Detect,   // Shared when this program has a controlling terminal
        Shared,   // the helper may use the terminal; it stays in our group
        Detached, // the helper leads a process group of its own
    };

    static void run(const QString& command,
                    const QProcessEnvironment& env,
                    QObject* context,
                    Done done,
                    int timeoutMs = TimeoutMs,
                    Terminal terminal = Terminal::Detect);
    // Reads the process's output; exposed for tests and fuzzing. now decides
    // whether Expiration has passed.
    static ResolvedCredentials parseOutput(const QByteArray& output,
                                           CredentialError* error,
                                           const QDateTime& now = QDateTime::currentDateTimeUtc());
};
