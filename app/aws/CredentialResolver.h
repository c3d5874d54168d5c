#pragma once

#include "aws/AwsHttpOptions.h"
#include "aws/AwsSharedConfig.h"
#include "aws/CredentialError.h"
#include "aws/ProfileListing.h"
#include "aws/ResolvedCredentials.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>

#include <functional>
#include <optional>

class AssumeRoleProvider;
class AwsTransport;
class KeptProfiles;
class SsoCredentialProvider;

// Finds credentials the way the AWS CLI does, with the app's own keychain
// profiles in front: an explicit profile is looked up in the keychain, then
// in the shared files; without one the environment's keys come first, then
// AWS_PROFILE, then "default". Shared-file profiles follow botocore's order,
// kept in one table (CredentialPrecedence) that listing uses too; roles and
// SSO have providers of their own. Temporary credentials are kept in memory
// until five minutes before they expire; nothing is cached on disk. The
// shared files are read when first needed.
class CredentialResolver : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ResolvedCredentials& credentials, const CredentialError& error)>;
    // Asks for an MFA code; answers std::nullopt when the user cancels.
    using MfaPrompt = std::function<void(
        const QString& profile, const QString& serial, std::function<void(std::optional<QString> code)> answer)>;

    CredentialResolver(AwsTransport* transport, KeptProfiles* appProfiles, QObject* parent = nullptr);
    ~CredentialResolver() override;

    // Re-reads the shared files too (when next needed).
    void setEnvironment(const QProcessEnvironment& env);
    void setMfaPrompt(MfaPrompt prompt);
    void setHttpOptions(const AwsHttpOptions& options);
    // The profiles asked before the shared files (the window switches to the
    // demo's and back); clears the cache.
    void setAppProfiles(KeptProfiles* appProfiles);

    const AwsSharedConfig& sharedConfig() const;
    const QProcessEnvironment& environment() const
    {
        return m_env;
    }
    KeptProfiles* appProfiles() const
    {
        return m_appProfiles;
    }

    void resolve(const QString& explicitProfile, QObject* context, Done done);
    // The profile used when none is named: AWS_PROFILE, else "default".
    QString defaultProfileName() const;
    // The region for a profile (empty: the default one): AWS_REGION,
    // AWS_DEFAULT_REGION, then the profile's.
    QString regionFor(const QString& profile) const;
    QList<ProfileListing> listProfiles() const;
    void clearCache();

private:
    friend class AssumeRoleProvider;
    friend class SsoCredentialProvider;

    AwsTransport* m_transport;
    KeptProfiles* m_appProfiles;
    QProcessEnvironment m_env;
    mutable std::optional<AwsSharedConfig> m_config;
    MfaPrompt m_mfaPrompt;
    AwsHttpOptions m_http;
    QHash<QString, ResolvedCredentials> m_cache;
    AssumeRoleProvider* m_roles;
    SsoCredentialProvider* m_sso;

    void resolveProfile(const QString& name, QSet<QString> chain, bool asSource, Done done);
    void resolveShared(const QString& name, QSet<QString> chain, bool asSource, Done done);
    void resolveProcess(const QString& name, const QString& command, Done done);
    std::optional<ResolvedCredentials> environmentCredentials() const;
    std::optional<ResolvedCredentials> staticCredentials(const QString& name, CredentialSource::Kind kind) const;
    std::optional<ResolvedCredentials> cached(const QString& name) const;
    Done caching(const QString& name, Done done);
    QString home() const;
    void answerLater(const Done& done, const ResolvedCredentials& credentials, const CredentialError& error);
    ResolvedCredentials finished(const QString& name, ResolvedCredentials credentials) const;
};
