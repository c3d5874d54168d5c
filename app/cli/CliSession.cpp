#include "cli/CliSession.h"

#include "aws/AwsHttpCall.h"
#include "cli/CliOutput.h"
#include "cli/ExitCode.h"
#include "cli/TerminalInput.h"
#include "core/AppIdentity.h"
#include "ivs/IvsClient.h"
#include "secrets/AppProfileStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QEventLoop>
#include <QUrl>

CliSession::CliSession(const CliOptions& options, const QProcessEnvironment& env)
    : m_options(options)
    , m_env(env)
    , m_keychain(new KeychainSecretStore(QString::fromLatin1(AppIdentity::keychainService())))
    , m_profiles(new AppProfileStore(m_keychain))
    , m_resolver(new CredentialResolver(&m_nam, m_profiles))
{
    m_resolver->setEnvironment(env);
    m_resolver->setHttpOptions(httpOptions());
    m_resolver->setMfaPrompt([](const QString& profile, const QString& serial, auto answer) {
        answer(TerminalInput::ask(tr("Enter MFA code for %1 (profile %2): ").arg(serial, profile)));
    });
}

CliSession::~CliSession()
{
    delete m_resolver;
    delete m_profiles;
    delete m_keychain;
}

AwsHttpOptions CliSession::httpOptions() const
{
    AwsHttpOptions http;
    http.connectTimeoutMs = m_options.connectTimeoutSeconds * 1000;
    http.readTimeoutMs = m_options.readTimeoutSeconds * 1000;
    http.userAgent = IvsClient::defaultUserAgent();
    // AWS_MAX_ATTEMPTS, as the AWS CLI reads it (the first try included).
    bool ok = false;
    const int attempts = m_env.value(QStringLiteral("AWS_MAX_ATTEMPTS")).toInt(&ok);
    if (ok && attempts >= 1) {
        http.maxAttempts = attempts;
    }
    if (m_options.allowHttpEndpoint && !m_options.endpointUrl.isEmpty()) {
        http.allowedHttpHosts.append(QUrl(m_options.endpointUrl).host());
    }
    return http;
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
    for (const QString& problem : m_resolver->sharedConfig().problems()) {
        CliOutput::err(tr("Warning: %1").arg(problem) + u'\n');
    }
    QEventLoop loop;
    std::optional<ResolvedCredentials> result;
    CredentialError failure;
    m_resolver->resolve(m_options.profile, &loop,
                        [&](const ResolvedCredentials& credentials, const CredentialError& error) {
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

void CliSession::wait(AwsHttpCall* call)
{
    if (call->isFinished()) {
        return;
    }
    QEventLoop loop;
    QObject::connect(call, &AwsHttpCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void CliSession::watch(AwsHttpCall* call)
{
    QObject::connect(call, &AwsHttpCall::clockSkewCorrected, call, [](qint64 offsetMs) {
        CliOutput::err(tr("Warning: this computer's clock is off by %1 seconds from AWS's; the request was signed "
                          "again with the corrected time. Set the system clock right.\n")
                           .arg(offsetMs / 1000));
    });
}
