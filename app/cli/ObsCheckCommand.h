#pragma once

#include "cli/CliOptions.h"
#include "obs/ObsCheck.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

class ObsError;
struct ObsPreflightReport;
struct ObsSettings;

// `ivs-inspector obs-check [--obs-url ws://127.0.0.1:4455] [--output json|text]`:
// connects to OBS through obs-websocket 5, reads its stream settings and
// prints the IVS pre-flight report. The password comes from
// OBS_WEBSOCKET_PASSWORD (never an argument, so it stays out of `ps`).
class ObsCheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(ObsCheckCommand)

public:
    // Exit codes beyond the AWS CLI's 0/1/252-255, one per thing to fix.
    static constexpr int IvsSafe = 0;
    static constexpr int NotIvsSafe = 1;
    static constexpr int ObsTooOld = 250;            // obs-websocket 4.x or an RPC mismatch
    static constexpr int AuthenticationFailed = 253; // password missing or refused
    static constexpr int ObsRefused = 254;           // OBS refused a request, or spoke garbage
    static constexpr int Unreachable = 255;          // OBS not running, unreachable, no answer

    static int run(const CliOptions& options, const QProcessEnvironment& env);
    static int exitCodeFor(const ::ObsError& error);
    static QByteArray text(const ObsSettings& settings, const ObsPreflightReport& report);

private:
    static QString statusLabel(ObsCheck::Status status);
};
