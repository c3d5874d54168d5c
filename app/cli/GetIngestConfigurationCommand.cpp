#include "cli/GetIngestConfigurationCommand.h"

#include "cli/AwsCliJsonWriter.h"
#include "cli/AwsCliTextWriter.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "ivs/EndpointResolver.h"
#include "ivs/GetIngestConfigurationCall.h"
#include "ivs/IvsClient.h"

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

int GetIngestConfigurationCommand::reportFailure(const QString& operation, const AwsHttpCall& call)
{
    const AwsError& error = call.error();
    if (error.fromService()) {
        CliOutput::err(tr("\nAn error occurred (%1) when calling the %2 operation: %3\n")
                           .arg(error.code, operation, error.message));
        return ExitCode::ServiceError;
    }
    // The AWS CLI's wording for the failures scripts grep for.
    const QString url = call.url().toString();
    if (error.category == AwsError::Category::Network || error.category == AwsError::Category::Tls) {
        CliOutput::err(
            tr("\nCould not connect to the endpoint URL: \"%1\"\n%2\n%3\n").arg(url, error.message, error.advice()));
    } else {
        CliOutput::err(tr("\n%1 (endpoint URL \"%2\"): %3\n%4\n")
                           .arg(AwsError::categoryName(error.category), url, error.message, error.advice()));
    }
    return ExitCode::OtherError;
}

std::optional<GetIngestConfigurationCommand::Fetched> GetIngestConfigurationCommand::fetch(CliSession& session,
                                                                                           int* exitCode)
{
    const CliOptions& options = session.options();
    const IngestConfigurationArn arn = IngestConfigurationArn::parse(options.arn);
    if (!arn.isValid()) {
        *exitCode = CliOutput::usageError(tr("argument --arn: %1").arg(arn.explanation()));
        return std::nullopt;
    }
    const QString region = options.region.isEmpty() ? arn.region() : options.region;
    if (region != arn.region()) {
        CliOutput::err(tr("Warning: the ARN is in %1 but --region asks for %2; the request goes to %2, where this "
                          "ingest configuration does not exist.\n")
                           .arg(arn.region(), region));
    }
    const auto credentials = session.credentials(exitCode);
    if (!credentials) {
        return std::nullopt;
    }
    Fetched fetched;
    IvsClientConfig& config = fetched.config;
    config.endpoint =
        EndpointResolver::resolve(region, options.endpointUrl, session.environment(), credentials->endpointUrl);
    if (!config.endpoint.error.isEmpty()) {
        if (config.endpoint.source == QLatin1String("--endpoint-url")) {
            *exitCode = CliOutput::usageError(tr("argument --endpoint-url: %1").arg(config.endpoint.error));
        } else {
            CliOutput::err(config.endpoint.error + u'\n');
            *exitCode = ExitCode::ConfigurationError;
        }
        return std::nullopt;
    }
    for (const QString& warning : config.endpoint.warnings) {
        CliOutput::err(tr("Warning: %1").arg(warning) + u'\n');
    }
    if (!credentials->accountId.isEmpty() && credentials->accountId != arn.accountId()) {
        CliOutput::err(tr("Warning: these credentials belong to account %1, but the ARN is in account %2; IVS will "
                          "most likely answer AccessDeniedException.\n")
                           .arg(credentials->accountId, arn.accountId()));
    }
    config.credentials = credentials->credentials;
    config.http = session.httpOptions();
    if (config.endpoint.url.scheme() == QLatin1String("http") && options.allowHttpEndpoint &&
        !AwsHttpCall::isLoopbackHost(config.endpoint.url.host())) {
        CliOutput::err(tr("Warning: sending signed requests over plain http:// to %1, as --allow-http-endpoint "
                          "asks; anyone on the network can read them.\n")
                           .arg(config.endpoint.url.host()));
    }
    IvsClient client(session.network());
    client.setConfig(config);
    GetIngestConfigurationCall* call = client.getIngestConfiguration(arn);
    CliSession::watch(call);
    CliSession::wait(call);
    if (call->error().isError()) {
        *exitCode = reportFailure(call->operation(), *call);
        return std::nullopt;
    }
    fetched.configuration = *call->result();
    return fetched;
}

int GetIngestConfigurationCommand::run(CliSession& session)
{
    int exitCode = ExitCode::Success;
    const auto fetched = fetch(session, &exitCode);
    if (!fetched) {
        return exitCode;
    }
    const QJsonObject response{{QStringLiteral("ingestConfiguration"), fetched->configuration.modeledJson()}};
    CliOutput::out(session.options().output == QLatin1String("text")
                       ? AwsCliTextWriter::write(response)
                       : AwsCliJsonWriter::write(response, ingestConfigurationOrder()));
    return ExitCode::Success;
}
