#pragma once

#include "demo/LoopbackHttpServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <deque>

// A fake IVS Real-Time endpoint with many ingest configurations, for listing
// at scale (tests and bench/): ListIngestConfigurations in pages of
// maxResults (1 to 100, default 50) with opaque tokens and the service's two
// filters, GetIngestConfiguration for each of them, and IVS's request quota
// enforced at the server: more than perSecond accepted requests of one
// operation in one region within any 1,000 ms (by arrival, on a monotonic
// clock) are answered 429 ThrottlingException. Every region holds the same
// configurations under its own ARNs; a region can be made to fail the way an
// opted-out region does. GET /__stats (unsigned) reports the counts as JSON.
// (app/demo/FakeIvsServer answers from fixture files; this one generates.)
class PagedIvsServer : public LoopbackHttpServer
{
    Q_OBJECT

public:
    static constexpr const char* AccountId = "123456789012";

    explicit PagedIvsServer(int count, QObject* parent = nullptr);

    // 0: no quota.
    void setRatePerSecond(int perSecond)
    {
        m_rate = perSecond;
    }
    // Requests signed for this region are refused with
    // UnrecognizedClientException, as a region the account has not opted in to.
    void failRegion(const QString& region)
    {
        m_failingRegions.insert(region);
    }
    // Changes one configuration (by index) as a publisher would.
    void setState(int index, const QString& state);
    void setStageArn(int index, const QString& stageArn);

    int count() const
    {
        return int(m_configurations.size());
    }
    // The configuration at index as in region's ListIngestConfigurations.
    QJsonObject summary(int index, const QString& region = QStringLiteral("us-east-1")) const;
    static QString arnOf(int index, const QString& region = QStringLiteral("us-east-1"));

    int accepted() const
    {
        return m_accepted;
    }
    int throttled() const
    {
        return m_throttled;
    }
    // The most accepted requests of one key seen within any 1,000 ms.
    int mostInOneSecond() const
    {
        return m_mostInOneSecond;
    }

protected:
    HttpReply handle(const RecordedRequest& request, const SignatureVerifier::Result& auth) override;

private:
    QList<QJsonObject> m_configurations; // full, as GetIngestConfiguration returns them (us-east-1)
    QSet<QString> m_failingRegions;
    int m_rate = 0;
    QElapsedTimer m_clock;
    QHash<QString, std::deque<qint64>> m_windows;     // accepted arrivals per region/operation
    QHash<QString, std::deque<qint64>> m_allArrivals; // for mostInOneSecond, without the quota
    int m_accepted = 0;
    int m_throttled = 0;
    int m_mostInOneSecond = 0;

    bool admit(const QString& key, qint64 now);
    HttpReply list(const QJsonObject& input, const QString& region) const;
    HttpReply get(const QJsonObject& input, const QString& region) const;
    HttpReply stats() const;
    static QJsonObject inRegion(QJsonObject configuration, const QString& region);
};
