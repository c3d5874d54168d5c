#include "demo/FakeIvsServer.h"

#include "ivs/EventAdvice.h"
#include "ivs/GetIngestConfigurationCall.h"
#include "ivs/GoLiveInspection.h"
#include "ivs/IvsClient.h"
#include "ivs/RequestScheduler.h"
#include "ivs/StageEndpointCache.h"

#include "aws/AwsTransport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// Getting an encoder live, against the fake endpoint: the server URL for each
// protocol, every readiness check, redundant ingest, a missing stage, the
// stage-endpoint cache, and participant events with error codes.
class TestGoLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void serverMatchesProtocol_data();
    void serverMatchesProtocol();
    void checks_data();
    void checks();
    void redundantIngestFindsBothEncoders();
    void eventsAreReadAcrossPagesAndExplained();
    void endpointsComeFromTheCacheWhenGetStageFails();
    void unknownIsNotReady();
    void getStageFailingWithoutCacheIsNotReady();
    void everyKnownErrorCodeHasAdvice_data();
    void everyKnownErrorCodeHasAdvice();

private:
    AwsTransport* m_transport = nullptr;
    RequestScheduler* m_scheduler = nullptr;
    StageEndpointCache m_cache;
    FakeIvsServer* m_server = nullptr;

    IvsClientConfig config() const;
    GoLiveReport inspect(const QString& id);
    static const ReadinessCheck* find(const GoLiveReport& report, const QString& id);
};

void TestGoLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGoLive::init()
{
    QSettings().clear();
    m_transport = new AwsTransport(this);
    m_scheduler = new RequestScheduler(5, this);
    m_server = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_server->listen());
}

void TestGoLive::cleanup()
{
    delete m_server;
    delete m_scheduler;
    delete m_transport;
    QSettings().clear();
}

IvsClientConfig TestGoLive::config() const
{
    IvsClientConfig config;
    config.endpoint.url = m_server->url();
    config.endpoint.region = QStringLiteral("us-east-1");
    config.endpoint.signingName = QStringLiteral("ivs");
    config.accountId = QStringLiteral("123456789012");
    config.credentials = {QString::fromLatin1(FakeIvsServer::AccessKeyId),
                          QString::fromLatin1(FakeIvsServer::SecretAccessKey), QString()};
    config.http.retryBaseDelayMs = 10;
    return config;
}

GoLiveReport TestGoLive::inspect(const QString& id)
{
    IvsClient client(m_transport, m_scheduler);
    client.setConfig(config());
    GetIngestConfigurationCall* call = client.getIngestConfiguration(
        IngestConfigurationArn::parse(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/") + id));
    QSignalSpy fetched(call, &AwsHttpCall::finished);
    if (!fetched.wait(10000) || !call->result()) {
        qWarning("GetIngestConfiguration failed");
        return {};
    }
    GoLiveInspection inspection(&client, *call->result(), &m_cache);
    QSignalSpy done(&inspection, &GoLiveInspection::finished);
    inspection.start();
    if (!done.wait(10000)) {
        qWarning("the inspection did not finish");
    }
    return inspection.report();
}

const ReadinessCheck* TestGoLive::find(const GoLiveReport& report, const QString& id)
{
    for (const ReadinessCheck& check : report.checks) {
        if (check.id == id) {
            return &check;
        }
    }
    return nullptr;
}

void TestGoLive::serverMatchesProtocol_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("server");
    QTest::newRow("RTMPS") << QStringLiteral("RtmpsActive1")
                           << QStringLiteral("rtmps://1a2b3c4d5e6f.global-contribute.live-video.net:443/app/");
    QTest::newRow("RTMP") << QStringLiteral("RtmpUnicode1")
                          << QStringLiteral("rtmp://1a2b3c4d5e6f.global-contribute.live-video.net/app/");
    QTest::newRow("no stage") << QStringLiteral("NoStage1") << QString();
    QTest::newRow("stage without RTMP") << QStringLiteral("RtmpOld1") << QString();
}

void TestGoLive::serverMatchesProtocol()
{
    QFETCH(QString, id);
    QFETCH(QString, server);
    const GoLiveReport report = inspect(id);
    QCOMPARE(report.server(), server);
    for (const RecordedRequest& request : m_server->requests()) {
        QVERIFY(request.signatureValid);
    }
}

void TestGoLive::checks_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("check");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("live") << QStringLiteral("RtmpsActive1") << true << QStringLiteral("publisher-live") << true
                          << QStringLiteral("live now");
    QTest::newRow("associated") << QStringLiteral("RtmpsActive1") << true << QStringLiteral("stage-associated") << true
                                << QStringLiteral("StageOne1");
    QTest::newRow("session") << QStringLiteral("RtmpsActive1") << true << QStringLiteral("stage-session") << true
                             << QStringLiteral("st-1AbCdEfGhIjKl");
    QTest::newRow("others on the stage") << QStringLiteral("RtmpsActive1") << true
                                         << QStringLiteral("other-configurations") << true << QStringLiteral("2 other");
    QTest::newRow("rtmp allowed") << QStringLiteral("RtmpUnicode1") << true << QStringLiteral("protocol-allowed")
                                  << true << QStringLiteral("insecure ingest");
    QTest::newRow("not live") << QStringLiteral("RtmpUnicode1") << true << QStringLiteral("publisher-live") << false
                              << QStringLiteral("Nothing is being published");
    QTest::newRow("no stage") << QStringLiteral("NoStage1") << false << QStringLiteral("stage-associated") << false
                              << QStringLiteral("DisconnectParticipant or DeleteStage");
    QTest::newRow("stage deleted") << QStringLiteral("MissingStage1") << false << QStringLiteral("stage-exists")
                                   << false << QStringLiteral("does not exist");
    QTest::newRow("stage lacks rtmp") << QStringLiteral("RtmpOld1") << false << QStringLiteral("protocol-allowed")
                                      << false << QStringLiteral("no RTMP endpoint");
    QTest::newRow("no session") << QStringLiteral("RtmpOld1") << false << QStringLiteral("stage-session") << false
                                << QStringLiteral("no active session");
    QTest::newRow("participant errors") << QStringLiteral("RtmpUnicode1") << true
                                        << QStringLiteral("participant-errors") << false
                                        << QStringLiteral("BITRATE_EXCEEDED");
}

