#pragma once

#include "aws/AwsTransport.h"
#include "aws/CredentialResolver.h"
#include "cli/CliOptions.h"
#include "inspect/InspectionEngine.h"
#include "secrets/AppProfileStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>

#include <memory>

class AwsHttpCall;
class DemoEndpoint;
class Inspection;
struct InspectionFailure;

// What every command of one run shares: the transport, the keychain, the
// app's profiles, the credential chain and the inspection engine, owned here
// by value. The command line is synchronous at heart, so it waits for
// asynchronous work by running an event loop; the engine's warnings go to
// stderr as they come. With --demo, the built-in demo endpoint runs in this
// process and its profile takes the keychain's place in the credential chain;
// the user's AWS files and keychain are not touched.
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
    AwsTransport* transport()
    {
        return &m_transport;
    }
    AppProfileStore* profiles()
    {
        return &m_profiles;
    }
    // The system keychain (the OBS password per profile); null with --demo,
    // which keeps away from it.
    SecretStore* keychain()
    {
        return m_demo ? nullptr : &m_keychain;
    }
    CredentialResolver* resolver()
    {
        return &m_resolver;
    }
    InspectionEngine* engine()
    {
        return &m_engine;
    }
    AwsHttpOptions httpOptions() const;
    // The demo endpoint, with --demo (otherwise null).
    DemoEndpoint* demo() const
    {
        return m_demo.get();
    }

    // The credentials for --profile (or the default chain); on failure prints
    // why and sets *exitCode.
    std::optional<ResolvedCredentials> credentials(int* exitCode);
    static int exitCodeFor(const CredentialError& error);
    // Prints why an inspection failed, as the AWS CLI words it; returns the
    // exit code.
    static int reportFailure(const InspectionFailure& failure);
    // Prints a failed call the way the AWS CLI does; returns the exit code.
    static int reportFailure(const QString& operation, const AwsHttpCall& call);
    static void wait(AwsHttpCall* call);
    static void wait(Inspection* inspection);

private:
    CliOptions m_options;
    QProcessEnvironment m_env;
    AwsTransport m_transport;
    KeychainSecretStore m_keychain;
    AppProfileStore m_profiles;
    std::unique_ptr<DemoEndpoint> m_demo;
    CredentialResolver m_resolver;
    InspectionEngine m_engine;

    InspectionSettings inspectionSettings() const;
    static std::unique_ptr<DemoEndpoint> startDemo();
};
