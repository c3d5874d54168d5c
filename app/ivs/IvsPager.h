#pragma once

#include "aws/AwsError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

class IvsCall;
class IvsClient;

// Walks the pages of a list operation (ListIngestConfigurations,
// ListParticipants, ListParticipantEvents, …): each page is a call through
// the client, so every page waits its turn in the request quota. Paging
// always ends: a nextToken seen before (a service that loops) stops it with
// an error, and so does going past maxPages. With maxItems it stops early and
// keeps the token to go on from.
class IvsPager : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxPages = 1000;

    IvsPager(IvsClient* client,
             const QString& operation,
             const QJsonObject& input,
             const QString& itemsKey,
             QObject* parent = nullptr);

    void setMaxPages(int pages);
    // Stop once this many items arrived (0: all).
    void setMaxItems(int items);
    // maxResults of each request (0: the service's default).
    void setPageSize(int size);
    void setStartingToken(const QString& token);
    // Items at the start of the first page that an earlier listing already
    // returned (it stopped in the middle of that page).
    void setStartingOffset(int items);

    void start();
    void cancel();

    QString operation() const
    {
        return m_operation;
    }
    const QJsonArray& items() const
    {
        return m_items;
    }
    int pages() const
    {
        return m_pages;
    }
    // The service's token for the next page when paging stopped early
    // (maxItems), empty when every page was read.
    QString nextToken() const
    {
        return m_nextToken;
    }
    // Items of the last page that were not taken because of maxItems.
    int itemsLeftInLastPage() const
    {
        return m_leftInPage;
    }
    // When maxItems stopped in the middle of a page: the token that page was
    // asked for with (empty for the first page of a listing) and how many of
    // its items were taken, counting any starting offset, so a listing can
    // go on from the next one.
    bool stoppedInPage() const
    {
        return m_leftInPage > 0;
    }
    QString pageToken() const
    {
        return m_pageToken;
    }
    int resumeOffset() const
    {
        return m_resumeOffset;
    }
    const AwsError& error() const
    {
        return m_error;
    }
    bool isFinished() const
    {
        return m_finished;
    }

signals:
    void pageArrived(const QJsonArray& items);
    void waitingForQuota();
    void retrying(int attempt, int maxAttempts, int delayMs, const QString& reason);
    void finished();

private:
    QPointer<IvsClient> m_client;
    QString m_operation;
    QJsonObject m_input;
    QString m_itemsKey;
    int m_maxPages = DefaultMaxPages;
    int m_maxItems = 0;
    int m_pageSize = 0;
    QString m_token;
    QSet<QString> m_seenTokens;
    QJsonArray m_items;
    int m_pages = 0;
    int m_leftInPage = 0;
    int m_startingOffset = 0;
    int m_resumeOffset = 0;
    QString m_pageToken;
    QString m_nextToken;
    AwsError m_error;
    QPointer<IvsCall> m_call;
    bool m_finished = false;

    void requestPage();
    void onPage(IvsCall* call);
    void append(const QJsonArray& page);
    void takeLastPage(QJsonArray page, int skipped, const QString& next);
    AwsError pagingProblem(const QString& next) const;
    void stop(const AwsError& error = AwsError());
};
