#include "aws/CredentialPrecedence.h"

#include "aws/AwsSharedConfig.h"

#include <algorithm>

namespace
{
bool set(const AwsSharedConfig& config, const QString& profile, const char* key)
{
    return !config.setting(profile, QString::fromLatin1(key)).trimmed().isEmpty();
}

const QString kKeyId = QStringLiteral("aws_access_key_id");
const QString kSecret = QStringLiteral("aws_secret_access_key");

bool assumeRole(const AwsSharedConfig& config, const QString& profile)
{
    return set(config, profile, "role_arn");
}

bool sso(const AwsSharedConfig& config, const QString& profile)
{
    return set(config, profile, "sso_session") || set(config, profile, "sso_start_url") ||
           set(config, profile, "sso_account_id");
}

bool credentialsFileKeys(const AwsSharedConfig& config, const QString& profile)
{
    return !config.credentialsFileSetting(profile, kKeyId).trimmed().isEmpty() &&
           !config.credentialsFileSetting(profile, kSecret).trimmed().isEmpty();
}

bool process(const AwsSharedConfig& config, const QString& profile)
{
    return set(config, profile, "credential_process");
}

bool configFileKeys(const AwsSharedConfig& config, const QString& profile)
{
    return !config.configFileSetting(profile, kKeyId).trimmed().isEmpty() &&
           !config.configFileSetting(profile, kSecret).trimmed().isEmpty();
}

bool isKeyProvider(const CredentialPrecedence::Provider& provider)
{
    return provider.kind == CredentialSource::SharedCredentialsFile || provider.kind == CredentialSource::ConfigFile;
}
} // namespace

bool CredentialPrecedence::hasStaticKeys(const QHash<QString, QString>& settings)
{
    return !settings.value(QStringLiteral("aws_access_key_id")).trimmed().isEmpty() &&
           !settings.value(QStringLiteral("aws_secret_access_key")).trimmed().isEmpty();
}

const QList<CredentialPrecedence::Provider>& CredentialPrecedence::providers()
{
    static const QList<Provider> table{
        {CredentialSource::AssumeRole, &assumeRole, {QStringLiteral("role_arn")}},
        {CredentialSource::Sso,
         &sso,
         {QStringLiteral("sso_session"), QStringLiteral("sso_start_url"), QStringLiteral("sso_account_id")}},
        {CredentialSource::SharedCredentialsFile,
         &credentialsFileKeys,
         {QStringLiteral("aws_access_key_id"), QStringLiteral("aws_secret_access_key")}},
        {CredentialSource::Process, &process, {QStringLiteral("credential_process")}},
        {CredentialSource::ConfigFile,
         &configFileKeys,
         {QStringLiteral("aws_access_key_id"), QStringLiteral("aws_secret_access_key")}},
    };
    return table;
}

CredentialPrecedence::Provider
CredentialPrecedence::providerFor(const AwsSharedConfig& config, const QString& profile, bool asSource)
{
    if (asSource) {
        for (const Provider& provider : providers()) {
            if (isKeyProvider(provider) && provider.applies(config, profile)) {
                return provider;
            }
        }
    }
    for (const Provider& provider : providers()) {
        if (provider.applies(config, profile)) {
            return provider;
        }
    }
    return {};
}

QString CredentialPrecedence::location(const AwsSharedConfig& config, const QString& profile, const Provider& provider)
{
    if (provider.kind == CredentialSource::SharedCredentialsFile) {
        return config.credentialsPath();
    }
    if (provider.kind == CredentialSource::ConfigFile) {
        return config.configPath();
    }
    // A profile without credentials is where its section is.
    const bool inCredentialsFile =
        provider.kind == CredentialSource::None
            ? !config.inConfigFile(profile)
            : std::any_of(provider.keys.begin(), provider.keys.end(),
                          [&](const QString& key) { return config.credentialsFileHas(profile, key); });
    return inCredentialsFile ? config.credentialsPath() : config.configPath();
}