void TestGoLive::checks()
{
    QFETCH(QString, id);
    QFETCH(bool, ready);
    QFETCH(QString, check);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    const GoLiveReport report = inspect(id);
    QCOMPARE(report.ready(), ready);
    const ReadinessCheck* found = find(report, check);
    QVERIFY2(found, qPrintable(check));
    QCOMPARE(found->ok, ok);
    QVERIFY2(found->detail.contains(mentions), qPrintable(found->detail));
}

void TestGoLive::redundantIngestFindsBothEncoders()
{
    const GoLiveReport report = inspect(QStringLiteral("Redundant1"));
    QCOMPARE(report.participants.size(), 2);
    QCOMPARE(report.participants.at(0).participantId, QStringLiteral("physicalA"));
    QCOMPARE(report.participants.at(0).state, QStringLiteral("CONNECTED"));
    QCOMPARE(report.participants.at(1).participantId, QStringLiteral("physicalB"));
    QCOMPARE(report.participants.at(1).events.at(1).errorCode, QStringLiteral("B_FRAME_PRESENT"));
    QVERIFY(find(report, QStringLiteral("participant-errors"))->detail.contains(QLatin1String("B-frames")));
    QCOMPARE(report.configuration.redundantIngestCredentials.size(), 2);
    QVERIFY(report.ready());
}

void TestGoLive::eventsAreReadAcrossPagesAndExplained()
{
    const GoLiveReport report = inspect(QStringLiteral("RtmpUnicode1"));
    QCOMPARE(report.participants.size(), 1);
    const ParticipantStatus& participant = report.participants.first();
    QCOMPARE(participant.protocol, QStringLiteral("RTMP"));
    QCOMPARE(participant.state, QStringLiteral("DISCONNECTED"));
    // Two pages, merged and in time order.
    QCOMPARE(participant.events.size(), 4);
    QCOMPARE(participant.events.first().name, QStringLiteral("JOINED"));
    QCOMPARE(participant.events.at(2).errorCode, QStringLiteral("BITRATE_EXCEEDED"));
    QCOMPARE(participant.events.last().name, QStringLiteral("LEFT"));
    QCOMPARE(m_server->requestsTo("/ListParticipantEvents").size(), 2);
}

