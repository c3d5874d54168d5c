#include "PagedIvsServer.h"

#include "aws/AwsTransport.h"
#include "aws/CredentialResolver.h"
#include "inspect/ConfigurationLister.h"
#include "inspect/Inspection.h"
#include "inspect/InspectionEngine.h"
#include "ivs/IvsService.h"
#include "secrets/AppProfileStore.h"
#include "secrets/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Listing through the engine against a fake with many configurations:
// every page of a long listing in order, stopping in the middle of a page and
// going on from there, one failing region among the others, and the one
// request scheduler holding a burst to IVS's 5 requests a second as counted
// at the server.
class TestConfigurationLister : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsEveryPageInOrder();
    void stopsInAPageAndGoesOnFromThere();
    void serviceFilterIsSent();
    void oneRegionFailingDoesNotFailTheList();
    void burstStaysWithinTheQuotaAtTheServer();
    void noRegionIsExplained();
    void cancelBeforeTheCredentialsSendsNothing();
    void cancelWhilePagingStopsThere();

private:
    QTemporaryDir m_dir;
    PagedIvsServer* m_server = nullptr;
    AwsTransport* m_transport = nullptr;
    MemorySecretStore* m_keychain = nullptr;
    AppProfileStore* m_profiles = nullptr;
    CredentialResolver* m_resolver = nullptr;
    InspectionEngine* m_engine = nullptr;

    void makeEngine(int count, const QString& region = QStringLiteral("us-east-1"));
    void runToEnd(ConfigurationLister& lister, const QStringList& regions);
};

void TestConfigurationLister::init()
{}

void TestConfigurationLister::makeEngine(int count, const QString& region)
{
    m_server = new PagedIvsServer(count, this);
    QVERIFY(m_server->listen());
    m_transport = new AwsTransport(this);
    m_keychain = new MemorySecretStore(this);
    m_profiles = new AppProfileStore(m_keychain, this);
    m_resolver = new CredentialResolver(m_transport, m_profiles, this);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(LoopbackHttpServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(LoopbackHttpServer::SecretAccessKey));
    if (!region.isEmpty()) {
        env.insert(QStringLiteral("AWS_REGION"), region);
    }
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), m_server->url().toString());
    m_resolver->setEnvironment(env);
    m_engine = new InspectionEngine(m_resolver, m_transport, this);
    InspectionSettings settings;
    settings.http.maxAttempts = 1; // a throttled request would fail, not hide behind a retry
    m_engine->setSettings(settings);
}

void TestConfigurationLister::cleanup()
{
    delete m_engine;
    delete m_resolver;
    delete m_profiles;
    delete m_keychain;
    delete m_transport;
    delete m_server;
    m_engine = nullptr;
    m_server = nullptr;
}

void TestConfigurationLister::runToEnd(ConfigurationLister& lister, const QStringList& regions)
{
    QSignalSpy finished(&lister, &ConfigurationLister::finished);
    lister.start(regions);
    QVERIFY(finished.wait(60000) || lister.isFinished());
}

void TestConfigurationLister::readsEveryPageInOrder()
{
    makeEngine(1000);
    ConfigurationLister lister(m_engine);
    ConfigurationLister::Query query;
    query.pageSize = 100;
    lister.setQuery(query);
    m_engine->scheduler()->setMarginMs(0);
    runToEnd(lister, {QString()});
    const RegionListing& listing = lister.results().constFirst();
    QVERIFY2(listing.ok(), qPrintable(listing.failureText()));
    QCOMPARE(listing.region, QStringLiteral("us-east-1")); // the credentials' region
    QCOMPARE(listing.pages, 10);
    QCOMPARE(listing.items.size(), 1000);
    for (int i = 0; i < 1000; i += 97) {
        QCOMPARE(listing.items.at(i).toObject(), m_server->summary(i));
    }
    QVERIFY(listing.nextToken.isEmpty());
    QCOMPARE(m_server->throttled(), 0);
}

void TestConfigurationLister::stopsInAPageAndGoesOnFromThere()
{
    makeEngine(40);
    ConfigurationLister first(m_engine);
    ConfigurationLister::Query query;
    query.pageSize = 7;
    query.maxItems = 10;
    first.setQuery(query);
    runToEnd(first, {QStringLiteral("us-east-1")});
    const RegionListing& cut = first.results().constFirst();
    QCOMPARE(cut.items.size(), 10);
    QVERIFY(cut.stoppedInPage);
    QCOMPARE(cut.resumeOffset, 3); // 3 of the second page of 7 were taken
    QVERIFY(!cut.pageToken.isEmpty());

    ConfigurationLister second(m_engine);
    query.startingToken = cut.pageToken;
    query.startingOffset = cut.resumeOffset;
    second.setQuery(query);
    runToEnd(second, {QStringLiteral("us-east-1")});
    const RegionListing& next = second.results().constFirst();
    QCOMPARE(next.items.size(), 10);
    QCOMPARE(next.items.first().toObject(), m_server->summary(10));
    QCOMPARE(next.items.last().toObject(), m_server->summary(19));
    QVERIFY(next.stoppedInPage);
    QCOMPARE(next.resumeOffset, 6); // the fourth page: 20 of 21 items read
}

