#include "cli/GetIngestConfigurationCommand.h"

#include "cli/AwsCliJsonWriter.h"
#include "cli/AwsCliTextWriter.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "inspect/Inspection.h"

#include <memory>

namespace
{
AwsCliJsonWriter::MemberOrder ingestConfigurationOrder()
{
    return {
        {QStringLiteral("ingestConfiguration"), IngestConfiguration::memberOrder()},
        {QStringLiteral("ingestConfiguration.redundantIngestCredentials[]"),
         {QStringLiteral("participantId"), QStringLiteral("streamKey")}},
    };
}
} // namespace

std::optional<GoLiveReport> GetIngestConfigurationCommand::inspect(CliSession& session, bool readiness, int* exitCode)
{
    const CliOptions& options = session.options();
    const IngestConfigurationArn arn = IngestConfigurationArn::parse(options.arn);
    if (!arn.isValid()) {
        *exitCode = CliOutput::usageError(tr("argument --arn: %1").arg(arn.explanation()));
        return std::nullopt;
    }
    InspectionSettings settings = session.engine()->settings();
    settings.readiness = readiness;
    session.engine()->setSettings(settings);
    std::unique_ptr<Inspection> inspection(session.engine()->inspect(arn));
    CliSession::wait(inspection.get());
    if (inspection->failure()) {
        *exitCode = CliSession::reportFailure(*inspection->failure());
        return std::nullopt;
    }
    CliOutput::addSecrets(
        {inspection->credentials().credentials.secretAccessKey, inspection->credentials().credentials.sessionToken});
    if (inspection->report()) {
        return inspection->report();
    }
    GoLiveReport report;
    report.configuration = *inspection->configuration();
    return report;
}

int GetIngestConfigurationCommand::run(CliSession& session)
{
    int exitCode = ExitCode::Success;
    const auto result = inspect(session, false, &exitCode);
    if (!result) {
        return exitCode;
    }
    const QJsonObject response{{QStringLiteral("ingestConfiguration"), result->configuration.modeledJson()}};
    CliOutput::out(session.options().output == QLatin1String("text")
                       ? AwsCliTextWriter::write(response)
                       : AwsCliJsonWriter::write(response, ingestConfigurationOrder()));
    return ExitCode::Success;
}
