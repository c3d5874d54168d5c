#pragma once

#include "aws/CredentialError.h"
#include "aws/ResolvedCredentials.h"
#include "inspect/RegionListing.h"

#include <QObject>
#include <QPointer>

class InspectionEngine;
class IvsClient;
class IvsPager;

// Lists the ingest configurations of an account in one region or in many at
// once (ListIngestConfigurations, every page): one credential lookup, then a
// pager per region, all running side by side. Each page waits its turn in the
// engine's request scheduler under its own account/region key, so every
// region has its own quota and none waits for another. A region that fails
// (not opted in, no permission, unreachable) says so in its RegionListing
// while the others go on.
class ConfigurationLister : public QObject
{
    Q_OBJECT

public:
    struct Query
    {
        QString filterByStageArn; // the service's filters: at most one
        QString filterByState;
        int maxItems = 0; // 0: all
        int pageSize = 0; // maxResults; 0: the service's default
        QString startingToken;
        int startingOffset = 0;
    };

    explicit ConfigurationLister(InspectionEngine* engine, QObject* parent = nullptr);
    ~ConfigurationLister() override;

    void setQuery(const Query& query)
    {
        m_query = query;
    }
    const Query& query() const
    {
        return m_query;
    }
    // An empty region stands for the credentials' own (AWS_REGION,
    // AWS_DEFAULT_REGION, the profile's). Results keep this order.
    void start(const QStringList& regions);
    void cancel();

    bool isFinished() const
    {
        return m_finished;
    }
    const CredentialError& credentialError() const
    {
        return m_credentialError;
    }
    const ResolvedCredentials& credentials() const
    {
        return m_credentials;
    }
    // The account the requests counted against (the quota key), when known.
    QString account() const
    {
        return m_account;
    }
    const QList<RegionListing>& results() const
    {
        return m_results;
    }
    // Every region's items, in region order.
    QJsonArray allItems() const;
    int failedRegions() const;

signals:
    void pageArrived(const QString& region, const QJsonArray& items);
    void waitingForQuota(const QString& region);
    void retrying(const QString& region, int attempt, int maxAttempts, int delayMs, const QString& reason);
    void regionFinished(const QString& region);
    void finished();

private:
    InspectionEngine* m_engine;
    Query m_query;
    QList<RegionListing> m_results;
    QList<QPointer<IvsPager>> m_pagers;
    ResolvedCredentials m_credentials;
    CredentialError m_credentialError;
    QString m_account;
    bool m_started = false;
    bool m_resolved = false; // the credentials are in
    bool m_finished = false;

    void begin(const ResolvedCredentials& credentials);
    void listRegion(int index);
    void onRegionDone(int index, IvsPager* pager);
    void checkFinished();
    void cancelUnsent();
};