void TestGoLive::endpointsComeFromTheCacheWhenGetStageFails()
{
    inspect(QStringLiteral("RtmpsActive1")); // fills the cache
    QVERIFY(m_cache.lookup(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/StageOne1")));
    // GetStage now fails every time (after the GetIngestConfiguration call).
    m_server->clearRequests();
    IvsClient client(m_transport, m_scheduler);
    client.setConfig(config());
    GetIngestConfigurationCall* call = client.getIngestConfiguration(IngestConfigurationArn::parse(
        QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1")));
    QSignalSpy fetched(call, &AwsHttpCall::finished);
    QVERIFY(fetched.wait(10000));
    m_server->queueFault(FakeIvsServer::Fault::ServerError, 3);
    GoLiveInspection inspection(&client, *call->result(), &m_cache);
    QSignalSpy done(&inspection, &GoLiveInspection::finished);
    inspection.start();
    QVERIFY(done.wait(10000));
    const GoLiveReport& report = inspection.report();
    QVERIFY(report.stageFromCache);
    QCOMPARE(report.server(), QStringLiteral("rtmps://1a2b3c4d5e6f.global-contribute.live-video.net:443/app/"));
    const ReadinessCheck* stage = find(report, QStringLiteral("stage-exists"));
    QVERIFY(!stage->ok);
    QVERIFY(!stage->blocking); // unknown is not proof of absence
    QVERIFY(stage->detail.contains(QLatin1String("cache")));
    QVERIFY(report.ready());
    // Entries older than 14 days are not used.
    QVERIFY(!m_cache.lookup(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/StageOne1"), nullptr,
                            QDateTime::currentDateTimeUtc().addDays(15)));
}

void TestGoLive::unknownIsNotReady()
{
    GoLiveReport report;
    report.configuration.arn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/X");
    report.configuration.stageArn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/StageOne1");
    report.configuration.ingestProtocol = QStringLiteral("RTMPS");
    report.configuration.state = QStringLiteral("ACTIVE");
    report.stageError.category = AwsError::Category::AccessDenied;
    report.stageError.message = QStringLiteral("not for you \x1b[2J");
    report.checks = GoLiveInspection::evaluate(report);
    QVERIFY(!report.ready());
    QVERIFY(report.server().isEmpty());
    const ReadinessCheck* stage = find(report, QStringLiteral("stage-exists"));
    QVERIFY(stage);
    QVERIFY(!stage->known);
    QVERIFY(!stage->ok);
    QVERIFY(stage->blocking);
    QVERIFY2(stage->detail.contains(QLatin1String("could not be read (Access denied: not for you \\x1b[2J)")),
             qPrintable(stage->detail));
    QVERIFY(stage->detail.contains(QLatin1String("unknown")));
    const ReadinessCheck* protocol = find(report, QStringLiteral("protocol-allowed"));
    QVERIFY(protocol);
    QVERIFY(!protocol->known);
    QVERIFY(protocol->detail.startsWith(QLatin1String("Unknown")));
    // What was read stays known.
    QVERIFY(find(report, QStringLiteral("stage-associated"))->known);
}

void TestGoLive::getStageFailingWithoutCacheIsNotReady()
{
    IvsClient client(m_transport, m_scheduler);
    client.setConfig(config());
    GetIngestConfigurationCall* call = client.getIngestConfiguration(IngestConfigurationArn::parse(
        QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1")));
    QSignalSpy fetched(call, &AwsHttpCall::finished);
    QVERIFY(fetched.wait(10000));
    m_server->queueFault(FakeIvsServer::Fault::ServerError, 3);
    StageEndpointCache empty;
    empty.forget(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/StageOne1"));
    GoLiveInspection inspection(&client, *call->result(), &empty);
    QSignalSpy done(&inspection, &GoLiveInspection::finished);
    inspection.start();
    QVERIFY(done.wait(10000));
    const GoLiveReport& report = inspection.report();
    QVERIFY(!report.stageFromCache);
    QVERIFY(!report.ready());
    QVERIFY(!find(report, QStringLiteral("stage-exists"))->known);
    QCOMPARE(m_server->requestsTo("/GetStage").size(), 3);
}

void TestGoLive::everyKnownErrorCodeHasAdvice_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("B_FRAME_PRESENT") << QStringLiteral("B_FRAME_PRESENT") << QStringLiteral("B-frames");
    QTest::newRow("BITRATE_EXCEEDED") << QStringLiteral("BITRATE_EXCEEDED") << QStringLiteral("8.5 Mbps");
    QTest::newRow("RESOLUTION_EXCEEDED") << QStringLiteral("RESOLUTION_EXCEEDED") << QStringLiteral("720p");
    QTest::newRow("INVALID_PROTOCOL") << QStringLiteral("INVALID_PROTOCOL") << QStringLiteral("rtmps://");
    QTest::newRow("INVALID_STREAM_KEY") << QStringLiteral("INVALID_STREAM_KEY") << QStringLiteral("key");
    QTest::newRow("REUSE_OF_STREAM_KEY") << QStringLiteral("REUSE_OF_STREAM_KEY") << QStringLiteral("another");
    QTest::newRow("STREAM_DURATION_EXCEEDED")
        << QStringLiteral("STREAM_DURATION_EXCEEDED") << QStringLiteral("24-hour");
    QTest::newRow("INVALID_AUDIO_CODEC") << QStringLiteral("INVALID_AUDIO_CODEC") << QStringLiteral("AAC");
    QTest::newRow("INVALID_VIDEO_CODEC") << QStringLiteral("INVALID_VIDEO_CODEC") << QStringLiteral("H.264");
    QTest::newRow("unknown") << QStringLiteral("SOMETHING_NEW") << QStringLiteral("SOMETHING_NEW");
}

void TestGoLive::everyKnownErrorCodeHasAdvice()
{
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    QVERIFY2(EventAdvice::explain(code).contains(mentions), qPrintable(EventAdvice::explain(code)));
}

QTEST_GUILESS_MAIN(TestGoLive)
#include "TestGoLive.moc"
