#pragma once

#include "cli/CliOptions.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

class GetIngestConfigurationCall;

// The headless `ivs-inspector <command>` mode. Runs on QCoreApplication, so
// it needs no display; output and exit codes follow the AWS CLI.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when the arguments ask for the command line rather than the window.
    static bool wantsCommandLine(const QStringList& arguments);
    // Runs the command and returns the process exit code.
    static int run(const QStringList& arguments, const QProcessEnvironment& env);

    static QByteArray usage();
    static QByteArray commandHelp();
    static QByteArray versionLine();

private:
    static int getIngestConfiguration(const CliOptions& options, const QProcessEnvironment& env);
    static int reportFailure(const GetIngestConfigurationCall& call);
    static int usageError(const QString& message);
    static void installDebugLogging();
};
