#pragma once

#include "aws/CredentialError.h"
#include "aws/ResolvedCredentials.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <functional>

// Runs a profile's credential_process as botocore does: split shell-style,
// started without a shell, stdout read as JSON Version 1, a non-zero exit
// reported with its stderr.
class CredentialProcess
{
    Q_DECLARE_TR_FUNCTIONS(CredentialProcess)

public:
    using Done = std::function<void(const ResolvedCredentials& credentials, const CredentialError& error)>;

    static constexpr int TimeoutMs = 60000;

    static void run(const QString& command, const QProcessEnvironment& env, QObject* context, Done done);
    // Reads the process's output; exposed for tests and fuzzing.
    static ResolvedCredentials parseOutput(const QByteArray& output, CredentialError* error);
};
