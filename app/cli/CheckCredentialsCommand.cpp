#include "cli/CheckCredentialsCommand.h"

#include "aws/StsCall.h"
#include "cli/AwsCliJsonWriter.h"
#include "cli/AwsCliTextWriter.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "cli/GetIngestConfigurationCommand.h"

#include <QJsonObject>

#include <memory>

int CheckCredentialsCommand::run(CliSession& session)
{
    int exitCode = ExitCode::Success;
    const auto credentials = session.credentials(&exitCode);
    if (!credentials) {
        return exitCode;
    }
    const CliOptions& options = session.options();
    const QString profileEndpoint =
        credentials->profile.isEmpty()
            ? QString()
            : session.resolver()->sharedConfig().endpointUrl(credentials->profile, QStringLiteral("sts"));
    std::unique_ptr<StsCall> owned(StsCall::callerIdentity(
        session.network(), credentials->credentials, options.region.isEmpty() ? credentials->region : options.region,
        session.environment(), profileEndpoint, session.httpOptions(), nullptr));
    StsCall& call = *owned;
    CliSession::watch(&call);
    CliSession::wait(&call);
    if (call.error().isError()) {
        return GetIngestConfigurationCommand::reportFailure(call.operation(), call);
    }
    const QString who =
        credentials->profile.isEmpty() ? tr("the environment") : tr("profile %1").arg(credentials->profile);
    CliOutput::err(
        tr("Credentials from %1 (%2), access key %3.\n")
            .arg(who, CredentialSource::displayName(credentials->source), credentials->credentials.accessKeyId));
    const QJsonObject identity{{QStringLiteral("UserId"), call.value(QStringLiteral("UserId"))},
                               {QStringLiteral("Account"), call.value(QStringLiteral("Account"))},
                               {QStringLiteral("Arn"), call.value(QStringLiteral("Arn"))}};
    CliOutput::out(
        options.output == QLatin1String("text")
            ? AwsCliTextWriter::write(identity)
            : AwsCliJsonWriter::write(
                  identity,
                  {{QString(), {QStringLiteral("UserId"), QStringLiteral("Account"), QStringLiteral("Arn")}}}));
    return ExitCode::Success;
}
