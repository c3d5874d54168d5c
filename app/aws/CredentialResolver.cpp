#include "aws/CredentialResolver.h"

#include "aws/CredentialProcess.h"
#include "aws/EnvironmentCredentials.h"
#include "aws/SsoRoleCredentialsCall.h"
#include "aws/SsoTokenCache.h"
#include "aws/StsCall.h"
#include "ivs/EndpointResolver.h"
#include "secrets/AppProfileStore.h"

#include <QDir>
#include <QPointer>

namespace
{
QString keyOf(const QHash<QString, QString>& profile, const char* key)
{
    return profile.value(QLatin1String(key)).trimmed();
}

bool hasStaticKeys(const QHash<QString, QString>& profile)
{
    return !keyOf(profile, "aws_access_key_id").isEmpty() && !keyOf(profile, "aws_secret_access_key").isEmpty();
}

bool isSsoProfile(const QHash<QString, QString>& profile)
{
    return !keyOf(profile, "sso_session").isEmpty() || !keyOf(profile, "sso_start_url").isEmpty() ||
           !keyOf(profile, "sso_account_id").isEmpty();
}

// The account in arn:aws:sts::123456789012:assumed-role/…
QString accountFromArn(const QString& arn)
{
    const QStringList parts = arn.split(u':');
    return parts.size() > 4 ? parts.at(4) : QString();
}

constexpr qint64 RefreshMarginSeconds = 5 * 60;
} // namespace

