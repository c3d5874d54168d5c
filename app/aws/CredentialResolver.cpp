#include "aws/CredentialResolver.h"

#include "aws/AssumeRoleProvider.h"
#include "aws/CredentialPrecedence.h"
#include "aws/CredentialProcess.h"
#include "aws/EnvironmentCredentials.h"
#include "aws/KeptProfiles.h"
#include "aws/ProfileLister.h"
#include "aws/SsoCredentialProvider.h"
#include "core/TerminalText.h"

#include <QDir>
#include <QPointer>

namespace
{
QString keyOf(const QHash<QString, QString>& profile, const char* key)
{
    return profile.value(QLatin1String(key)).trimmed();
}

constexpr qint64 RefreshMarginSeconds = 5 * 60;
} // namespace

CredentialResolver::CredentialResolver(AwsTransport* transport, KeptProfiles* appProfiles, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_appProfiles(appProfiles)
    , m_roles(new AssumeRoleProvider(this))
    , m_sso(new SsoCredentialProvider(this))
{
    setEnvironment(QProcessEnvironment::systemEnvironment());
}

CredentialResolver::~CredentialResolver() = default;

void CredentialResolver::setEnvironment(const QProcessEnvironment& env)
{
    m_env = env;
    m_config.reset();
    m_cache.clear();
}

const AwsSharedConfig& CredentialResolver::sharedConfig() const
{
    // Read when first needed: a command line run sets its environment right
    // after construction, and a big file should be read once, not twice.
    if (!m_config) {
        m_config = AwsSharedConfig::load(m_env);
    }
    return *m_config;
}

void CredentialResolver::setMfaPrompt(MfaPrompt prompt)
{
    m_mfaPrompt = std::move(prompt);
}

void CredentialResolver::setHttpOptions(const AwsHttpOptions& options)
{
    m_http = options;
}

void CredentialResolver::setAppProfiles(KeptProfiles* appProfiles)
{
    m_appProfiles = appProfiles;
    m_cache.clear();
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
    // No profile named (keys from the environment, the window's Automatic):
    // the profile in use still gives the region, as in the AWS CLI.
    const QString name = profile.isEmpty() ? defaultProfileName() : profile;
    if (m_appProfiles && m_appProfiles->contains(name)) {
        return m_appProfiles->regionOf(name);
    }
    return sharedConfig().region(name);
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
        credentials.endpointUrl = sharedConfig().endpointUrl(name, QStringLiteral("ivs_realtime"));
        if (credentials.accountId.isEmpty()) {
            credentials.accountId = sharedConfig().setting(name, u"aws_account_id").trimmed();
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
        const bool implicitDefault = name == QLatin1String("default") && !sharedConfig().hasProfile(name) &&
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
        const CredentialSource::Kind source = m_appProfiles->sourceOf(name);
        m_appProfiles->loadCredentials(
            name, this,
            [this, name, source, done](const std::optional<AwsCredentials>& credentials, const QString& problem) {
                if (!credentials) {
                    done({}, {CredentialError::Keychain,
                              tr("The credentials of profile %1 could not be read from the keychain: %2")
                                  .arg(TerminalText::sanitize(name), problem)});
                    return;
                }
                ResolvedCredentials resolved;
                resolved.credentials = *credentials;
                resolved.source = source;
                done(finished(name, resolved), {});
            });
        return;
    }
    if (!sharedConfig().hasProfile(name)) {
        answerLater(done, {},
                    {CredentialError::ProfileNotFound,
                     tr("The config profile (%1) could not be found").arg(TerminalText::sanitize(name))});
        return;
    }
    resolveShared(name, std::move(chain), asSource, caching(name, done));
}

std::optional<ResolvedCredentials> CredentialResolver::staticCredentials(const QString& name,
                                                                         CredentialSource::Kind kind) const
{
    const QHash<QString, QString> profile = sharedConfig().profile(name);
    if (!CredentialPrecedence::hasStaticKeys(profile)) {
        return std::nullopt;
    }
    ResolvedCredentials resolved;
    resolved.credentials = {keyOf(profile, "aws_access_key_id"), keyOf(profile, "aws_secret_access_key"),
                            keyOf(profile, "aws_session_token")};
    if (resolved.credentials.sessionToken.isEmpty()) {
        resolved.credentials.sessionToken = keyOf(profile, "aws_security_token");
    }
    resolved.source = kind;
    return finished(name, resolved);
}

// One dispatch, from the one table of precedence.
void CredentialResolver::resolveShared(const QString& name, QSet<QString> chain, bool asSource, Done done)
{
    const CredentialPrecedence::Provider provider = CredentialPrecedence::providerFor(sharedConfig(), name, asSource);
    switch (provider.kind) {
    case CredentialSource::AssumeRole:
        chain.insert(name);
        m_roles->resolve(name, sharedConfig().profile(name), chain, done);
        return;
    case CredentialSource::Sso:
        m_sso->resolve(name, sharedConfig().profile(name), done);
        return;
    case CredentialSource::SharedCredentialsFile:
    case CredentialSource::ConfigFile:
        answerLater(done, *staticCredentials(name, provider.kind), {});
        return;
    case CredentialSource::Process:
        resolveProcess(name, sharedConfig().setting(name, u"credential_process").trimmed(), done);
        return;
    case CredentialSource::None:
    case CredentialSource::Environment:
    case CredentialSource::Keychain:
    case CredentialSource::SessionOnly:
    case CredentialSource::Demo:
        break;
    }
    answerLater(done, {},
                {CredentialError::NoCredentials,
                 tr("The profile %1 has no credentials: it needs aws_access_key_id and aws_secret_access_key, "
                    "role_arn, an SSO configuration or credential_process.")
                     .arg(TerminalText::sanitize(name))});
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
    CredentialProcess::run(
        command, m_env, this, [this, name, done](const ResolvedCredentials& credentials, const CredentialError& error) {
            if (error.isError()) {
                done({}, {error.kind, tr("Profile %1: %2").arg(TerminalText::sanitize(name), error.message)});
                return;
            }
            done(finished(name, credentials), {});
        });
}

QList<ProfileListing> CredentialResolver::listProfiles() const
{
    return ProfileLister::list(*this);
}
