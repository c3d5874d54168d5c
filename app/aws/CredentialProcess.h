#pragma once

#include "aws/CredentialError.h"
#include "aws/ResolvedCredentials.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <functional>

// Runs a profile's credential_process as botocore does: split shell-style,
// started without a shell, stdout read as JSON Version 1, a non-zero exit
// reported with its stderr. It runs in a process group of its own, so that on
// its timeout the whole group ends, not just the direct child (a helper script
// that started its own helpers would otherwise leave them running).
// Credentials whose Expiration has passed are refused, as botocore refuses
// credentials that are still expired after a refresh.
class CredentialProcess
{
    Q_DECLARE_TR_FUNCTIONS(CredentialProcess)

public:
    using Done = std::function<void(const ResolvedCredentials& credentials, const CredentialError& error)>;

    static constexpr int TimeoutMs = 60000;

    static void
    run(const QString& command, const QProcessEnvironment& env, QObject* context, Done done, int timeoutMs = TimeoutMs);
    // Reads the process's output; exposed for tests and fuzzing. now decides
    // whether Expiration has passed.
    static ResolvedCredentials parseOutput(const QByteArray& output,
                                           CredentialError* error,
                                           const QDateTime& now = QDateTime::currentDateTimeUtc());
};
