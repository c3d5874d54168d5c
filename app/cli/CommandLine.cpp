#include "cli/CommandLine.h"

#include "aws/EnvironmentCredentials.h"
#include "cli/AwsCliJsonWriter.h"
#include "cli/AwsCliTextWriter.h"
#include "cli/ExitCode.h"
#include "core/Redactor.h"
#include "ivs/EndpointResolver.h"
#include "ivs/GetIngestConfigurationCall.h"
#include "ivs/IvsClient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSysInfo>

#include <cstdio>

namespace
{
// Secrets of this run, scrubbed from every debug line as a last line of
// defence; the client already redacts what it logs.
QStringList g_secrets;

void writeTo(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void out(const QByteArray& bytes)
{
    writeTo(stdout, bytes);
}

void err(const QString& text)
{
    writeTo(stderr, text.toUtf8());
}

void debugHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const char* const levels[] = {"DEBUG", "WARNING", "CRITICAL", "FATAL", "INFO"};
    const QString line = QStringLiteral("%1 - %2 - %3 - %4\n")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz")),
                                  QString::fromUtf8(context.category ? context.category : "default"),
                                  QString::fromLatin1(levels[type]), Redactor::redact(message, g_secrets));
    err(line);
}

AwsCliJsonWriter::MemberOrder ingestConfigurationOrder()
{
    return {
        {QStringLiteral("ingestConfiguration"), IngestConfiguration::memberOrder()},
        {QStringLiteral("ingestConfiguration.redundantIngestCredentials[]"),
         {QStringLiteral("participantId"), QStringLiteral("streamKey")}},
    };
}
} // namespace

bool CommandLine::wantsCommandLine(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    // The window takes ARNs and Qt's single-dash options (-platform, -style);
    // anything else is a command, or a mistake the command line explains.
    const QString first = IngestConfigurationArn::clean(arguments.at(1));
    const bool qtOption =
        first.startsWith(u'-') && !first.startsWith(QLatin1String("--")) && first != QLatin1String("-h");
    return !qtOption && !first.startsWith(QLatin1String("arn:"));
}

QByteArray CommandLine::versionLine()
{
    return QByteArrayLiteral("ivs-inspector/" IVS_VERSION " Qt/") + qVersion() + ' ' + QSysInfo::kernelType().toUtf8() +
           '/' + QSysInfo::kernelVersion().toUtf8() + ' ' + QSysInfo::currentCpuArchitecture().toUtf8() + '\n';
}

QByteArray CommandLine::usage()
{
    return tr("usage: ivs-inspector [ARN ...]\n"
              "       ivs-inspector <command> [parameters]\n"
              "To see help text, you can run:\n"
              "\n"
              "  ivs-inspector --help\n"
              "  ivs-inspector <command> --help\n")
        .toUtf8();
}

QByteArray CommandLine::commandHelp()
{
    return tr("ivs-inspector: inspect Amazon IVS Real-Time ingest configurations.\n"
              "\n"
              "Without a command, opens the window (and inspects any ARNs given).\n"
              "\n"
              "Commands:\n"
              "  get-ingest-configuration --arn ARN\n"
              "      Prints what GetIngestConfiguration returns, as the AWS CLI does.\n"
              "\n"
              "Global options:\n"
              "  --region REGION            Send the request to this region (default: the ARN's).\n"
              "  --endpoint-url URL         Use this endpoint instead of ivsrealtime.<region>.amazonaws.com.\n"
              "                             Also AWS_ENDPOINT_URL_IVS_REALTIME, then AWS_ENDPOINT_URL.\n"
              "  --profile NAME             Use the credentials of this profile.\n"
              "  --output json|text         Output format (default: json, or AWS_DEFAULT_OUTPUT).\n"
              "  --cli-connect-timeout S    Seconds to wait for a connection (default 60, 0 for none).\n"
              "  --cli-read-timeout S       Seconds to wait for data (default 60, 0 for none).\n"
              "  --debug                    Log requests and replies to stderr, with secrets redacted.\n"
              "  --version                  Print the version.\n"
              "\n"
              "Credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.\n"
              "\n"
              "Exit codes: 0 success, 252 invalid arguments, 253 configuration (e.g. no credentials),\n"
              "254 the service returned an error, 255 any other failure.\n")
        .toUtf8();
}

int CommandLine::usageError(const QString& message)
{
    err(QString::fromUtf8(usage()) + u'\n');
    err(tr("ivs-inspector: error: %1").arg(message) + u'\n');
    return ExitCode::UsageError;
}

