#pragma once

#include "ivs/GoLiveReport.h"

#include <QCoreApplication>

#include <optional>

class CliSession;

// `ivs-inspector get-ingest-configuration --arn ARN`: the reply as the AWS
// CLI prints it.
class GetIngestConfigurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(GetIngestConfigurationCommand)

public:
    static int run(CliSession& session);
    // Everything up to the result, through the inspection engine: checks the
    // ARN and the region (nothing is sent when either is flawed), then
    // inspects, with the readiness report when asked. On failure prints why
    // and sets *exitCode.
    static std::optional<GoLiveReport> inspect(CliSession& session, bool readiness, int* exitCode);
};