void TestConfigurationLister::serviceFilterIsSent()
{
    makeEngine(50);
    ConfigurationLister lister(m_engine);
    ConfigurationLister::Query query;
    query.filterByState = QStringLiteral("ACTIVE");
    lister.setQuery(query);
    runToEnd(lister, {QStringLiteral("us-east-1")});
    const QJsonArray items = lister.results().constFirst().items;
    QCOMPARE(items.size(), 10); // every fifth is ACTIVE
    for (const QJsonValue& item : items) {
        QCOMPARE(item.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ACTIVE"));
    }
}

void TestConfigurationLister::oneRegionFailingDoesNotFailTheList()
{
    makeEngine(120);
    m_server->failRegion(QStringLiteral("ap-south-1"));
    ConfigurationLister lister(m_engine);
    ConfigurationLister::Query query;
    query.pageSize = 50;
    lister.setQuery(query);
    QSignalSpy regionDone(&lister, &ConfigurationLister::regionFinished);
    runToEnd(lister, IvsService::regions());
    QCOMPARE(regionDone.count(), IvsService::regions().size());
    QCOMPARE(lister.failedRegions(), 1);
    for (const RegionListing& listing : lister.results()) {
        if (listing.region == QLatin1String("ap-south-1")) {
            QVERIFY(!listing.ok());
            QCOMPARE(listing.error.code, QStringLiteral("UnrecognizedClientException"));
            QVERIFY(listing.items.isEmpty());
            continue;
        }
        QVERIFY2(listing.ok(), qPrintable(listing.region + u' ' + listing.failureText()));
        QCOMPARE(listing.items.size(), 120);
        QVERIFY(listing.items.first()
                    .toObject()
                    .value(QStringLiteral("arn"))
                    .toString()
                    .startsWith(QStringLiteral("arn:aws:ivs:%1:").arg(listing.region)));
    }
    QCOMPARE(lister.allItems().size(), 120 * (IvsService::regions().size() - 1));
    // Each region had its own quota: 3 pages each, none throttled.
    QCOMPARE(m_server->throttled(), 0);
}

void TestConfigurationLister::burstStaysWithinTheQuotaAtTheServer()
{
    // 17 inspections and a 4-page listing at once: the Get quota and the List
    // quota are separate keys; within each, no more than 5 requests may
    // arrive within any second, as the server counts them.
    makeEngine(40);
    m_server->setRatePerSecond(5);
    QList<IngestConfigurationArn> arns;
    for (int i = 0; i < 17; ++i) {
        arns.append(IngestConfigurationArn::parse(PagedIvsServer::arnOf(i)));
    }
    InspectionSettings settings = m_engine->settings();
    settings.readiness = false;
    m_engine->setSettings(settings);
    std::vector<std::unique_ptr<Inspection>> inspections;
    for (Inspection* inspection : m_engine->inspect(arns)) {
        inspections.emplace_back(inspection);
    }
    ConfigurationLister lister(m_engine);
    ConfigurationLister::Query query;
    query.pageSize = 10;
    lister.setQuery(query);
    runToEnd(lister, {QStringLiteral("us-east-1")});
    for (const auto& inspection : inspections) {
        QTRY_VERIFY_WITH_TIMEOUT(inspection->isFinished(), 30000);
        QVERIFY2(inspection->configuration(),
                 qPrintable(inspection->failure() ? inspection->failure()->text() : QString()));
    }
    QVERIFY(lister.results().constFirst().ok());
    QCOMPARE(lister.results().constFirst().items.size(), 40);
    QCOMPARE(m_server->accepted(), 17 + 4);
    QCOMPARE(m_server->throttled(), 0);
    QVERIFY(m_server->mostInOneSecond() <= 5);
}

void TestConfigurationLister::noRegionIsExplained()
{
    makeEngine(3, QString());
    ConfigurationLister lister(m_engine);
    runToEnd(lister, {QString()});
    const RegionListing& listing = lister.results().constFirst();
    QVERIFY(!listing.ok());
    QVERIFY(listing.problem.contains(QStringLiteral("You must specify a region")));
    QCOMPARE(m_server->accepted(), 0);
}

void TestConfigurationLister::cancelBeforeTheCredentialsSendsNothing()
{
    // Credentials can take long (SSO, a credential process); Cancel then
    // ends the listing at once, and nothing is sent when they arrive.
    makeEngine(50);
    ConfigurationLister lister(m_engine);
    QSignalSpy finished(&lister, &ConfigurationLister::finished);
    lister.start({QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")});
    lister.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(lister.isFinished());
    for (const RegionListing& listing : lister.results()) {
        QCOMPARE(listing.error.category, AwsError::Category::Cancelled);
        QVERIFY(listing.items.isEmpty());
    }
    QTest::qWait(300);
    QCOMPARE(m_server->accepted() + m_server->throttled(), 0);
    QCOMPARE(finished.count(), 1);
}

void TestConfigurationLister::cancelWhilePagingStopsThere()
{
    makeEngine(1000);
    ConfigurationLister lister(m_engine);
    ConfigurationLister::Query query;
    query.pageSize = 10;
    lister.setQuery(query);
    QSignalSpy pages(&lister, &ConfigurationLister::pageArrived);
    QSignalSpy finished(&lister, &ConfigurationLister::finished);
    lister.start({QString()});
    QVERIFY(pages.wait(10000));
    lister.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    const RegionListing& listing = lister.results().constFirst();
    QCOMPARE(listing.error.category, AwsError::Category::Cancelled);
    QTest::qWait(300);
    QVERIFY2(m_server->accepted() < 100, qPrintable(QString::number(m_server->accepted())));
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestConfigurationLister)
#include "TestConfigurationLister.moc"
