#include "aws/AwsTransport.h"
#include "aws/CredentialResolver.h"
#include "core/QtCompat.h"
#include "demo/FakeIvsServer.h"
#include "inspect/InspectionEngine.h"
#include "inspect/LastKnownStore.h"
#include "inspect/StateTimeline.h"
#include "inspect/Watcher.h"
#include "ivs/IngestConfiguration.h"
#include "secrets/AppProfileStore.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Watching through the inspection engine against the fake endpoint: the
// first look, a change made between looks, failures as observations and the
// recovery after them, the quota's floor on the interval; the timeline that
// outlives the process, bounded, exported as CSV; and the last known views,
// kept without secrets.
class TestWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstLookThenOnlyChanges();
    void failuresAreObservationsAndWatchingGoesOn();
    void changeWhileUnreachableIsStillTold();
    void intervalNeverBelowTheQuotaShare();
    void timelineSurvivesARestart();
    void timelineIsBounded();
    void csvQuotesAndDefusesFormulas();
    void lastKnownViewsKeepNoSecrets();

private:
    QTemporaryDir m_dir;
    FakeIvsServer* m_server = nullptr;
    AwsTransport* m_transport = nullptr;
    MemorySecretStore* m_keychain = nullptr;
    AppProfileStore* m_profiles = nullptr;
    CredentialResolver* m_resolver = nullptr;
    InspectionEngine* m_engine = nullptr;

    static IngestConfigurationArn arn(const QString& id)
    {
        return IngestConfigurationArn::parse(
            QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/%1").arg(id));
    }
    void setState(const QString& id, const QString& state);
    static WatchObservation observation(const QString& arn, const QDateTime& at, const QString& state);
};

void TestWatcher::init()
{
    m_server = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_server->listen());
    m_transport = new AwsTransport(this);
    m_keychain = new MemorySecretStore(this);
    m_profiles = new AppProfileStore(m_keychain, this);
    m_resolver = new CredentialResolver(m_transport, m_profiles, this);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(FakeIvsServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(FakeIvsServer::SecretAccessKey));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), m_server->url().toString());
    m_resolver->setEnvironment(env);
    m_engine = new InspectionEngine(m_resolver, m_transport, this);
    InspectionSettings settings;
    settings.http.maxAttempts = 1; // a failure is one request, not three
    settings.http.readTimeoutMs = 2000;
    m_engine->setSettings(settings);
}

void TestWatcher::cleanup()
{
    delete m_engine;
    delete m_resolver;
    delete m_profiles;
    delete m_keychain;
    delete m_transport;
    delete m_server;
}

void TestWatcher::setState(const QString& id, const QString& state)
{
    // The fake answers from its data set, which changes state as IVS would.
    QVERIFY(m_server->data()->setState(id, state));
}

WatchObservation TestWatcher::observation(const QString& arn, const QDateTime& at, const QString& state)
{
    WatchObservation observation;
    observation.arn = arn;
    observation.at = at;
    observation.state = state;
    observation.name = QStringLiteral("name, with \"quotes\"");
    return observation;
}

void TestWatcher::firstLookThenOnlyChanges()
{
    setState(QStringLiteral("RtmpsActive1"), QStringLiteral("INACTIVE"));
    Watcher watcher(m_engine);
    watcher.add(arn(QStringLiteral("RtmpsActive1")));
    QSignalSpy changed(&watcher, &Watcher::changed);
    QSignalSpy observed(&watcher, &Watcher::observed);
    watcher.pollNow();
    QTRY_COMPARE(observed.count(), 1);
    QCOMPARE(changed.count(), 1);
    auto first = changed.at(0).at(0).value<WatchObservation>();
    QVERIFY(first.first);
    QCOMPARE(first.state, QStringLiteral("INACTIVE"));
    QVERIFY(first.changes.isEmpty());

    watcher.pollNow(); // nothing changed: observed, not reported
    QTRY_COMPARE(observed.count(), 2);
    QCOMPARE(changed.count(), 1);

    setState(QStringLiteral("RtmpsActive1"), QStringLiteral("ACTIVE"));
    watcher.pollNow();
    QTRY_COMPARE(observed.count(), 3);
    QCOMPARE(changed.count(), 2);
    const auto change = changed.at(1).at(0).value<WatchObservation>();
    QVERIFY(!change.first);
    QCOMPARE(change.state, QStringLiteral("ACTIVE"));
    QCOMPARE(change.changes.size(), 1);
    QCOMPARE(change.changes.first().field, QStringLiteral("state"));
    QCOMPARE(change.changeText(), QStringLiteral("state INACTIVE→ACTIVE"));
    // Every look went through the engine's scheduler to the endpoint.
    QCOMPARE(m_server->requestsTo("/GetIngestConfiguration").size(), 3);
}

