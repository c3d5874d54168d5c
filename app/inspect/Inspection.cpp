#include "inspect/Inspection.h"

#include "aws/AwsHttpCall.h"
#include "core/TerminalText.h"
#include "inspect/InspectionEngine.h"
#include "ivs/GetIngestConfigurationCall.h"
#include "ivs/GoLiveInspection.h"
#include "ivs/IvsClient.h"
#include "ivs/IvsService.h"

Inspection::Inspection(const IngestConfigurationArn& arn, InspectionEngine* engine)
    : QObject(engine)
    , m_arn(arn)
    , m_engine(engine)
{
    m_progress.startedAt = QDateTime::currentDateTimeUtc();
}

Inspection::~Inspection()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    if (m_goLive) {
        m_goLive->disconnect(this);
        m_goLive->cancel();
    }
}

void Inspection::setPhase(InspectionProgress::Phase phase)
{
    m_progress.phase = phase;
    emit progressChanged(m_progress);
}

void Inspection::begin(const ResolvedCredentials& credentials,
                       const QProcessEnvironment& env,
                       const InspectionSettings& settings)
{
    if (m_finished) {
        return;
    }
    m_credentials = credentials;
    m_settings = settings;
    if (!prepareClient(env)) {
        return;
    }
    request();
}

bool Inspection::prepareClient(const QProcessEnvironment& env)
{
    const QString region = m_settings.region.isEmpty() ? m_arn.region() : m_settings.region;
    const AwsEndpoint endpoint = IvsService::endpoint(region, m_settings.endpointUrl, env, m_credentials.endpointUrl);
    if (!endpoint.error.isEmpty()) {
        InspectionFailure failure;
        failure.kind = InspectionFailure::Kind::Endpoint;
        failure.message = endpoint.error;
        failure.endpointSource = endpoint.source;
        failure.credentials = m_credentials;
        fail(failure);
        return false;
    }
    warnAbout(endpoint);
    IvsClientConfig config;
    config.endpoint = endpoint;
    config.credentials = m_credentials.credentials;
    config.http = m_settings.http;
    config.accountId = m_arn.accountId();
    const QString host = endpoint.url.host();
    if (m_settings.allowHttpEndpoint && !config.http.allowedHttpHosts.contains(host, Qt::CaseInsensitive)) {
        config.http.allowedHttpHosts.append(host);
    }
    m_client = new IvsClient(m_engine->transport(), m_engine->scheduler(), this);
    m_client->setConfig(config);
    m_progress.host = host;
    return true;
}

void Inspection::warnAbout(const AwsEndpoint& endpoint)
{
    using Kind = InspectionWarning::Kind;
    const QString region = endpoint.region;
    if (region != m_arn.region()) {
        m_engine->warn(m_arn.toString(), Kind::RegionMismatch,
                       tr("the ARN is in %1 but the request goes to %2, where this ingest configuration does not "
                          "exist.")
                           .arg(m_arn.region(), TerminalText::sanitize(region)));
    }
    for (const QString& text : endpoint.warnings) {
        m_engine->warn(m_arn.toString(), Kind::UnknownRegion, text);
    }
    const QString account = m_engine->accountOf(m_credentials);
    if (!account.isEmpty() && account != m_arn.accountId()) {
        m_engine->warn(m_arn.toString(), Kind::AccountMismatch,
                       tr("these credentials belong to account %1, but the ARN is in account %2; IVS will most likely "
                          "answer AccessDeniedException.")
                           .arg(account, m_arn.accountId()));
    }
    const QString host = endpoint.url.host();
    const bool allowed = m_settings.allowHttpEndpoint || m_settings.http.allowPlainHttp ||
                         m_settings.http.allowedHttpHosts.contains(host, Qt::CaseInsensitive);
    if (endpoint.url.scheme() == QLatin1String("http") && !AwsHttpCall::isLoopbackHost(host) && allowed) {
        m_engine->warn(m_arn.toString(), Kind::PlainHttp,
                       tr("sending signed requests over plain http:// to %1, as allowed; anyone on the network can "
                          "read them.")
                           .arg(host));
    }
}

void Inspection::request()
{
    GetIngestConfigurationCall* call = m_client->getIngestConfiguration(m_arn);
    m_call = call;
    connect(call, &IvsCall::waitingForQuota, this, [this] { setPhase(InspectionProgress::Phase::WaitingForQuota); });
    connect(call, &AwsHttpCall::attemptStarted, this, [this](int attempt, int maxAttempts) {
        m_progress.attempt = attempt;
        m_progress.maxAttempts = maxAttempts;
        setPhase(InspectionProgress::Phase::Sending);
    });
    connect(call, &AwsHttpCall::retrying, this,
            [this](int attempt, int maxAttempts, int delayMs, const QString& reason) {
                m_progress.attempt = attempt;
                m_progress.maxAttempts = maxAttempts;
                m_progress.delayMs = delayMs;
                m_progress.reason = reason;
                setPhase(InspectionProgress::Phase::Retrying);
            });
    m_engine->watchClock(m_arn.toString(), call);
    connect(call, &AwsHttpCall::finished, this, &Inspection::onConfiguration);
    if (!call->isWaitingForQuota()) {
        setPhase(InspectionProgress::Phase::Sending);
    }
}

void Inspection::onConfiguration()
{
    GetIngestConfigurationCall* call = m_call;
    if (!call || m_finished) {
        return;
    }
    call->deleteLater();
    m_call = nullptr;
    if (call->error().isError()) {
        InspectionFailure failure;
        failure.kind = InspectionFailure::Kind::Request;
        failure.error = call->error();
        failure.operation = call->operation();
        failure.url = call->url();
        failure.credentials = m_credentials;
        fail(failure);
        return;
    }
    m_configuration = *call->result();
    emit configurationReady(*m_configuration);
    if (!m_settings.readiness) {
        finish();
        return;
    }
    startReadiness();
}

void Inspection::startReadiness()
{
    auto* goLive = new GoLiveInspection(m_client, *m_configuration, m_engine->stageCache(), this);
    m_goLive = goLive;
    connect(goLive, &GoLiveInspection::finished, this, [this, goLive] {
        goLive->deleteLater();
        m_goLive = nullptr;
        m_report = goLive->report();
        emit reportReady(*m_report);
        finish();
    });
    setPhase(InspectionProgress::Phase::Readiness);
    goLive->start();
}

void Inspection::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_goLive) {
        // The configuration is in: what was gathered so far is the report.
        m_goLive->cancel();
        return;
    }
    if (m_call) {
        m_call->cancel(); // reports through onConfiguration
        return;
    }
    InspectionFailure failure;
    failure.kind = InspectionFailure::Kind::Request;
    failure.error = AwsError::cancelled();
    fail(failure);
}

void Inspection::fail(const InspectionFailure& failure)
{
    if (m_finished) {
        return;
    }
    m_failure = failure;
    emit failed(failure);
    finish();
}

void Inspection::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    setPhase(InspectionProgress::Phase::Done);
    emit finished();
}
