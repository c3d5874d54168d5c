#include "ivs/IvsPager.h"

#include "ivs/IvsCall.h"
#include "ivs/IvsClient.h"

IvsPager::IvsPager(
    IvsClient* client, const QString& operation, const QJsonObject& input, const QString& itemsKey, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_operation(operation)
    , m_input(input)
    , m_itemsKey(itemsKey)
{}

void IvsPager::setMaxPages(int pages)
{
    m_maxPages = qMax(1, pages);
}

void IvsPager::setMaxItems(int items)
{
    m_maxItems = qMax(0, items);
}

void IvsPager::setPageSize(int size)
{
    m_pageSize = qMax(0, size);
}

void IvsPager::setStartingToken(const QString& token)
{
    m_token = token;
}

void IvsPager::setStartingOffset(int items)
{
    m_startingOffset = qMax(0, items);
}

void IvsPager::start()
{
    requestPage();
}

void IvsPager::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_call) {
        m_call->cancel(); // reports through onPage
        return;
    }
    stop(AwsError::cancelled());
}

void IvsPager::requestPage()
{
    if (!m_client) {
        stop(AwsError::cancelled());
        return;
    }
    QJsonObject input = m_input;
    if (m_pageSize > 0) {
        input.insert(QStringLiteral("maxResults"), m_pageSize);
    }
    if (!m_token.isEmpty()) {
        input.insert(QStringLiteral("nextToken"), m_token);
    }
    IvsCall* call = m_client->call(m_operation, input);
    m_call = call;
    connect(call, &IvsCall::waitingForQuota, this, &IvsPager::waitingForQuota);
    connect(call, &AwsHttpCall::retrying, this, &IvsPager::retrying);
    connect(call, &AwsHttpCall::finished, this, [this, call] {
        call->deleteLater();
        onPage(call);
    });
    // The scheduler says "wait" while the call is being made, before anyone
    // could connect to it: pass it on now.
    if (call->isWaitingForQuota()) {
        emit waitingForQuota();
    }
}

void IvsPager::onPage(IvsCall* call)
{
    m_call = nullptr;
    if (call->error().isError()) {
        stop(call->error());
        return;
    }
    ++m_pages;
    QJsonArray page = call->response().value(m_itemsKey).toArray();
    const QString next = call->response().value(QStringLiteral("nextToken")).toString();
    // What an earlier listing already returned of the first page.
    const int skipped = m_pages == 1 ? int(qMin<qsizetype>(m_startingOffset, page.size())) : 0;
    for (int i = 0; i < skipped; ++i) {
        page.removeFirst();
    }
    if (m_maxItems > 0 && m_items.size() + page.size() >= m_maxItems) {
        takeLastPage(page, skipped, next);
        return;
    }
    append(page);
    if (next.isEmpty()) {
        stop();
        return;
    }
    const AwsError endless = pagingProblem(next);
    if (endless.isError()) {
        stop(endless);
        return;
    }
    m_seenTokens.insert(m_token);
    m_token = next;
    requestPage();
}

void IvsPager::append(const QJsonArray& page)
{
    for (const QJsonValue& item : page) {
        m_items.append(item);
    }
    emit pageArrived(page);
}

// --max-items ends in this page: take what is wanted, and remember where to
// go on from (this page again, the caller skipping what was taken, or the
// next one when the page was used up).
void IvsPager::takeLastPage(QJsonArray page, int skipped, const QString& next)
{
    const int take = m_maxItems - int(m_items.size());
    m_leftInPage = int(page.size()) - take;
    m_pageToken = m_token;
    m_resumeOffset = take + skipped;
    while (page.size() > take) {
        page.removeLast();
    }
    append(page);
    m_nextToken = m_leftInPage > 0 ? m_token : next;
    if (m_leftInPage == 0 && next.isEmpty()) {
        m_nextToken.clear();
    }
    stop();
}

// A token seen before would page forever; past the page limit, a listing is
// too big to be useful. Either ends the listing with what was read.
AwsError IvsPager::pagingProblem(const QString& next) const
{
    AwsError error;
    if (m_seenTokens.contains(next) || next == m_token) {
        error.category = AwsError::Category::MalformedReply;
        error.message = tr("%1 returned a nextToken it had already returned (after page %2), so paging would never "
                           "end; stopped with the %3 items read so far.")
                            .arg(m_operation)
                            .arg(m_pages)
                            .arg(m_items.size());
    } else if (m_pages >= m_maxPages) {
        error.category = AwsError::Category::TooLarge;
        error.message = tr("%1 had still more after %2 pages (%3 items), the most this app reads in one listing; "
                           "stopped there. Narrow the listing with a filter.")
                            .arg(m_operation)
                            .arg(m_pages)
                            .arg(m_items.size());
    }
    return error;
}

void IvsPager::stop(const AwsError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    emit finished();
}
