#include "HostileHttpServer.h"
#include "aws/AwsTransport.h"
#include "demo/FakeIvsServer.h"
#include "ivs/IvsClient.h"
#include "ivs/IvsPager.h"
#include "ivs/RequestScheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// Paging always ends: a nextToken seen before stops it with an error (a
// service that loops), and so does going past the page bound; every page
// waits its turn in the request scheduler like any other call.
class TestIvsPager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsEveryPage();
    void repeatedTokenStops_data();
    void repeatedTokenStops();
    void pageBoundStops();
    void everyPageWaitsItsTurn();

private:
    AwsTransport* m_transport = nullptr;
    RequestScheduler* m_scheduler = nullptr;
    HostileHttpServer* m_server = nullptr;
    IvsClient* m_client = nullptr;

    // A list operation whose next token is what tokenAfter says for the token
    // of the request ("" for the first page; an empty answer ends the list).
    void serve(std::function<QString(const QString& token)> tokenAfter);
    IvsPager* list();
    static bool waitFor(IvsPager* pager);
};

void TestIvsPager::init()
{
    m_transport = new AwsTransport(this);
    m_scheduler = new RequestScheduler(5, this);
    m_server = new HostileHttpServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_server->listen());
    m_client = new IvsClient(m_transport, m_scheduler, this);
    IvsClientConfig config;
    config.endpoint.url = m_server->url();
    config.endpoint.region = QStringLiteral("us-east-1");
    config.endpoint.signingName = QStringLiteral("ivs");
    config.accountId = QStringLiteral("123456789012");
    config.credentials = {QString::fromLatin1(FakeIvsServer::AccessKeyId),
                          QString::fromLatin1(FakeIvsServer::SecretAccessKey), QString()};
    m_client->setConfig(config);
}

void TestIvsPager::cleanup()
{
    delete m_client;
    delete m_server;
    delete m_scheduler;
    delete m_transport;
}

void TestIvsPager::serve(std::function<QString(const QString& token)> tokenAfter)
{
    m_server->on("/ListIngestConfigurations", [tokenAfter](const RecordedRequest& request, const HttpReply&) {
        const QString token =
            QJsonDocument::fromJson(request.body).object().value(QStringLiteral("nextToken")).toString();
        QJsonObject page{{QStringLiteral("ingestConfigurations"),
                          QJsonArray{QJsonObject{{QStringLiteral("arn"), QStringLiteral("item-after-") + token}}}}};
        const QString next = tokenAfter(token);
        if (!next.isEmpty()) {
            page.insert(QStringLiteral("nextToken"), next);
        }
        return HostileHttpServer::normal(HttpReply::json(200, "OK", QJsonDocument(page).toJson()));
    });
}

IvsPager* TestIvsPager::list()
{
    return m_client->list(QStringLiteral("ListIngestConfigurations"), {}, QStringLiteral("ingestConfigurations"));
}

bool TestIvsPager::waitFor(IvsPager* pager)
{
    if (pager->isFinished()) {
        return true;
    }
    QSignalSpy finished(pager, &IvsPager::finished);
    return finished.wait(20000);
}

void TestIvsPager::readsEveryPage()
{
    serve([](const QString& token) { return token.size() < 3 ? token + u'x' : QString(); });
    IvsPager* pager = list();
    pager->start();
    QVERIFY(waitFor(pager));
    QVERIFY2(!pager->error().isError(), qPrintable(pager->error().message));
    QCOMPARE(pager->pages(), 4);
    QCOMPARE(pager->items().size(), 4);
    QCOMPARE(m_server->requests().size(), 4);
}

void TestIvsPager::repeatedTokenStops_data()
{
    QTest::addColumn<QStringList>("tokens"); // the next token after "", then after each of these
    QTest::addColumn<int>("requests");
    QTest::newRow("the same token again") << QStringList{QStringLiteral("same"), QStringLiteral("same")} << 2;
    QTest::newRow("a cycle of two") << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A")} << 3;
}

void TestIvsPager::repeatedTokenStops()
{
    QFETCH(QStringList, tokens);
    QFETCH(int, requests);
    auto served = std::make_shared<int>(0);
    serve([tokens, served](const QString&) { return tokens.value((*served)++, tokens.last()); });
    IvsPager* pager = list();
    pager->start();
    QVERIFY(waitFor(pager));
    QCOMPARE(pager->error().category, AwsError::Category::MalformedReply);
    QVERIFY2(pager->error().message.contains(QLatin1String("returned a nextToken it had already returned")),
             qPrintable(pager->error().message));
    QCOMPARE(m_server->requests().size(), requests);
    QCOMPARE(pager->pages(), requests);
    QCOMPARE(pager->items().size(), requests); // what was read is kept
}

void TestIvsPager::pageBoundStops()
{
    // A fresh token every time: only the bound ends it.
    auto counter = std::make_shared<int>(0);
    serve([counter](const QString&) { return QStringLiteral("token-%1").arg(++*counter); });
    IvsPager* pager = list();
    pager->setMaxPages(4);
    pager->start();
    QVERIFY(waitFor(pager));
    QCOMPARE(pager->error().category, AwsError::Category::TooLarge);
    QVERIFY2(pager->error().message.contains(QLatin1String("after 4 pages")), qPrintable(pager->error().message));
    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(IvsPager::DefaultMaxPages, 1000);
}

void TestIvsPager::everyPageWaitsItsTurn()
{
    // A clock that stands still: the scheduler lets 5 starts through in "this
    // second" and holds the rest until the clock moves on.
    QDateTime now = QDateTime::currentDateTimeUtc();
    m_scheduler->setClock([&now] { return now; });
    serve([](const QString& token) { return token.size() < 6 ? token + u'x' : QString(); });
    IvsPager* pager = list();
    QSignalSpy waiting(pager, &IvsPager::waitingForQuota);
    pager->start();
    QTRY_COMPARE(m_server->requests().size(), 5);
    QTRY_VERIFY(waiting.count() >= 1);
    QVERIFY(!pager->isFinished());
    QCOMPARE(m_scheduler->pending(), 1);
    now = now.addMSecs(1000 + m_scheduler->marginMs());
    m_scheduler->drain();
    QVERIFY(waitFor(pager));
    QVERIFY2(!pager->error().isError(), qPrintable(pager->error().message));
    QCOMPARE(pager->pages(), 7);
    QCOMPARE(m_server->requests().size(), 7);
}

QTEST_GUILESS_MAIN(TestIvsPager)
#include "TestIvsPager.moc"
