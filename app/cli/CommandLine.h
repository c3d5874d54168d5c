#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>

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

    static QByteArray help();
    static QByteArray versionLine();
};
