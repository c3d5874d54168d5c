#pragma once

#include "cli/GoLiveWait.h"
#include "obs/FfmpegTestSignalOptions.h"
#include "obs/FfmpegTestSignalResult.h"

#include <QCoreApplication>

#include <optional>

class CliSession;
struct GoLiveReport;

// `ivs-inspector test-signal --arn ARN [--seconds N] [--yes]`: FFmpeg (found
// on PATH) sends a test pattern and a tone at IVS-safe settings to the
// configuration's server and stream key for N seconds while the engine
// watches the configuration: proof that key, server and network path work,
// whatever the encoder. Only when the configuration is INACTIVE (a second
// publisher would displace a live one) and after a yes that the pattern
// will be seen by the stage's participants. Exits 0 when the state turned
// ACTIVE within the time.
class TestSignalCommand
{
    Q_DECLARE_TR_FUNCTIONS(TestSignalCommand)

public:
    static constexpr int DefaultSeconds = 20;

    static int run(CliSession& session);

private:
    // What one run saw: FFmpeg's result, the watch's last word, and whether
    // the operator pressed Ctrl+C.
    struct Run
    {
        std::optional<FfmpegTestSignalResult> sent;
        std::optional<GoLiveWait::Outcome> watched;
        bool interrupted = false;
    };

    static bool canSend(const GoLiveReport& report, int* exitCode);
    static Run sendAndWatch(CliSession& session, const FfmpegTestSignalOptions& options);
    static int verdict(const Run& run);
    static bool confirm(const GoLiveReport& report, int seconds, bool yes, int* exitCode);
};
