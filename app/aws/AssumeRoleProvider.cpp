#include "aws/AssumeRoleProvider.h"

#include "aws/CredentialPrecedence.h"
#include "aws/CredentialResolver.h"
#include "aws/EndpointResolver.h"
#include "aws/StsCall.h"
#include "core/TerminalText.h"

namespace
{
QString keyOf(const QHash<QString, QString>& profile, const char* key)
{
    return profile.value(QLatin1String(key)).trimmed();
}

// The account in arn:aws:sts::123456789012:assumed-role/…
QString accountFromArn(const QString& arn)
{
    const QStringList parts = arn.split(u':');
    return parts.size() > 4 ? parts.at(4) : QString();
}
} // namespace

AssumeRoleProvider::AssumeRoleProvider(CredentialResolver* chain)
    : QObject(chain)
    , m_chain(chain)
{}

void AssumeRoleProvider::resolve(const QString& name,
                                 const QHash<QString, QString>& profile,
                                 QSet<QString> chain,
                                 Done done)
{
    const QString shownName = TerminalText::sanitize(name);
    const QString sourceProfile = keyOf(profile, "source_profile");
    const QString credentialSource = keyOf(profile, "credential_source");
    const auto fail = [this, done](CredentialError::Kind kind, const QString& message) {
        m_chain->answerLater(done, {}, {kind, message});
    };
    if (!sourceProfile.isEmpty() && !credentialSource.isEmpty()) {
        fail(CredentialError::Configuration,
             tr("Profile %1 has both source_profile and credential_source; keep only one.").arg(shownName));
        return;
    }
    if (sourceProfile.isEmpty() && credentialSource.isEmpty()) {
        fail(CredentialError::Configuration,
             tr("Profile %1 has role_arn but neither source_profile nor credential_source.").arg(shownName));
        return;
    }
    const auto withSource = [this, name, profile, done](const ResolvedCredentials& source,
                                                        const CredentialError& error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        this->withSource(name, profile, source, done);
    };
    if (!credentialSource.isEmpty()) {
        if (credentialSource != QLatin1String("Environment")) {
            fail(CredentialError::Configuration,
                 tr("Profile %1 uses credential_source = %2, which only works on AWS compute; ivs-inspector supports "
                    "Environment or a source_profile.")
                     .arg(shownName, TerminalText::sanitize(credentialSource)));
            return;
        }
        const auto fromEnvironment = m_chain->environmentCredentials();
        if (!fromEnvironment) {
            fail(CredentialError::NoCredentials,
                 tr("Profile %1 takes its source credentials from the environment, but AWS_ACCESS_KEY_ID and "
                    "AWS_SECRET_ACCESS_KEY are not set.")
                     .arg(shownName));
            return;
        }
        m_chain->answerLater(withSource, *fromEnvironment, {});
        return;
    }
    // A profile may name itself as its source when it has its own keys.
    const CredentialPrecedence::Provider own = CredentialPrecedence::providerFor(m_chain->sharedConfig(), name, true);
    const bool selfWithKeys = sourceProfile == name && (own.kind == CredentialSource::SharedCredentialsFile ||
                                                        own.kind == CredentialSource::ConfigFile);
    if (chain.contains(sourceProfile) && !selfWithKeys) {
        QStringList cycle = chain.values();
        cycle.sort();
        for (QString& member : cycle) {
            member = TerminalText::sanitize(member);
        }
        fail(CredentialError::Configuration,
             tr("The source_profile settings form a loop (%1); a chain of roles must end in a profile with keys, SSO "
                "or credential_process.")
                 .arg(cycle.join(QStringLiteral(", "))));
        return;
    }
    if (selfWithKeys) {
        m_chain->answerLater(withSource, *m_chain->staticCredentials(name, own.kind), {});
        return;
    }
    m_chain->resolveProfile(sourceProfile, chain, true, withSource);
}

void AssumeRoleProvider::withSource(const QString& name,
                                    const QHash<QString, QString>& profile,
                                    const ResolvedCredentials& source,
                                    Done done)
{
    const QString serial = keyOf(profile, "mfa_serial");
    if (serial.isEmpty()) {
        callAssumeRole(name, profile, source, QString(), done);
        return;
    }
    if (!m_chain->m_mfaPrompt) {
        done({}, {CredentialError::Configuration,
                  tr("Profile %1 needs an MFA code (mfa_serial), but there is no way to ask for one here.")
                      .arg(TerminalText::sanitize(name))});
        return;
    }
    m_chain->m_mfaPrompt(name, serial, [this, name, profile, source, done](std::optional<QString> code) {
        if (!code || code->trimmed().isEmpty()) {
            done({}, {CredentialError::Cancelled,
                      tr("No MFA code was entered for profile %1.").arg(TerminalText::sanitize(name))});
            return;
        }
        callAssumeRole(name, profile, source, code->trimmed(), done);
    });
}

void AssumeRoleProvider::callAssumeRole(const QString& name,
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
    const QString region = m_chain->regionFor(name);
    AwsEndpoint endpoint = EndpointResolver::resolve(
        EndpointResolver::sts(), region.isEmpty() ? QStringLiteral("us-east-1") : region, QString(),
        m_chain->environment(), m_chain->sharedConfig().endpointUrl(name, QStringLiteral("sts")));
    if (region.isEmpty() && endpoint.source == QLatin1String("default")) {
        endpoint.url.setHost(QStringLiteral("sts.amazonaws.com"));
    }
    const QString shownName = TerminalText::sanitize(name);
    auto* call = new StsCall(QStringLiteral("AssumeRole"), parameters, this);
    connect(call, &AwsHttpCall::finished, this, [this, call, name, shownName, done] {
        call->deleteLater();
        if (call->error().isError()) {
            done({}, {CredentialError::Sts, tr("Profile %1 could not assume its role: %2 (%3)")
                                                .arg(shownName, TerminalText::sanitize(call->error().message),
                                                     TerminalText::escape(call->error().code))});
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
            done({}, {CredentialError::Sts,
                      tr("STS answered AssumeRole for profile %1 without credentials.").arg(shownName)});
            return;
        }
        done(m_chain->finished(name, resolved), {});
    });
    call->start(m_chain->m_transport, endpoint, source.credentials, m_chain->m_http);
}