void TestWatcher::failuresAreObservationsAndWatchingGoesOn()
{
    Watcher watcher(m_engine);
    watcher.add(arn(QStringLiteral("RtmpsActive1")));
    QSignalSpy changed(&watcher, &Watcher::changed);
    QSignalSpy observed(&watcher, &Watcher::observed);
    watcher.pollNow();
    QTRY_COMPARE(observed.count(), 1);
    m_server->queueFault(LoopbackHttpServer::Fault::ServerError, 2);
    watcher.pollNow();
    QTRY_COMPARE(observed.count(), 2);
    watcher.pollNow(); // the same failure again: not reported twice
    QTRY_COMPARE(observed.count(), 3);
    QCOMPARE(changed.count(), 2);
    const auto failure = changed.at(1).at(0).value<WatchObservation>();
    QVERIFY(failure.isError());
    QCOMPARE(failure.errorCode, QStringLiteral("InternalServerException"));
    watcher.pollNow();
    QTRY_COMPARE(observed.count(), 4);
    QCOMPARE(changed.count(), 3);
    const auto recovered = changed.at(2).at(0).value<WatchObservation>();
    QVERIFY(!recovered.isError());
    QCOMPARE(recovered.changes.first().field, QStringLiteral("reachable"));
    QVERIFY(recovered.changeText().startsWith(QStringLiteral("reachable again")));
}

void TestWatcher::changeWhileUnreachableIsStillTold()
{
    setState(QStringLiteral("RtmpsActive1"), QStringLiteral("INACTIVE"));
    Watcher watcher(m_engine);
    watcher.add(arn(QStringLiteral("RtmpsActive1")));
    QSignalSpy changed(&watcher, &Watcher::changed);
    QSignalSpy observed(&watcher, &Watcher::observed);
    watcher.pollNow();
    QTRY_COMPARE(observed.count(), 1);
    m_server->queueFault(LoopbackHttpServer::Fault::Reset);
    watcher.pollNow();
    QTRY_COMPARE(observed.count(), 2);
    setState(QStringLiteral("RtmpsActive1"), QStringLiteral("ACTIVE"));
    watcher.pollNow();
    QTRY_COMPARE(observed.count(), 3);
    const auto back = changed.last().at(0).value<WatchObservation>();
    QCOMPARE(back.changeText(), QStringLiteral("reachable again; state INACTIVE→ACTIVE"));
}

