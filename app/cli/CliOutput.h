#pragma once

#include <QCoreApplication>
#include <QStringList>

// Writing to stdout and stderr as the AWS CLI does, and the --debug log.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    static void out(const QByteArray& bytes);
    static void err(const QString& text);
    static QByteArray usage();
    // Prints the usage and the reason; returns the exit code (252).
    static int usageError(const QString& message);
    static void installDebugLogging();
    // Secrets of this run, scrubbed from every debug line as a last line of
    // defence (the code that logs already redacts).
    static void addSecrets(const QStringList& secrets);
};
