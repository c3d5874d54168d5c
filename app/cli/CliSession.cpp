#include "cli/CliSession.h"

#include "aws/AwsHttpCall.h"
#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "cli/TerminalInput.h"
#include "core/AppIdentity.h"
#include "core/SettingsFile.h"
#include "core/TerminalText.h"
#include "demo/DemoEndpoint.h"
#include "inspect/Inspection.h"
#include "ivs/IvsClient.h"

#include <QEventLoop>
#include <QUrl>

CliSession::CliSession(const CliOptions& options, const QProcessEnvironment& env)
    : m_options(options)
    , m_env(env)
    , m_keychain(QString::fromLatin1(AppIdentity::keychainService()))
    , m_profiles(&m_keychain)
    , m_demo(options.demo ? startDemo() : nullptr)
    , m_resolver(&m_transport, m_demo ? m_demo->profiles() : static_cast<KeptProfiles*>(&m_profiles))
    , m_engine(&m_resolver, &m_transport)
{
    // Commands cache stage endpoints in the settings file: the user's alone.
    // The demo keeps its cache in memory and writes nothing (issue 16), so
    // it must not create the file or its folder either.
    if (!m_demo) {
        SettingsFile::protect();
    }
    m_resolver.setEnvironment(m_demo ? m_demo->environment() : env);
    m_resolver.setHttpOptions(httpOptions());
    m_resolver.setMfaPrompt([](const QString& profile, const QString& serial, auto answer) {
        answer(TerminalInput::ask(tr("Enter MFA code for %1 (profile %2): ")
                                      .arg(TerminalText::sanitize(serial), TerminalText::sanitize(profile))));
    });
    m_engine.setSettings(inspectionSettings());
    if (m_demo) {
        m_engine.stageCache()->setPersistent(false);
    }
    QObject::connect(&m_engine, &InspectionEngine::warning, &m_engine,
                     [](const QString&, const InspectionWarning& warning) {
                         CliOutput::err(tr("Warning: %1").arg(warning.text) + u'\n');
                     });
}

CliSession::~CliSession() = default;

std::unique_ptr<DemoEndpoint> CliSession::startDemo()
{
    auto demo = std::make_unique<DemoEndpoint>();
    if (!demo->start()) {
        CliOutput::err(tr("The demo endpoint could not listen on 127.0.0.1.\n"));
        return demo; // its requests fail as a connection error would
    }
    CliOutput::err(tr("Demo mode: made-up data from the built-in endpoint on 127.0.0.1, not from AWS.\n"));
    return demo;
}

AwsHttpOptions CliSession::httpOptions() const
{
    AwsHttpOptions http;
    // 64 bits: CliOptions has bounded the seconds, nothing can wrap here.
    http.connectTimeoutMs = m_options.connectTimeoutSeconds * 1000;
    http.readTimeoutMs = m_options.readTimeoutSeconds * 1000;
    http.userAgent = IvsClient::defaultUserAgent();
    // AWS_MAX_ATTEMPTS, as the AWS CLI reads it (the first try included).
    bool ok = false;
    const int attempts = m_env.value(QStringLiteral("AWS_MAX_ATTEMPTS")).toInt(&ok);
    if (ok && attempts >= 1) {
        http.maxAttempts = attempts;
    }
    // Whichever endpoint is configured (--endpoint-url, AWS_ENDPOINT_URL*,
    // the config file), for IVS, STS and SSO alike.
    http.allowPlainHttp = m_options.allowHttpEndpoint;
    return http;
}

InspectionSettings CliSession::inspectionSettings() const
{
    InspectionSettings settings;
    settings.profile = m_demo ? DemoEndpoint::profileName() : m_options.profile;
    settings.region = m_options.region;
    settings.endpointUrl = m_options.endpointUrl;
    settings.http = httpOptions();
    settings.allowHttpEndpoint = m_options.allowHttpEndpoint;
    return settings;
}

int CliSession::exitCodeFor(const CredentialError& error)
{
    switch (error.kind) {
    case CredentialError::None:
        return ExitCode::Success;
    case CredentialError::NoCredentials:
    case CredentialError::Configuration:
    case CredentialError::Keychain:
        return ExitCode::ConfigurationError;
    case CredentialError::Cancelled:
        return ExitCode::Interrupted;
    case CredentialError::ProfileNotFound:
    case CredentialError::Process:
    case CredentialError::SsoLogin:
    case CredentialError::Sts:
        return ExitCode::OtherError;
    }
    return ExitCode::OtherError;
}

std::optional<ResolvedCredentials> CliSession::credentials(int* exitCode)
{
    QEventLoop loop;
    std::optional<ResolvedCredentials> result;
    CredentialError failure;
    m_engine.resolveCredentials(&loop, [&](const ResolvedCredentials& credentials, const CredentialError& error) {
        failure = error;
        if (!error.isError()) {
            result = credentials;
        }
        loop.quit();
    });
    loop.exec();
    if (!result) {
        CliOutput::err(u'\n' + failure.message + u'\n');
        *exitCode = exitCodeFor(failure);
        return std::nullopt;
    }
    CliOutput::addSecrets({result->credentials.secretAccessKey, result->credentials.sessionToken});
    return result;
}

int CliSession::reportFailure(const InspectionFailure& failure)
{
    switch (failure.kind) {
    case InspectionFailure::Kind::Credentials:
        CliOutput::err(u'\n' + failure.credentialError.message + u'\n');
        return exitCodeFor(failure.credentialError);
    case InspectionFailure::Kind::Endpoint:
        if (failure.endpointSource == QLatin1String("--endpoint-url")) {
            return CliOutput::usageError(tr("argument --endpoint-url: %1").arg(failure.message));
        }
        CliOutput::err(failure.message + u'\n');
        return ExitCode::ConfigurationError;
    case InspectionFailure::Kind::Request:
        break;
    }
    const AwsError& error = failure.error;
    if (error.fromService()) {
        CliOutput::err(
            tr("\nAn error occurred (%1) when calling the %2 operation: %3\n")
                .arg(TerminalText::escape(error.code), failure.operation, TerminalText::sanitize(error.message)));
        return ExitCode::ServiceError;
    }
    // The AWS CLI's wording for the failures scripts grep for.
    const QString url = TerminalText::sanitize(failure.url.toString());
    const QString message = TerminalText::sanitize(error.message);
    if (error.category == AwsError::Category::Network || error.category == AwsError::Category::Tls) {
        CliOutput::err(
            tr("\nCould not connect to the endpoint URL: \"%1\"\n%2\n%3\n").arg(url, message, error.advice()));
    } else {
        CliOutput::err(tr("\n%1 (endpoint URL \"%2\"): %3\n%4\n")
                           .arg(AwsError::categoryName(error.category), url, message, error.advice()));
    }
    return ExitCode::OtherError;
}

int CliSession::reportFailure(const QString& operation, const AwsHttpCall& call)
{
    InspectionFailure failure;
    failure.kind = InspectionFailure::Kind::Request;
    failure.error = call.error();
    failure.operation = operation;
    failure.url = call.url();
    return reportFailure(failure);
}

void CliSession::wait(AwsHttpCall* call)
{
    if (call->isFinished()) {
        return;
    }
    QEventLoop loop;
    QObject::connect(call, &AwsHttpCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void CliSession::wait(Inspection* inspection)
{
    if (inspection->isFinished()) {
        return;
    }
    QEventLoop loop;
    QObject::connect(inspection, &Inspection::finished, &loop, &QEventLoop::quit);
    loop.exec();
}
