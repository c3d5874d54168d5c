#pragma once

#include "aws/CredentialResolver.h"
#include "cli/CliOptions.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

class AppProfileStore;
class AwsHttpCall;
class KeychainSecretStore;

// What every command of one run shares: the network, the keychain, the
// app's profiles and the credential chain. The command line is synchronous
// at heart, so it waits for asynchronous work by running an event loop.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    CliSession(const CliOptions& options, const QProcessEnvironment& env);
    ~CliSession();

    const CliOptions& options() const
    {
        return m_options;
    }
    const QProcessEnvironment& environment() const
    {
        return m_env;
    }
    QNetworkAccessManager* network()
    {
        return &m_nam;
    }
    AppProfileStore* profiles()
    {
        return m_profiles;
    }
    CredentialResolver* resolver()
    {
        return m_resolver;
    }
    AwsHttpOptions httpOptions() const;

    // The credentials for --profile (or the default chain); on failure prints
    // why and sets *exitCode.
    std::optional<ResolvedCredentials> credentials(int* exitCode);
    static int exitCodeFor(const CredentialError& error);
    static void wait(AwsHttpCall* call);
    // Tells the person at the terminal about retries and a wrong clock.
    static void watch(AwsHttpCall* call);

private:
    CliOptions m_options;
    QProcessEnvironment m_env;
    QNetworkAccessManager m_nam;
    KeychainSecretStore* m_keychain;
    AppProfileStore* m_profiles;
    CredentialResolver* m_resolver;
};
