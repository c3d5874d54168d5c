#include "PagedIvsServer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace
{
QString idOf(int index)
{
    // 12 characters of the model's [a-zA-Z0-9-] pattern, sortable by index.
    return QStringLiteral("Cfg%1x").arg(index, 8, 10, QChar(u'0'));
}

QJsonObject generate(int index)
{
    // Varied like a real account: both protocols, configurations without a
    // stage, without a userId, redundant ones, and names beyond ASCII.
    QJsonObject config;
    QString name = QStringLiteral("encoder-%1").arg(index, 5, 10, QChar(u'0'));
    if (index % 7 == 3) {
        name = QStringLiteral("Kamera Süd %1 · カメラ").arg(index);
    }
    config.insert(QStringLiteral("name"), name);
    config.insert(QStringLiteral("arn"), PagedIvsServer::arnOf(index));
    config.insert(QStringLiteral("ingestProtocol"), index % 3 == 0 ? QStringLiteral("RTMP") : QStringLiteral("RTMPS"));
    config.insert(QStringLiteral("streamKey"),
                  QStringLiteral("rt_123456789012_us-east-1_%1_SeCrEtKeY%2").arg(idOf(index)).arg(index));
    config.insert(QStringLiteral("stageArn"),
                  index % 4 == 1 ? QString()
                                 : QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/Stage%1").arg(index % 20));
    config.insert(QStringLiteral("participantId"), QStringLiteral("p%1").arg(index, 11, 36, QChar(u'0')));
    config.insert(QStringLiteral("state"), index % 5 == 0 ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE"));
    if (index % 6 != 5) {
        config.insert(QStringLiteral("userId"), QStringLiteral("user-%1").arg(index % 250));
    }
    config.insert(QStringLiteral("redundantIngest"), index % 10 == 9);
    config.insert(QStringLiteral("attributes"),
                  QJsonObject{{QStringLiteral("site"), QStringLiteral("hall %1").arg(index % 9)}});
    config.insert(QStringLiteral("tags"), QJsonObject());
    return config;
}

QString tokenFor(int offset)
{
    // Opaque to clients, as the service's are.
    return QString::fromLatin1(QByteArray("page:" + QByteArray::number(offset) + ":v1").toBase64());
}

int offsetOf(const QString& token, bool* ok)
{
    const QByteArray text = QByteArray::fromBase64(token.toLatin1());
    const QList<QByteArray> parts = text.split(':');
    *ok = parts.size() == 3 && parts.at(0) == "page" && parts.at(2) == "v1";
    return *ok ? parts.at(1).toInt(ok) : 0;
}
} // namespace

PagedIvsServer::PagedIvsServer(int count, QObject* parent)
    : LoopbackHttpServer(parent)
{
    m_clock.start();
    m_configurations.reserve(count);
    for (int i = 0; i < count; ++i) {
        m_configurations.append(generate(i));
    }
}

QString PagedIvsServer::arnOf(int index, const QString& region)
{
    return QStringLiteral("arn:aws:ivs:%1:%2:ingest-configuration/%3")
        .arg(region, QLatin1String(AccountId), idOf(index));
}

void PagedIvsServer::setState(int index, const QString& state)
{
    m_configurations[index].insert(QStringLiteral("state"), state);
}

void PagedIvsServer::setStageArn(int index, const QString& stageArn)
{
    m_configurations[index].insert(QStringLiteral("stageArn"), stageArn);
}

QJsonObject PagedIvsServer::inRegion(QJsonObject configuration, const QString& region)
{
    const auto swap = [&region](QString text) {
        return text.replace(QLatin1String(":us-east-1:"), u':' + region + u':');
    };
    configuration.insert(QStringLiteral("arn"), swap(configuration.value(QStringLiteral("arn")).toString()));
    configuration.insert(QStringLiteral("stageArn"), swap(configuration.value(QStringLiteral("stageArn")).toString()));
    return configuration;
}

QJsonObject PagedIvsServer::summary(int index, const QString& region) const
{
    QJsonObject config = inRegion(m_configurations.at(index), region);
    for (const char* notInSummary : {"streamKey", "attributes", "tags"}) {
        config.remove(QLatin1String(notInSummary));
    }
    return config;
}

bool PagedIvsServer::admit(const QString& key, qint64 now)
{
    std::deque<qint64>& all = m_allArrivals[key];
    std::deque<qint64>& accepted = m_windows[key];
    while (!accepted.empty() && now - accepted.front() >= 1000) {
        accepted.pop_front();
    }
    if (m_rate > 0 && int(accepted.size()) >= m_rate) {
        ++m_throttled;
        return false;
    }
    accepted.push_back(now);
    ++m_accepted;
    all.push_back(now);
    while (!all.empty() && now - all.front() >= 1000) {
        all.pop_front();
    }
    m_mostInOneSecond = qMax(m_mostInOneSecond, int(all.size()));
    return true;
}

HttpReply PagedIvsServer::handle(const RecordedRequest& request, const SignatureVerifier::Result& auth)
{
    if (request.method == "GET" && request.target == "/__stats") {
        return stats();
    }
    if (auth.verdict != SignatureVerifier::Verdict::Valid) {
        return refuse(auth);
    }
    if (m_failingRegions.contains(auth.region)) {
        return awsJsonError(403, "Forbidden", QStringLiteral("UnrecognizedClientException"),
                            QStringLiteral("The security token included in the request is invalid."));
    }
    const QString operation = QString::fromLatin1(request.target.mid(1));
    if (!admit(auth.region + u'/' + operation, m_clock.elapsed())) {
        return awsJsonError(429, "Too Many Requests", QStringLiteral("ThrottlingException"),
                            QStringLiteral("Rate exceeded"));
    }
    const QJsonObject input = QJsonDocument::fromJson(request.body).object();
    if (operation == QLatin1String("ListIngestConfigurations")) {
        return list(input, auth.region);
    }
    if (operation == QLatin1String("GetIngestConfiguration")) {
        return get(input, auth.region);
    }
    return awsJsonError(404, "Not Found", QStringLiteral("UnknownOperationException"), QString());
}

HttpReply PagedIvsServer::list(const QJsonObject& input, const QString& region) const
{
    const QString stageFilter = input.value(QStringLiteral("filterByStageArn")).toString();
    const QString stateFilter = input.value(QStringLiteral("filterByState")).toString();
    if (!stageFilter.isEmpty() && !stateFilter.isEmpty()) {
        return awsJsonError(400, "Bad Request", QStringLiteral("ValidationException"),
                            QStringLiteral("Only one filter (by stage ARN or by state) can be used at a time."));
    }
    const int maxResults = input.value(QStringLiteral("maxResults")).toInt(50);
    if (maxResults < 1 || maxResults > 100) {
        return awsJsonError(400, "Bad Request", QStringLiteral("ValidationException"),
                            QStringLiteral("1 validation error detected: Value at 'maxResults' failed to satisfy "
                                           "constraint: Member must have value between 1 and 100"));
    }
    int offset = 0;
    if (input.contains(QStringLiteral("nextToken"))) {
        bool ok = false;
        offset = offsetOf(input.value(QStringLiteral("nextToken")).toString(), &ok);
        if (!ok) {
            return awsJsonError(400, "Bad Request", QStringLiteral("ValidationException"),
                                QStringLiteral("The pagination token is invalid."));
        }
    }
    // Filters apply before paging, as in the service: a page holds up to
    // maxResults matches.
    QJsonArray page;
    int matched = 0;
    bool more = false;
    for (int i = 0; i < m_configurations.size(); ++i) {
        const QJsonObject config = summary(i, region);
        if ((!stageFilter.isEmpty() && config.value(QStringLiteral("stageArn")).toString() != stageFilter) ||
            (!stateFilter.isEmpty() && config.value(QStringLiteral("state")).toString() != stateFilter)) {
            continue;
        }
        if (matched >= offset + maxResults) {
            more = true;
            break;
        }
        if (matched >= offset) {
            page.append(config);
        }
        ++matched;
    }
    QJsonObject reply{{QStringLiteral("ingestConfigurations"), page}};
    if (more) {
        reply.insert(QStringLiteral("nextToken"), tokenFor(offset + maxResults));
    }
    return HttpReply::json(200, "OK", QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

HttpReply PagedIvsServer::get(const QJsonObject& input, const QString& region) const
{
    const QString arn = input.value(QStringLiteral("arn")).toString();
    for (const QJsonObject& config : m_configurations) {
        const QJsonObject here = inRegion(config, region);
        if (here.value(QStringLiteral("arn")).toString() == arn) {
            return HttpReply::json(200, "OK",
                                   QJsonDocument(QJsonObject{{QStringLiteral("ingestConfiguration"), here}})
                                       .toJson(QJsonDocument::Compact));
        }
    }
    return awsJsonError(404, "Not Found", QStringLiteral("ResourceNotFoundException"),
                        QStringLiteral("IngestConfiguration not found: %1").arg(arn));
}

HttpReply PagedIvsServer::stats() const
{
    const QJsonObject stats{{QStringLiteral("accepted"), m_accepted},
                            {QStringLiteral("throttled"), m_throttled},
                            {QStringLiteral("mostInOneSecond"), m_mostInOneSecond}};
    return HttpReply::json(200, "OK", QJsonDocument(stats).toJson(QJsonDocument::Compact));
}
