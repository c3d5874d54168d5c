#include "cli/CheckCredentialsCommand.h"

#include "cli/AwsCliJsonWriter.h"
#include "cli/AwsCliTextWriter.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "core/TerminalText.h"
#include "inspect/IdentityCheck.h"
#include "inspect/InspectionFailure.h"

#include <QEventLoop>
#include <QJsonObject>

int CheckCredentialsCommand::run(CliSession& session)
{
    const CliOptions& options = session.options();
    IdentityCheck check(session.engine());
    QEventLoop loop;
    QObject::connect(&check, &IdentityCheck::finished, &loop, &QEventLoop::quit);
    check.start(options.region);
    if (!check.isFinished()) {
        loop.exec();
    }
    if (check.credentialError().isError()) {
        CliOutput::err(u'\n' + check.credentialError().message + u'\n');
        return CliSession::exitCodeFor(check.credentialError());
    }
    const ResolvedCredentials& credentials = check.credentials();
    CliOutput::addSecrets({credentials.credentials.secretAccessKey, credentials.credentials.sessionToken});
    if (!check.endpointError().isEmpty()) {
        InspectionFailure failure;
        failure.kind = InspectionFailure::Kind::Endpoint;
        failure.message = check.endpointError();
        failure.endpointSource = check.endpointSource();
        return CliSession::reportFailure(failure);
    }
    if (check.error().isError()) {
        InspectionFailure failure;
        failure.error = check.error();
        failure.operation = check.operation();
        failure.url = check.url();
        return CliSession::reportFailure(failure);
    }
    const QString who = credentials.profile.isEmpty()
                            ? tr("the environment")
                            : tr("profile %1").arg(TerminalText::sanitize(credentials.profile));
    CliOutput::err(
        tr("Credentials from %1 (%2), access key %3.\n")
            .arg(who, CredentialSource::displayName(credentials.source),
                 TerminalText::sanitize(credentials.credentials.accessKeyId, credentials.credentials.secrets())));
    const QJsonObject identity{{QStringLiteral("UserId"), check.userId()},
                               {QStringLiteral("Account"), check.account()},
                               {QStringLiteral("Arn"), check.arn()}};
    CliOutput::out(
        options.output == QLatin1String("text")
            ? AwsCliTextWriter::write(identity)
            : AwsCliJsonWriter::write(
                  identity,
                  {{QString(), {QStringLiteral("UserId"), QStringLiteral("Account"), QStringLiteral("Arn")}}}));
    return ExitCode::Success;
}
