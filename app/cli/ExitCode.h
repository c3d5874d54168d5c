#pragma once

// The AWS CLI's return codes (AWS CLI User Guide, "Command line return
// codes"), so scripts written for `aws` work unchanged, and below 252 the
// codes of the OBS and test-signal commands: one per thing the operator has
// to do differently, none shared with an AWS failure, so a script can tell
// "start OBS" from "the network to AWS is down".
namespace ExitCode
{
constexpr int Success = 0;
constexpr int NotReady = 1;            // a check that ran and said no (not IVS-safe, not ACTIVE in time)
constexpr int Interrupted = 130;       // SIGINT
constexpr int ConfigurationLive = 244; // test-signal: the configuration is ACTIVE; a second publisher would displace it
constexpr int NotConfirmed = 245;      // a change that needs a yes got none (no terminal and no --yes, or "no")
constexpr int FfmpegMissing = 246;     // test-signal: no ffmpeg on PATH
constexpr int ObsRefused = 247;        // OBS refused a request, or the server speaks something else
constexpr int ObsNotRunning = 248;     // nothing answers at the OBS address, or it stopped answering
constexpr int ObsPassword = 249;       // obs-websocket password missing or refused
constexpr int ObsTooOld = 250;         // obs-websocket 4.x, or an RPC version mismatch
constexpr int UsageError = 252;        // bad syntax, unknown or invalid parameter
constexpr int ConfigurationError = 253; // environment or configuration (e.g. no credentials)
constexpr int ServiceError = 254;       // the service answered with an error
constexpr int OtherError = 255;         // network and everything else
} // namespace ExitCode