void TestWatcher::intervalNeverBelowTheQuotaShare()
{
    Watcher watcher(m_engine);
    QCOMPARE(watcher.intervalSeconds(), Watcher::DefaultIntervalSeconds);
    watcher.setIntervalSeconds(2);
    watcher.add(arn(QStringLiteral("RtmpsActive1")));
    QCOMPARE(watcher.effectiveIntervalSeconds(), 2);
    QSignalSpy raised(&watcher, &Watcher::intervalChanged);
    // Twelve in one account and region: at most one look a second among them.
    for (int i = 0; i < 11; ++i) {
        watcher.add(arn(QStringLiteral("Other%1").arg(i)));
    }
    QCOMPARE(Watcher::floorSeconds(watcher.arns()), 12 / Watcher::RequestsPerSecondShare);
    QCOMPARE(watcher.effectiveIntervalSeconds(), 12);
    QCOMPARE(raised.last().at(0).toInt(), 12);
    // Other regions have quotas of their own.
    QList<IngestConfigurationArn> spread;
    for (const QString& region :
         {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"), QStringLiteral("us-west-2")}) {
        spread.append(IngestConfigurationArn::parse(
            QStringLiteral("arn:aws:ivs:%1:123456789012:ingest-configuration/Abc1").arg(region)));
    }
    QCOMPARE(Watcher::floorSeconds(spread), 1);
    watcher.setIntervalSeconds(0);
    QCOMPARE(watcher.intervalSeconds(), 1);
}

void TestWatcher::timelineSurvivesARestart()
{
    const QString path = m_dir.path() + QStringLiteral("/state/timeline.jsonl");
    const QDateTime t0 = QtCompat::utcDateTime(QDate(2026, 11, 29), QTime(10, 40, 18));
    {
        StateTimeline timeline(path);
        WatchObservation a = observation(QStringLiteral("arn:a"), t0, QStringLiteral("INACTIVE"));
        a.first = true;
        QVERIFY(timeline.append(a));
        WatchObservation b = observation(QStringLiteral("arn:a"), t0.addSecs(10), QStringLiteral("ACTIVE"));
        b.changes.append({QStringLiteral("state"), QStringLiteral("INACTIVE"), QStringLiteral("ACTIVE")});
        QVERIFY(timeline.append(b));
    }
    StateTimeline reopened(path); // as after a restart
    const QList<WatchObservation> entries = reopened.entries(QStringLiteral("arn:a"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).at, t0);
    QVERIFY(entries.at(0).first);
    QCOMPARE(entries.at(1).state, QStringLiteral("ACTIVE"));
    QCOMPARE(entries.at(1).changes.first().to, QStringLiteral("ACTIVE"));
    // Only this user may read it.
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

void TestWatcher::timelineIsBounded()
{
    const QString path = m_dir.path() + QStringLiteral("/bounded.jsonl");
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    {
        StateTimeline timeline(path);
        for (int i = 0; i < StateTimeline::MaxEntriesPerArn * 2; ++i) {
            timeline.append(observation(QStringLiteral("arn:a"), t0.addSecs(i), QString::number(i)));
        }
        QCOMPARE(timeline.entries(QStringLiteral("arn:a")).size(), StateTimeline::MaxEntriesPerArn);
        QCOMPARE(timeline.entries(QStringLiteral("arn:a")).last().state,
                 QString::number(StateTimeline::MaxEntriesPerArn * 2 - 1));
    }
    // The file is compacted as it goes, not left to grow.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const int lines = int(file.readAll().count('\n'));
    QVERIFY2(lines <= StateTimeline::MaxEntriesPerArn * 5 / 4 + 16, qPrintable(QString::number(lines)));
    StateTimeline reopened(path);
    QCOMPARE(reopened.entries(QStringLiteral("arn:a")).size(), StateTimeline::MaxEntriesPerArn);
    QCOMPARE(reopened.entries(QStringLiteral("arn:a")).first().state, QString::number(StateTimeline::MaxEntriesPerArn));
}

void TestWatcher::csvQuotesAndDefusesFormulas()
{
    QCOMPARE(StateTimeline::csvField(QStringLiteral("plain")), QByteArray("plain"));
    QCOMPARE(StateTimeline::csvField(QStringLiteral("a,b")), QByteArray("\"a,b\""));
    QCOMPARE(StateTimeline::csvField(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
    QCOMPARE(StateTimeline::csvField(QStringLiteral("two\nlines")), QByteArray("\"two\nlines\""));
    QCOMPARE(StateTimeline::csvField(QStringLiteral("=HYPERLINK(1)")), QByteArray("'=HYPERLINK(1)"));
    StateTimeline timeline(m_dir.path() + QStringLiteral("/csv.jsonl"));
    const QDateTime t0 = QtCompat::utcDateTime(QDate(2026, 11, 29), QTime(10, 40, 18));
    WatchObservation b = observation(QStringLiteral("arn:b"), t0.addSecs(5), QStringLiteral("ACTIVE"));
    b.changes.append({QStringLiteral("state"), QStringLiteral("INACTIVE"), QStringLiteral("ACTIVE")});
    timeline.append(b);
    WatchObservation a = observation(QStringLiteral("arn:a"), t0, QStringLiteral("INACTIVE"));
    a.first = true;
    timeline.append(a);
    const QByteArray csv = timeline.toCsv();
    const QList<QByteArray> rows = csv.split('\n');
    QCOMPARE(rows.at(0), QByteArray("timestamp,arn,name,state,stageArn,participantId,changes,error\r"));
    QCOMPARE(rows.at(1), QByteArray("2026-11-29T10:40:18Z,arn:a,\"name, with \"\"quotes\"\"\",INACTIVE,,,"
                                    "stage none; participant none,\r"));
    QCOMPARE(rows.at(2), QString::fromUtf8("2026-11-29T10:40:23Z,arn:b,\"name, with \"\"quotes\"\"\",ACTIVE,,,"
                                           "state INACTIVE→ACTIVE,\r")
                             .toUtf8());
    QCOMPARE(timeline.toCsv(QStringLiteral("arn:b")).count('\n'), 2);
}

void TestWatcher::lastKnownViewsKeepNoSecrets()
{
    const QString path = m_dir.path() + QStringLiteral("/last-known.json");
    QFile fixture(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs/GetIngestConfiguration/Redundant1.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QString problem;
    const auto configuration =
        IngestConfiguration::fromResponse(QJsonDocument::fromJson(fixture.readAll()).object(), &problem);
    QVERIFY(configuration);
    QVERIFY(!configuration->streamKey.isEmpty());
    QVERIFY(!configuration->redundantIngestCredentials.isEmpty());
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-300);
    {
        LastKnownStore store(path);
        store.remember(*configuration, at);
        store.rememberList(LastKnownStore::listKey(QStringLiteral("123456789012"), QStringLiteral("us-east-1"), {}),
                           QJsonArray{QJsonObject{{QStringLiteral("arn"), configuration->arn}}}, at);
    }
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(!bytes.contains(configuration->streamKey.toUtf8()));
    for (const RedundantIngestCredential& credential : configuration->redundantIngestCredentials) {
        QVERIFY(!bytes.contains(credential.streamKey.toUtf8()));
        QVERIFY(bytes.contains(credential.participantId.toUtf8()));
    }
    LastKnownStore reopened(path);
    const auto kept = reopened.configuration(configuration->arn);
    QVERIFY(kept);
    QCOMPARE(kept->at, at.toUTC());
    QCOMPARE(kept->fields.value(QStringLiteral("name")).toString(), configuration->name);
    QVERIFY(!kept->fields.contains(QStringLiteral("streamKey")));
    const auto list =
        reopened.list(LastKnownStore::listKey(QStringLiteral("123456789012"), QStringLiteral("us-east-1"), {}));
    QVERIFY(list);
    QCOMPARE(list->items.size(), 1);
    QCOMPARE(LastKnownStore::ageText(at, at.addSecs(300)), QStringLiteral("5 minute(s) ago"));
}

QTEST_GUILESS_MAIN(TestWatcher)
#include "TestWatcher.moc"