void CommandLine::installDebugLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("ivs.*.debug=true"));
    qInstallMessageHandler(debugHandler);
}

int CommandLine::run(const QStringList& arguments, const QProcessEnvironment& env)
{
    const CliOptions options = CliOptions::parse(arguments.mid(1), env);
    if (options.version) {
        out(versionLine());
        return ExitCode::Success;
    }
    if (options.help) {
        out(commandHelp());
        return ExitCode::Success;
    }
    if (!options.error.isEmpty()) {
        return usageError(options.error);
    }
    if (options.debug) {
        installDebugLogging();
    }
    return getIngestConfiguration(options, env);
}

int CommandLine::getIngestConfiguration(const CliOptions& options, const QProcessEnvironment& env)
{
    const IngestConfigurationArn arn = IngestConfigurationArn::parse(options.arn);
    if (!arn.isValid()) {
        return usageError(tr("argument --arn: %1").arg(arn.explanation()));
    }
    const QString region = options.region.isEmpty() ? arn.region() : options.region;
    if (region != arn.region()) {
        err(tr("Warning: the ARN is in %1 but --region asks for %2; the request goes to %2, where this ingest "
               "configuration does not exist.\n")
                .arg(arn.region(), region));
    }
    IvsClientConfig config;
    config.endpoint = EndpointResolver::resolve(region, options.endpointUrl, env);
    if (!config.endpoint.error.isEmpty()) {
        return config.endpoint.source == QLatin1String("--endpoint-url")
                   ? usageError(tr("argument --endpoint-url: %1").arg(config.endpoint.error))
                   : (err(config.endpoint.error + u'\n'), ExitCode::ConfigurationError);
    }
    for (const QString& warning : config.endpoint.warnings) {
        err(tr("Warning: %1").arg(warning) + u'\n');
    }

    const QString profile = options.profile.isEmpty() ? env.value(QStringLiteral("AWS_PROFILE")) : options.profile;
    // An explicit --profile skips the environment, as in the AWS CLI.
    const std::optional<AwsCredentials> credentials =
        options.profile.isEmpty() ? EnvironmentCredentials::read(env) : std::optional<AwsCredentials>();
    if (!credentials) {
        if (!profile.isEmpty()) {
            err(tr("\nThe config profile (%1) could not be found\n").arg(profile));
            return ExitCode::OtherError;
        }
        err(tr("\nUnable to locate credentials. You can configure credentials by setting AWS_ACCESS_KEY_ID and "
               "AWS_SECRET_ACCESS_KEY.\n"));
        return ExitCode::ConfigurationError;
    }
    config.credentials = *credentials;
    g_secrets = QStringList{credentials->secretAccessKey, credentials->sessionToken};
    config.http.connectTimeoutMs = options.connectTimeoutSeconds * 1000;
    config.http.readTimeoutMs = options.readTimeoutSeconds * 1000;

    QNetworkAccessManager nam;
    IvsClient client(&nam);
    client.setConfig(config);
    GetIngestConfigurationCall* call = client.getIngestConfiguration(arn);
    QEventLoop loop;
    QObject::connect(call, &IvsCall::finished, &loop, &QEventLoop::quit);
    if (!call->isFinished()) {
        loop.exec();
    }
    if (call->error().isError()) {
        return reportFailure(*call);
    }
    const QJsonObject response{{QStringLiteral("ingestConfiguration"), call->result()->modeledJson()}};
    out(options.output == QLatin1String("text") ? AwsCliTextWriter::write(response)
                                                : AwsCliJsonWriter::write(response, ingestConfigurationOrder()));
    return ExitCode::Success;
}

int CommandLine::reportFailure(const GetIngestConfigurationCall& call)
{
    const AwsError& error = call.error();
    if (error.fromService()) {
        err(tr("\nAn error occurred (%1) when calling the %2 operation: %3\n")
                .arg(error.code, call.operation(), error.message));
        return ExitCode::ServiceError;
    }
    // The AWS CLI's wording for the failures scripts grep for.
    const QString url = call.url().toString();
    switch (error.category) {
    case AwsError::Category::Network:
    case AwsError::Category::Tls:
        err(tr("\nCould not connect to the endpoint URL: \"%1\"\n%2\n%3\n").arg(url, error.message, error.advice()));
        break;
    default:
        err(tr("\n%1 (endpoint URL \"%2\"): %3\n%4\n")
                .arg(AwsError::categoryName(error.category), url, error.message, error.advice()));
    }
    return ExitCode::OtherError;
}
