#include "inspect/ConfigurationLister.h"

#include "aws/AwsHttpCall.h"
#include "aws/CredentialResolver.h"
#include "inspect/InspectionEngine.h"
#include "ivs/IvsClient.h"
#include "ivs/IvsPager.h"
#include "ivs/IvsService.h"

ConfigurationLister::ConfigurationLister(InspectionEngine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{}

ConfigurationLister::~ConfigurationLister()
{
    for (const QPointer<IvsPager>& pager : std::as_const(m_pagers)) {
        if (pager) {
            pager->disconnect(this);
            pager->cancel();
        }
    }
}

void ConfigurationLister::start(const QStringList& regions)
{
    if (m_started) {
        return;
    }
    m_started = true;
    for (const QString& region : regions) {
        RegionListing listing;
        listing.region = region;
        m_results.append(listing);
    }
    m_engine->resolveCredentials(this, [this](const ResolvedCredentials& credentials, const CredentialError& error) {
        if (m_finished) {
            return; // cancelled while the credentials were on their way
        }
        if (error.isError()) {
            m_credentialError = error;
            m_finished = true;
            emit finished();
            return;
        }
        begin(credentials);
    });
}

void ConfigurationLister::begin(const ResolvedCredentials& credentials)
{
    m_resolved = true;
    m_credentials = credentials;
    // The quota is the account's; when the credentials do not say which
    // account they belong to, their access key stands in for it (two keys of
    // one account then count apart, which errs on the fast side only when
    // both list at once).
    m_account = m_engine->accountOf(credentials);
    if (m_account.isEmpty()) {
        m_account = credentials.credentials.accessKeyId;
    }
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results[i].region.isEmpty()) {
            m_results[i].region = credentials.region;
        }
        listRegion(i);
    }
    checkFinished();
}

void ConfigurationLister::listRegion(int index)
{
    RegionListing& listing = m_results[index];
    const InspectionSettings& settings = m_engine->settings();
    if (listing.region.isEmpty()) {
        listing.problem = tr("You must specify a region. You can also configure your region by running "
                             "\"aws configure\".");
        listing.finished = true;
        return;
    }
    const AwsEndpoint endpoint = IvsService::endpoint(listing.region, settings.endpointUrl,
                                                      m_engine->resolver()->environment(), m_credentials.endpointUrl);
    if (!endpoint.error.isEmpty()) {
        listing.problem = endpoint.error;
        listing.finished = true;
        return;
    }
    IvsClientConfig config;
    config.endpoint = endpoint;
    config.credentials = m_credentials.credentials;
    config.http = settings.http;
    config.accountId = m_account;
    const QString host = endpoint.url.host();
    if (settings.allowHttpEndpoint && !config.http.allowedHttpHosts.contains(host, Qt::CaseInsensitive)) {
        config.http.allowedHttpHosts.append(host);
    }
    auto* client = new IvsClient(m_engine->transport(), m_engine->scheduler(), this);
    client->setConfig(config);
    QJsonObject input;
    if (!m_query.filterByStageArn.isEmpty()) {
        input.insert(QStringLiteral("filterByStageArn"), m_query.filterByStageArn);
    }
    if (!m_query.filterByState.isEmpty()) {
        input.insert(QStringLiteral("filterByState"), m_query.filterByState);
    }
    IvsPager* pager =
        client->list(QStringLiteral("ListIngestConfigurations"), input, QStringLiteral("ingestConfigurations"));
    pager->setMaxItems(m_query.maxItems);
    pager->setPageSize(m_query.pageSize);
    pager->setStartingToken(m_query.startingToken);
    pager->setStartingOffset(m_query.startingOffset);
    m_pagers.append(pager);
    const QString region = listing.region;
    connect(pager, &IvsPager::pageArrived, this,
            [this, region](const QJsonArray& items) { emit pageArrived(region, items); });
    connect(pager, &IvsPager::waitingForQuota, this, [this, region] { emit waitingForQuota(region); });
    connect(pager, &IvsPager::retrying, this,
            [this, region](int attempt, int maxAttempts, int delayMs, const QString& reason) {
                emit retrying(region, attempt, maxAttempts, delayMs, reason);
            });
    connect(pager, &IvsPager::finished, this, [this, index, pager] { onRegionDone(index, pager); });
    listing.url = endpoint.url;
    pager->start();
}

void ConfigurationLister::onRegionDone(int index, IvsPager* pager)
{
    RegionListing& listing = m_results[index];
    listing.items = pager->items();
    listing.pages = pager->pages();
    listing.error = pager->error();
    listing.nextToken = pager->nextToken();
    listing.stoppedInPage = pager->stoppedInPage();
    listing.pageToken = pager->pageToken();
    listing.resumeOffset = pager->resumeOffset();
    listing.finished = true;
    listing.finishedAt = QDateTime::currentDateTimeUtc();
    pager->deleteLater();
    emit regionFinished(listing.region);
    checkFinished();
}

void ConfigurationLister::checkFinished()
{
    if (m_finished) {
        return;
    }
    for (const RegionListing& listing : std::as_const(m_results)) {
        if (!listing.finished) {
            return;
        }
    }
    m_finished = true;
    emit finished();
}

void ConfigurationLister::cancel()
{
    if (m_finished) {
        return;
    }
    if (!m_resolved) {
        // Credentials can take long (SSO, a credential process): a cancel
        // then ends the listing at once, with nothing sent.
        cancelUnsent();
        return;
    }
    for (const QPointer<IvsPager>& pager : std::as_const(m_pagers)) {
        if (pager) {
            pager->cancel();
        }
    }
}

void ConfigurationLister::cancelUnsent()
{
    for (RegionListing& listing : m_results) {
        listing.error = AwsError::cancelled();
        listing.finished = true;
        listing.finishedAt = QDateTime::currentDateTimeUtc();
    }
    checkFinished();
}

QJsonArray ConfigurationLister::allItems() const
{
    QJsonArray all;
    for (const RegionListing& listing : m_results) {
        for (const QJsonValue& item : listing.items) {
            all.append(item);
        }
    }
    return all;
}

int ConfigurationLister::failedRegions() const
{
    int failed = 0;
    for (const RegionListing& listing : m_results) {
        failed += listing.finished && !listing.ok() ? 1 : 0;
    }
    return failed;
}
