#include "inspect/IdentityCheck.h"

#include "aws/CredentialResolver.h"
#include "aws/EndpointResolver.h"
#include "aws/StsCall.h"
#include "inspect/InspectionEngine.h"

IdentityCheck::IdentityCheck(InspectionEngine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{}

IdentityCheck::~IdentityCheck()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        delete m_call;
    }
}

void IdentityCheck::start(const QString& region)
{
    m_engine->resolveCredentials(this,
                                 [this, region](const ResolvedCredentials& credentials, const CredentialError& error) {
                                     m_credentials = credentials;
                                     m_credentialError = error;
                                     if (error.isError()) {
                                         finish();
                                         return;
                                     }
                                     ask(region);
                                 });
}

void IdentityCheck::ask(const QString& region)
{
    CredentialResolver* resolver = m_engine->resolver();
    const QString profile = m_credentials.profile;
    const QString profileEndpoint =
        profile.isEmpty() ? QString() : resolver->sharedConfig().endpointUrl(profile, QStringLiteral("sts"));
    const QString where = region.isEmpty() ? m_credentials.region : region;
    // The region and endpoint are checked before anything is sent: a bad
    // region would end up in the host name and the signing scope.
    const AwsEndpoint endpoint =
        EndpointResolver::resolve(EndpointResolver::sts(), where.isEmpty() ? QStringLiteral("us-east-1") : where,
                                  QString(), resolver->environment(), profileEndpoint);
    if (!endpoint.isValid()) {
        m_endpointError = endpoint.error;
        m_endpointSource = endpoint.source;
        finish();
        return;
    }
    auto* call = new StsCall(QStringLiteral("GetCallerIdentity"), {}, this);
    m_call = call;
    m_url = endpoint.url;
    m_engine->watchClock(QString(), call);
    connect(call, &AwsHttpCall::finished, this, &IdentityCheck::onAnswer);
    call->start(m_engine->transport(), endpoint, m_credentials.credentials, m_engine->settings().http);
}

void IdentityCheck::onAnswer()
{
    StsCall* call = m_call;
    m_call = nullptr;
    call->deleteLater();
    m_url = call->url();
    if (call->error().isError()) {
        m_error = call->error();
        finish();
        return;
    }
    m_account = call->value(QStringLiteral("Account"));
    m_arn = call->value(QStringLiteral("Arn"));
    m_userId = call->value(QStringLiteral("UserId"));
    if (m_engine) {
        m_engine->rememberAccount(m_engine->settings().profile, m_account);
    }
    finish();
}

void IdentityCheck::finish()
{
    m_finished = true;
    emit finished();
}
