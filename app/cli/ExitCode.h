#pragma once

// The AWS CLI's return codes (AWS CLI User Guide, "Command line return
// codes"), so scripts written for `aws` work unchanged.
namespace ExitCode
{
constexpr int Success = 0;
constexpr int NotReady = 1;             // a check that ran and said no
constexpr int Interrupted = 130;        // SIGINT
constexpr int UsageError = 252;         // bad syntax, unknown or invalid parameter
constexpr int ConfigurationError = 253; // environment or configuration (e.g. no credentials)
constexpr int ServiceError = 254;       // the service answered with an error
constexpr int OtherError = 255;         // network and everything else
} // namespace ExitCode
