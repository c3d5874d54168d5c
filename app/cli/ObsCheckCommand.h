#pragma once

#include "cli/CliOptions.h"
#include "obs/ObsCheck.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

struct ObsPreflightReport;
struct ObsSettings;

// `ivs-inspector obs-check [--obs-url ws://127.0.0.1:4455] [--output json|text]`:
// connects to OBS through obs-websocket 5, reads its stream settings and
// prints the IVS pre-flight report. The address and password are found as
// CliObsConnection finds them (never a password argument: it would show in `ps`).
class ObsCheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(ObsCheckCommand)

public:
    // 0 IVS-safe, 1 not; OBS's failures as every OBS command reports them
    // (ExitCode::Obs*).
    static int run(const CliOptions& options, const QProcessEnvironment& env);
    static QByteArray text(const ObsSettings& settings, const ObsPreflightReport& report);

private:
    static QString statusLabel(ObsCheck::Status status);
};