CredentialResolver::CredentialResolver(QNetworkAccessManager* nam, AppProfileStore* appProfiles, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_appProfiles(appProfiles)
{
    setEnvironment(QProcessEnvironment::systemEnvironment());
}

void CredentialResolver::setEnvironment(const QProcessEnvironment& env)
{
    m_env = env;
    m_config = AwsSharedConfig::load(env);
    m_cache.clear();
}

void CredentialResolver::setMfaPrompt(MfaPrompt prompt)
{
    m_mfaPrompt = std::move(prompt);
}

void CredentialResolver::setHttpOptions(const AwsHttpOptions& options)
{
    m_http = options;
}

void CredentialResolver::clearCache()
{
    m_cache.clear();
}

QString CredentialResolver::home() const
{
    const QString home = m_env.value(QStringLiteral("HOME"), m_env.value(QStringLiteral("USERPROFILE")));
    return home.isEmpty() ? QDir::homePath() : home;
}

QString CredentialResolver::defaultProfileName() const
{
    for (const char* name : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE"}) {
        const QString value = m_env.value(QLatin1String(name)).trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    return QStringLiteral("default");
}

QString CredentialResolver::regionFor(const QString& profile) const
{
    for (const char* name : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
        const QString value = m_env.value(QLatin1String(name)).trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    if (m_appProfiles && m_appProfiles->contains(profile)) {
        return m_appProfiles->profile(profile).region;
    }
    return m_config.region(profile);
}

std::optional<ResolvedCredentials> CredentialResolver::environmentCredentials() const
{
    const auto credentials = EnvironmentCredentials::read(m_env);
    if (!credentials) {
        return std::nullopt;
    }
    ResolvedCredentials resolved;
    resolved.credentials = *credentials;
    resolved.source = CredentialSource::Environment;
    resolved.accountId = m_env.value(QStringLiteral("AWS_ACCOUNT_ID")).trimmed();
    const QString expiration = m_env.value(QStringLiteral("AWS_CREDENTIAL_EXPIRATION"));
    resolved.expiration = QDateTime::fromString(expiration, Qt::ISODate);
    return finished(QString(), resolved);
}

ResolvedCredentials CredentialResolver::finished(const QString& name, ResolvedCredentials credentials) const
{
    credentials.profile = name;
    credentials.region = regionFor(name);
    if (!name.isEmpty()) {
        credentials.endpointUrl = m_config.endpointUrl(name, QStringLiteral("ivs_realtime"));
        if (credentials.accountId.isEmpty()) {
            credentials.accountId = m_config.profile(name).value(QStringLiteral("aws_account_id")).trimmed();
        }
    }
    return credentials;
}

void CredentialResolver::resolve(const QString& explicitProfile, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    Done guarded = [guard, done](const ResolvedCredentials& credentials, const CredentialError& error) {
        if (guard) {
            done(credentials, error);
        }
    };
    if (explicitProfile.isEmpty()) {
        // The AWS CLI's order: the environment's keys win over any profile.
        if (const auto fromEnvironment = environmentCredentials()) {
            answerLater(guarded, *fromEnvironment, {});
            return;
        }
        const QString name = defaultProfileName();
        const bool implicitDefault = name == QLatin1String("default") && !m_config.hasProfile(name) &&
                                     !(m_appProfiles && m_appProfiles->contains(name));
        if (implicitDefault) {
            answerLater(guarded, {},
                        {CredentialError::NoCredentials,
                         tr("Unable to locate credentials. Add a profile (ivs-inspector configure), set "
                            "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile.") +
                             u' ' +
                             tr("Without a keychain (on a server, over SSH), configure cannot store a profile: put "
                                "the keys in ~/.aws/credentials instead, as for the AWS CLI.")});
            return;
        }
        resolveProfile(name, {}, false, guarded);
        return;
    }
    resolveProfile(explicitProfile, {}, false, guarded);
}

std::optional<ResolvedCredentials> CredentialResolver::cached(const QString& name) const
{
    const auto it = m_cache.constFind(name);
    if (it == m_cache.constEnd() || it->expiration.secsTo(QDateTime::currentDateTimeUtc()) > -RefreshMarginSeconds) {
        return std::nullopt;
    }
    return *it;
}

CredentialResolver::Done CredentialResolver::caching(const QString& name, Done done)
{
    return [this, name, done](const ResolvedCredentials& credentials, const CredentialError& error) {
        if (!error.isError() && credentials.expiration.isValid()) {
            m_cache.insert(name, credentials);
        }
        done(credentials, error);
    };
}

void CredentialResolver::resolveProfile(const QString& name, QSet<QString> chain, bool asSource, Done done)
{
    if (const auto hit = cached(name)) {
        answerLater(done, *hit, {});
        return;
    }
    if (m_appProfiles && m_appProfiles->contains(name)) {
        const bool sessionOnly = m_appProfiles->profile(name).sessionOnly;
        m_appProfiles->load(name, this,
                            [this, name, sessionOnly, done](SecretStore::Status status,
                                                            const AwsCredentials& credentials, const QString& message) {
                                if (status != SecretStore::Status::Ok) {
                                    done({}, {CredentialError::Keychain,
                                              tr("The credentials of profile %1 could not be read from the keychain: "
                                                 "%2")
                                                  .arg(name, SecretStore::explain(status, message))});
                                    return;
                                }
                                ResolvedCredentials resolved;
                                resolved.credentials = credentials;
                                resolved.source =
                                    sessionOnly ? CredentialSource::SessionOnly : CredentialSource::Keychain;
                                done(finished(name, resolved), {});
                            });
        return;
    }
    if (!m_config.hasProfile(name)) {
        answerLater(done, {},
                    {CredentialError::ProfileNotFound, tr("The config profile (%1) could not be found").arg(name)});
        return;
    }
    resolveShared(name, std::move(chain), asSource, caching(name, done));
}

std::optional<ResolvedCredentials> CredentialResolver::staticCredentials(const QString& name) const
{
    const QHash<QString, QString> fromCredentials = m_config.credentialsFileProfile(name);
    const QHash<QString, QString> fromConfig = m_config.configFileProfile(name);
    const bool inCredentialsFile = hasStaticKeys(fromCredentials);
    const QHash<QString, QString> profile = m_config.profile(name);
    if (!inCredentialsFile && !hasStaticKeys(fromConfig)) {
        return std::nullopt;
    }
    ResolvedCredentials resolved;
    resolved.credentials = {keyOf(profile, "aws_access_key_id"), keyOf(profile, "aws_secret_access_key"),
                            keyOf(profile, "aws_session_token")};
    if (resolved.credentials.sessionToken.isEmpty()) {
        resolved.credentials.sessionToken = keyOf(profile, "aws_security_token");
    }
    resolved.source = inCredentialsFile ? CredentialSource::SharedCredentialsFile : CredentialSource::ConfigFile;
    return finished(name, resolved);
}

void CredentialResolver::resolveShared(const QString& name, QSet<QString> chain, bool asSource, Done done)
{
    const QHash<QString, QString> profile = m_config.profile(name);
    // A source profile's own keys end a role chain (botocore does the same).
    if (asSource) {
        if (const auto keys = staticCredentials(name)) {
            answerLater(done, *keys, {});
            return;
        }
    }
    if (!keyOf(profile, "role_arn").isEmpty()) {
        chain.insert(name);
        assumeRole(name, profile, chain, done);
        return;
    }
    if (isSsoProfile(profile)) {
        resolveSso(name, profile, done);
        return;
    }
    if (hasStaticKeys(m_config.credentialsFileProfile(name))) {
        answerLater(done, *staticCredentials(name), {});
        return;
    }
    if (!keyOf(profile, "credential_process").isEmpty()) {
        resolveProcess(name, keyOf(profile, "credential_process"), done);
        return;
    }
    if (const auto keys = staticCredentials(name)) {
        answerLater(done, *keys, {});
        return;
    }
    answerLater(done, {},
                {CredentialError::NoCredentials,
                 tr("The profile %1 has no credentials: it needs aws_access_key_id and aws_secret_access_key, "
                    "role_arn, an SSO configuration or credential_process.")
                     .arg(name)});
}

void CredentialResolver::answerLater(const Done& done,
                                     const ResolvedCredentials& credentials,
                                     const CredentialError& error)
{
    // Callers get their answer from the event loop, never from inside the
    // call that asked (so they can connect and keep state first).
    QMetaObject::invokeMethod(
        this, [done, credentials, error] { done(credentials, error); }, Qt::QueuedConnection);
}

void CredentialResolver::resolveProcess(const QString& name, const QString& command, Done done)
{
    CredentialProcess::run(command, m_env, this,
                           [this, name, done](const ResolvedCredentials& credentials, const CredentialError& error) {
                               if (error.isError()) {
                                   done({}, {error.kind, tr("Profile %1: %2").arg(name, error.message)});
                                   return;
                               }
                               done(finished(name, credentials), {});
                           });
}

void CredentialResolver::resolveSso(const QString& name, const QHash<QString, QString>& profile, Done done)
{
    const QString sessionName = keyOf(profile, "sso_session");
    const QHash<QString, QString> session = sessionName.isEmpty() ? profile : m_config.ssoSession(sessionName);
    const QString startUrl = keyOf(session, "sso_start_url");
    const QString ssoRegion = keyOf(session, "sso_region");
    const QString accountId = keyOf(profile, "sso_account_id");
    const QString roleName = keyOf(profile, "sso_role_name");
    const auto fail = [this, done](CredentialError::Kind kind, const QString& message) {
        answerLater(done, {}, {kind, message});
    };
    if (!sessionName.isEmpty() && session.isEmpty()) {
        fail(CredentialError::Configuration,
             tr("Profile %1 names sso_session %2, but the config file has no [sso-session %2] section.")
                 .arg(name, sessionName));
        return;
    }
    if (startUrl.isEmpty() || ssoRegion.isEmpty() || accountId.isEmpty() || roleName.isEmpty()) {
        fail(CredentialError::Configuration,
             tr("Profile %1 is an SSO profile but lacks one of sso_start_url, sso_region, sso_account_id and "
                "sso_role_name.")
                 .arg(name));
        return;
    }
    const QString loginHint = tr("Run \"aws sso login --profile %1\", then try again.").arg(name);
    QString problem;
    const auto token = SsoTokenCache::read(home(), sessionName.isEmpty() ? startUrl : sessionName, &problem);
    if (!token) {
        fail(CredentialError::SsoLogin, tr("Profile %1 has no SSO login: %2. %3").arg(name, problem, loginHint));
        return;
    }
    if (token->expiresAt <= QDateTime::currentDateTimeUtc()) {
        fail(CredentialError::SsoLogin,
             tr("The SSO session of profile %1 expired at %2. %3")
                 .arg(name, token->expiresAt.toLocalTime().toString(Qt::ISODate), loginHint));
        return;
    }
    const EndpointResolver::Service portal{QStringLiteral("SSO"), QStringLiteral("portal.sso"), QString(), false};
    const IvsEndpoint endpoint = EndpointResolver::resolve(portal, ssoRegion, QString(), m_env, QString());
    if (!endpoint.isValid()) {
        fail(CredentialError::Configuration, endpoint.error);
        return;
    }
    auto* call = new SsoRoleCredentialsCall(this);
    connect(call, &AwsHttpCall::finished, this, [this, call, name, accountId, loginHint, done] {
        call->deleteLater();
        if (call->error().isError()) {
            const bool expired = call->error().category == AwsError::Category::Authentication;
            done({}, {expired ? CredentialError::SsoLogin : CredentialError::Sts,
                      expired ? tr("The SSO portal refused the login of profile %1 (%2). %3")
                                    .arg(name, call->error().message, loginHint)
                              : tr("IAM Identity Center could not give credentials for profile %1: %2")
                                    .arg(name, call->error().message)});
            return;
        }
        ResolvedCredentials resolved;
        resolved.credentials = call->credentials();
        resolved.expiration = call->expiration();
        resolved.accountId = accountId;
        resolved.source = CredentialSource::Sso;
        done(finished(name, resolved), {});
    });
    call->start(m_nam, endpoint.url, token->accessToken, accountId, keyOf(profile, "sso_role_name"), m_http);
}

void CredentialResolver::assumeRole(const QString& name,
                                    const QHash<QString, QString>& profile,
                                    QSet<QString> chain,
                                    Done done)
{
    const QString sourceProfile = keyOf(profile, "source_profile");
    const QString credentialSource = keyOf(profile, "credential_source");
    const auto fail = [this, done](CredentialError::Kind kind, const QString& message) {
        answerLater(done, {}, {kind, message});
    };
    if (!sourceProfile.isEmpty() && !credentialSource.isEmpty()) {
        fail(CredentialError::Configuration,
             tr("Profile %1 has both source_profile and credential_source; keep only one.").arg(name));
        return;
    }
    if (sourceProfile.isEmpty() && credentialSource.isEmpty()) {
        fail(CredentialError::Configuration,
             tr("Profile %1 has role_arn but neither source_profile nor credential_source.").arg(name));
        return;
    }
    const auto withSource = [this, name, profile, done](const ResolvedCredentials& source,
                                                        const CredentialError& error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        const QString serial = keyOf(profile, "mfa_serial");
        if (serial.isEmpty()) {
            callAssumeRole(name, profile, source, QString(), done);
            return;
        }
        if (!m_mfaPrompt) {
            done({},
                 {CredentialError::Configuration,
                  tr("Profile %1 needs an MFA code (mfa_serial), but there is no way to ask for one here.").arg(name)});
            return;
        }
        m_mfaPrompt(name, serial, [this, name, profile, source, done](std::optional<QString> code) {
            if (!code || code->trimmed().isEmpty()) {
                done({}, {CredentialError::Cancelled, tr("No MFA code was entered for profile %1.").arg(name)});
                return;
            }
            callAssumeRole(name, profile, source, code->trimmed(), done);
        });
    };
    if (!credentialSource.isEmpty()) {
        if (credentialSource != QLatin1String("Environment")) {
            fail(CredentialError::Configuration,
                 tr("Profile %1 uses credential_source = %2, which only works on AWS compute; ivs-inspector supports "
                    "Environment or a source_profile.")
                     .arg(name, credentialSource));
            return;
        }
        const auto fromEnvironment = environmentCredentials();
        if (!fromEnvironment) {
            fail(CredentialError::NoCredentials,
                 tr("Profile %1 takes its source credentials from the environment, but AWS_ACCESS_KEY_ID and "
                    "AWS_SECRET_ACCESS_KEY are not set.")
                     .arg(name));
            return;
        }
        answerLater(withSource, *fromEnvironment, {});
        return;
    }
    // A profile may name itself as its source when it has its own keys.
    const bool selfWithKeys = sourceProfile == name && staticCredentials(name).has_value();
    if (chain.contains(sourceProfile) && !selfWithKeys) {
        QStringList cycle = chain.values();
        cycle.sort();
        fail(CredentialError::Configuration,
             tr("The source_profile settings form a loop (%1); a chain of roles must end in a profile with keys, SSO "
                "or credential_process.")
                 .arg(cycle.join(QStringLiteral(", "))));
        return;
    }
    if (selfWithKeys) {
        answerLater(withSource, *staticCredentials(name), {});
        return;
    }
    resolveProfile(sourceProfile, chain, true, withSource);
}

void CredentialResolver::callAssumeRole(const QString& name,
                                        const QHash<QString, QString>& profile,
                                        const ResolvedCredentials& source,
                                        const QString& mfaCode,
                                        Done done)
{
    QList<QPair<QString, QString>> parameters{
        {QStringLiteral("RoleArn"), keyOf(profile, "role_arn")},
        {QStringLiteral("RoleSessionName"),
         keyOf(profile, "role_session_name").isEmpty()
             ? QStringLiteral("ivs-inspector-%1").arg(QDateTime::currentSecsSinceEpoch())
             : keyOf(profile, "role_session_name")},
    };
    if (!keyOf(profile, "external_id").isEmpty()) {
        parameters.append({QStringLiteral("ExternalId"), keyOf(profile, "external_id")});
    }
    if (!mfaCode.isEmpty()) {
        parameters.append({QStringLiteral("SerialNumber"), keyOf(profile, "mfa_serial")});
        parameters.append({QStringLiteral("TokenCode"), mfaCode});
    }
    if (!keyOf(profile, "duration_seconds").isEmpty()) {
        parameters.append({QStringLiteral("DurationSeconds"), keyOf(profile, "duration_seconds")});
    }
    // Regional STS in the profile's region; the global endpoint without one.
    const QString region = regionFor(name);
    IvsEndpoint endpoint =
        EndpointResolver::resolve(EndpointResolver::sts(), region.isEmpty() ? QStringLiteral("us-east-1") : region,
                                  QString(), m_env, m_config.endpointUrl(name, QStringLiteral("sts")));
    if (region.isEmpty() && endpoint.source == QLatin1String("default")) {
        endpoint.url.setHost(QStringLiteral("sts.amazonaws.com"));
    }
    auto* call = new StsCall(QStringLiteral("AssumeRole"), parameters, this);
    connect(call, &AwsHttpCall::finished, this, [this, call, name, done] {
        call->deleteLater();
        if (call->error().isError()) {
            done({}, {CredentialError::Sts, tr("Profile %1 could not assume its role: %2 (%3)")
                                                .arg(name, call->error().message, call->error().code)});
            return;
        }
        ResolvedCredentials resolved;
        resolved.credentials = {call->value(QStringLiteral("Credentials/AccessKeyId")),
                                call->value(QStringLiteral("Credentials/SecretAccessKey")),
                                call->value(QStringLiteral("Credentials/SessionToken"))};
        resolved.expiration = QDateTime::fromString(call->value(QStringLiteral("Credentials/Expiration")), Qt::ISODate);
        resolved.accountId = accountFromArn(call->value(QStringLiteral("AssumedRoleUser/Arn")));
        resolved.source = CredentialSource::AssumeRole;
        if (!resolved.credentials.isComplete()) {
            done({},
                 {CredentialError::Sts, tr("STS answered AssumeRole for profile %1 without credentials.").arg(name)});
            return;
        }
        done(finished(name, resolved), {});
    });
    call->start(m_nam, endpoint, source.credentials, m_http);
}

CredentialSource::Kind CredentialResolver::classify(const QString& name) const
{
    const QHash<QString, QString> profile = m_config.profile(name);
    if (!keyOf(profile, "role_arn").isEmpty()) {
        return CredentialSource::AssumeRole;
    }
    if (isSsoProfile(profile)) {
        return CredentialSource::Sso;
    }
    if (hasStaticKeys(m_config.credentialsFileProfile(name))) {
        return CredentialSource::SharedCredentialsFile;
    }
    if (!keyOf(profile, "credential_process").isEmpty()) {
        return CredentialSource::Process;
    }
    return hasStaticKeys(profile) ? CredentialSource::ConfigFile : CredentialSource::None;
}

QList<ProfileListing> CredentialResolver::listProfiles() const
{
    QList<ProfileListing> listings;
    if (EnvironmentCredentials::read(m_env)) {
        listings.append({QString(), CredentialSource::Environment, regionFor(QString()), tr("environment"), false});
    }
    if (m_appProfiles) {
        for (const StoredProfile& stored : m_appProfiles->profiles()) {
            listings.append({stored.name,
                             stored.sessionOnly ? CredentialSource::SessionOnly : CredentialSource::Keychain,
                             stored.region, m_appProfiles->keychain()->displayName(), false});
        }
    }
    for (const QString& name : m_config.profileNames()) {
        const CredentialSource::Kind kind = classify(name);
        const QString location =
            kind == CredentialSource::SharedCredentialsFile ? m_config.credentialsPath() : m_config.configPath();
        listings.append({name, kind, m_config.region(name), location, m_appProfiles && m_appProfiles->contains(name)});
    }
    return listings;
}
