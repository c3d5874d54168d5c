#include "aws/SsoCredentialProvider.h"

#include "aws/CredentialResolver.h"
#include "aws/EndpointResolver.h"
#include "aws/SsoRoleCredentialsCall.h"
#include "aws/SsoTokenCache.h"
#include "core/TerminalText.h"

namespace
{
QString keyOf(const QHash<QString, QString>& profile, const char* key)
{
    return profile.value(QLatin1String(key)).trimmed();
}
} // namespace

SsoCredentialProvider::SsoCredentialProvider(CredentialResolver* chain)
    : QObject(chain)
    , m_chain(chain)
{}

void SsoCredentialProvider::resolve(const QString& name, const QHash<QString, QString>& profile, Done done)
{
    const QString shownName = TerminalText::sanitize(name);
    const QString sessionName = keyOf(profile, "sso_session");
    const QHash<QString, QString> session =
        sessionName.isEmpty() ? profile : m_chain->sharedConfig().ssoSession(sessionName);
    const QString startUrl = keyOf(session, "sso_start_url");
    const QString ssoRegion = keyOf(session, "sso_region");
    const QString accountId = keyOf(profile, "sso_account_id");
    const QString roleName = keyOf(profile, "sso_role_name");
    const auto fail = [this, done](CredentialError::Kind kind, const QString& message) {
        m_chain->answerLater(done, {}, {kind, message});
    };
    if (!sessionName.isEmpty() && session.isEmpty()) {
        fail(CredentialError::Configuration,
             tr("Profile %1 names sso_session %2, but the config file has no [sso-session %2] section.")
                 .arg(shownName, TerminalText::sanitize(sessionName)));
        return;
    }
    if (startUrl.isEmpty() || ssoRegion.isEmpty() || accountId.isEmpty() || roleName.isEmpty()) {
        fail(CredentialError::Configuration,
             tr("Profile %1 is an SSO profile but lacks one of sso_start_url, sso_region, sso_account_id and "
                "sso_role_name.")
                 .arg(shownName));
        return;
    }
    const QString loginHint = tr("Run \"aws sso login --profile %1\", then try again.").arg(shownName);
    QString problem;
    const auto token = SsoTokenCache::read(m_chain->home(), sessionName.isEmpty() ? startUrl : sessionName, &problem);
    if (!token) {
        fail(CredentialError::SsoLogin, tr("Profile %1 has no SSO login: %2. %3").arg(shownName, problem, loginHint));
        return;
    }
    if (token->expiresAt <= QDateTime::currentDateTimeUtc()) {
        fail(CredentialError::SsoLogin,
             tr("The SSO session of profile %1 expired at %2. %3")
                 .arg(shownName, token->expiresAt.toLocalTime().toString(Qt::ISODate), loginHint));
        return;
    }

    const AwsEndpoint endpoint = EndpointResolver::resolve(EndpointResolver::ssoPortal(), ssoRegion, QString(),
                                                           m_chain->environment(), QString());
    if (!endpoint.isValid()) {
        fail(CredentialError::Configuration, endpoint.error);
        return;
    }
    auto* call = new SsoRoleCredentialsCall(this);
    connect(call, &AwsHttpCall::finished, this, [this, call, name, shownName, accountId, loginHint, done] {
        call->deleteLater();
        if (call->error().isError()) {
            const bool expired = call->error().category == AwsError::Category::Authentication;
            const QString message = TerminalText::sanitize(call->error().message);
            done({},
                 {expired ? CredentialError::SsoLogin : CredentialError::Sts,
                  expired
                      ? tr("The SSO portal refused the login of profile %1 (%2). %3").arg(shownName, message, loginHint)
                      : tr("IAM Identity Center could not give credentials for profile %1: %2")
                            .arg(shownName, message)});
            return;
        }
        ResolvedCredentials resolved;
        resolved.credentials = call->credentials();
        resolved.expiration = call->expiration();
        resolved.accountId = accountId;
        resolved.source = CredentialSource::Sso;
        done(m_chain->finished(name, resolved), {});
    });
    call->start(m_chain->m_transport, endpoint.url, token->accessToken, accountId, roleName, m_chain->m_http);
}
