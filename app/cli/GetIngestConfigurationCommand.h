#pragma once

#include <QCoreApplication>

class CliSession;
class GetIngestConfigurationCall;

// `ivs-inspector get-ingest-configuration --arn ARN`: the reply as the AWS
// CLI prints it.
class GetIngestConfigurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(GetIngestConfigurationCommand)

public:
    static int run(CliSession& session);
    // Prints a failed call the way the AWS CLI does; returns the exit code.
    static int reportFailure(const QString& operation, const class AwsHttpCall& call);
};
