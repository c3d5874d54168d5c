#pragma once

#include "ivs/IngestConfiguration.h"
#include "ivs/IvsClientConfig.h"

#include <QCoreApplication>

#include <optional>

class CliSession;
class GetIngestConfigurationCall;

// `ivs-inspector get-ingest-configuration --arn ARN`: the reply as the AWS
// CLI prints it.
class GetIngestConfigurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(GetIngestConfigurationCommand)

public:
    struct Fetched
    {
        IvsClientConfig config; // as used, for follow-up calls
        IngestConfiguration configuration;
    };

    static int run(CliSession& session);
    // Everything up to the reply: checks the ARN, resolves credentials and
    // the endpoint, warns where the AWS CLI would not but should, and calls
    // GetIngestConfiguration. On failure prints why and sets *exitCode.
    static std::optional<Fetched> fetch(CliSession& session, int* exitCode);
    // Prints a failed call the way the AWS CLI does; returns the exit code.
    static int reportFailure(const QString& operation, const class AwsHttpCall& call);
};
