#include "aws/AwsTransport.h"
#include "aws/StsCall.h"
#include "core/QtCompat.h"
#include "demo/DemoDataSet.h"
#include "demo/DemoEndpoint.h"
#include "ivs/GetIngestConfigurationCall.h"
#include "ivs/IngestConfiguration.h"
#include "ivs/IvsClient.h"
#include "ivs/IvsPager.h"
#include "ivs/RequestScheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// The built-in demo as the app sees it: the real client signs with the demo
// keys, the demo endpoint checks every signature, and what comes back is the
// data set the issue asks for, paged and filtered by the service model's
// rules, with states that change on a clock the test moves.
class TestDemoDataSet : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void featuredConfigurations_data();
    void featuredConfigurations();
    void redundantPairAndDetached();
    void nonAsciiNamesAndAttributes();
    void stagesHaveEndpointsAndSessions();
    void listHasEveryPage();
    void listFilters();
    void listValidation_data();
    void listValidation();
    void participantsAndErrorHistory();
    void participantFilters();
    void signaturesAreChecked();
    void callerIdentityOfTheDemoKey();
    void generatedDataIsReproducible();
    void statesFollowTheClock();
    void changesShowThroughTheEndpoint();
    void longIdleCatchesUpBriefly();
    void setStateByHand();
    void setStateStartsASessionOnFixtures();

private:
    QDateTime m_now;
    QDateTime m_started;
    AwsTransport* m_transport = nullptr;
    RequestScheduler* m_scheduler = nullptr;
    DemoEndpoint* m_demo = nullptr;
    IvsClient* m_client = nullptr;

    IvsClientConfig config() const;
    QJsonObject call(const QString& operation, const QJsonObject& input, AwsError* error = nullptr);
    QJsonArray listAll(const QString& operation, const QJsonObject& input, const QString& key, int pageSize = 100);
    IngestConfiguration get(const QString& id);
    QJsonArray eventsOf(const QString& session, const QString& participant);
    static QString stageArn(const QString& id)
    {
        return QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/") + id;
    }
};

void TestDemoDataSet::init()
{
    // A fixed start and a clock the test moves: no sleeping, same data every run.
    m_started = QtCompat::utcDateTime(QDate(2026, 11, 30), QTime(9, 0));
    m_now = m_started;
    m_transport = new AwsTransport(this);
    m_scheduler = new RequestScheduler(5, this);
    m_demo = new DemoEndpoint(this);
    m_demo->data()->setClock([this] { return m_now; });
    QVERIFY(m_demo->start(m_started));
    m_client = new IvsClient(m_transport, m_scheduler, this);
    m_client->setConfig(config());
}

void TestDemoDataSet::cleanup()
{
    delete m_client;
    delete m_demo;
    delete m_scheduler;
    delete m_transport;
}

IvsClientConfig TestDemoDataSet::config() const
{
    IvsClientConfig config;
    config.endpoint.url = m_demo->ivs()->url();
    config.endpoint.region = QStringLiteral("us-east-1");
    config.endpoint.signingName = QStringLiteral("ivs");
    config.accountId = DemoEndpoint::accountId();
    config.credentials = DemoProfiles::credentials();
    return config;
}

QJsonObject TestDemoDataSet::call(const QString& operation, const QJsonObject& input, AwsError* error)
{
    IvsCall* call = m_client->call(operation, input);
    QSignalSpy finished(call, &IvsCall::finished);
    if (!call->isFinished()) {
        finished.wait(10000);
    }
    if (error) {
        *error = call->error();
    } else if (call->error().isError()) {
        qWarning("%s failed: %s", qPrintable(operation), qPrintable(call->error().message));
    }
    const QJsonObject response = call->response();
    call->deleteLater();
    return response;
}

QJsonArray
TestDemoDataSet::listAll(const QString& operation, const QJsonObject& input, const QString& key, int pageSize)
{
    IvsPager* pager = m_client->list(operation, input, key);
    pager->setPageSize(pageSize);
    QSignalSpy finished(pager, &IvsPager::finished);
    pager->start();
    if (!pager->isFinished()) {
        finished.wait(20000);
    }
    if (pager->error().isError()) {
        qWarning("%s failed: %s", qPrintable(operation), qPrintable(pager->error().message));
    }
    const QJsonArray items = pager->items();
    pager->deleteLater();
    return items;
}

IngestConfiguration TestDemoDataSet::get(const QString& id)
{
    QString problem;
    const auto parsed = IngestConfiguration::fromResponse(
        call(QStringLiteral("GetIngestConfiguration"), {{QStringLiteral("arn"), DemoDataSet::arn(id)}}), &problem);
    if (!parsed) {
        qWarning("%s: %s", qPrintable(id), qPrintable(problem));
        return {};
    }
    return *parsed;
}

QJsonArray TestDemoDataSet::eventsOf(const QString& session, const QString& participant)
{
    const QString stage = m_demo->data()
                              ->ingestConfiguration(QString::fromLatin1(DemoDataSet::Changing))
                              ->value(QStringLiteral("stageArn"))
                              .toString();
    return listAll(QStringLiteral("ListParticipantEvents"),
                   {{QStringLiteral("stageArn"), stage},
                    {QStringLiteral("sessionId"), session},
                    {QStringLiteral("participantId"), participant}},
                   QStringLiteral("events"));
}

void TestDemoDataSet::featuredConfigurations_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("hasStage");
    QTest::newRow("active RTMPS") << QString::fromLatin1(DemoDataSet::ActiveRtmps) << QStringLiteral("RTMPS")
                                  << QStringLiteral("ACTIVE") << true;
    QTest::newRow("inactive RTMP") << QString::fromLatin1(DemoDataSet::ErrorHistory) << QStringLiteral("RTMP")
                                   << QStringLiteral("INACTIVE") << true;
    QTest::newRow("redundant") << QString::fromLatin1(DemoDataSet::Redundant) << QStringLiteral("RTMPS")
                               << QStringLiteral("ACTIVE") << true;
    QTest::newRow("detached") << QString::fromLatin1(DemoDataSet::Detached) << QStringLiteral("RTMPS")
                              << QStringLiteral("INACTIVE") << false;
    QTest::newRow("non-ASCII") << QString::fromLatin1(DemoDataSet::NonAscii) << QStringLiteral("RTMPS")
                               << QStringLiteral("INACTIVE") << true;
    // Three cycles of its timetable lie behind the start: it has just gone live.
    QTest::newRow("changing") << QString::fromLatin1(DemoDataSet::Changing) << QStringLiteral("RTMPS")
                              << QStringLiteral("ACTIVE") << true;
}

void TestDemoDataSet::featuredConfigurations()
{
    QFETCH(QString, id);
    QFETCH(QString, protocol);
    QFETCH(QString, state);
    QFETCH(bool, hasStage);
    const IngestConfiguration configuration = get(id);
    QCOMPARE(configuration.arn, DemoDataSet::arn(id));
    QCOMPARE(configuration.ingestProtocol, protocol);
    QCOMPARE(configuration.state, state);
    QCOMPARE(configuration.stageArn.isEmpty(), !hasStage);
    QVERIFY(!configuration.participantId.isEmpty());
    // The model's StreamKey pattern, and a secret part that says it is made up.
    const QRegularExpression key(QStringLiteral("^rt_123456789012_us-east-1_%1_demoNotASecret.+$").arg(id));
    QVERIFY2(key.match(configuration.streamKey).hasMatch(), qPrintable(configuration.streamKey));
    QVERIFY(DemoDataSet::featuredArns().contains(configuration.arn));
    for (const RecordedRequest& request : m_demo->ivs()->requests()) {
        QVERIFY(request.signatureValid);
    }
}

void TestDemoDataSet::redundantPairAndDetached()
{
    const IngestConfiguration pair = get(QString::fromLatin1(DemoDataSet::Redundant));
    QVERIFY(pair.redundantIngest);
    QCOMPARE(pair.redundantIngestCredentials.size(), 2);
    const RedundantIngestCredential a = pair.redundantIngestCredentials.at(0);
    const RedundantIngestCredential b = pair.redundantIngestCredentials.at(1);
    QVERIFY(!a.participantId.isEmpty() && !b.participantId.isEmpty());
    QVERIFY(a.participantId != b.participantId);
    QVERIFY(a.streamKey != b.streamKey && a.streamKey != pair.streamKey);
    // Each physical stream is a participant of the stage's session.
    const QJsonObject stage = call(QStringLiteral("GetStage"), {{QStringLiteral("arn"), pair.stageArn}});
    const QString session =
        stage.value(QStringLiteral("stage")).toObject().value(QStringLiteral("activeSessionId")).toString();
    const QJsonArray participants =
        listAll(QStringLiteral("ListParticipants"),
                {{QStringLiteral("stageArn"), pair.stageArn}, {QStringLiteral("sessionId"), session}},
                QStringLiteral("participants"));
    QStringList ids;
    for (const QJsonValue& participant : participants) {
        ids.append(participant.toObject().value(QStringLiteral("participantId")).toString());
    }
    QVERIFY(ids.contains(a.participantId) && ids.contains(b.participantId));

    // Detached, as after DisconnectParticipant: the member is there, and empty.
    const QJsonObject detached =
        call(QStringLiteral("GetIngestConfiguration"),
             {{QStringLiteral("arn"), DemoDataSet::arn(QString::fromLatin1(DemoDataSet::Detached))}})
            .value(QStringLiteral("ingestConfiguration"))
            .toObject();
    QVERIFY(detached.contains(QStringLiteral("stageArn")));
    QCOMPARE(detached.value(QStringLiteral("stageArn")).toString(), QString());
}

void TestDemoDataSet::nonAsciiNamesAndAttributes()
{
    const IngestConfiguration unicode = get(QString::fromLatin1(DemoDataSet::NonAscii));
    QCOMPARE(unicode.name, QStringLiteral("Bühne-東京-1"));
    QCOMPARE(unicode.userId, QStringLiteral("José \"DJ\" Müller / 配信者 🎥"));
    QVERIFY(unicode.attributes.contains({QStringLiteral("会場"), QStringLiteral("東京ドーム")}));
    QVERIFY(unicode.tags.contains({QStringLiteral("Projekt"), QStringLiteral("Übertragung")}));
    // The generated ones for browsing have some too.
    int nonAscii = 0;
    for (const QJsonValue& summary :
         listAll(QStringLiteral("ListIngestConfigurations"), {}, QStringLiteral("ingestConfigurations"))) {
        const QString name = summary.toObject().value(QStringLiteral("name")).toString();
        nonAscii += std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 127; }) ? 1 : 0;
    }
    QVERIFY2(nonAscii > 10, qPrintable(QString::number(nonAscii)));
}

void TestDemoDataSet::stagesHaveEndpointsAndSessions()
{
    for (const QString& arn : DemoDataSet::featuredArns()) {
        const IngestConfiguration configuration = get(arn.section(u'/', -1));
        if (configuration.stageArn.isEmpty()) {
            continue;
        }
        const QJsonObject stage = call(QStringLiteral("GetStage"), {{QStringLiteral("arn"), configuration.stageArn}})
                                      .value(QStringLiteral("stage"))
                                      .toObject();
        const QJsonObject endpoints = stage.value(QStringLiteral("endpoints")).toObject();
        QVERIFY2(endpoints.value(QStringLiteral("rtmps")).toString().startsWith(QLatin1String("rtmps://demo")),
                 qPrintable(arn));
        QVERIFY(endpoints.value(QStringLiteral("rtmp")).toString().startsWith(QLatin1String("rtmp://demo")));
        QVERIFY(stage.value(QStringLiteral("activeSessionId")).toString().startsWith(QLatin1String("st-")));
    }
    // The legacy stage predates RTMP ingest; the deleted one is gone.
    const IngestConfiguration legacy = get(QString::fromLatin1(DemoDataSet::LegacyRtmp));
    const QJsonObject endpoints = call(QStringLiteral("GetStage"), {{QStringLiteral("arn"), legacy.stageArn}})
                                      .value(QStringLiteral("stage"))
                                      .toObject()
                                      .value(QStringLiteral("endpoints"))
                                      .toObject();
    QVERIFY(!endpoints.contains(QStringLiteral("rtmp")) && endpoints.contains(QStringLiteral("whip")));
    AwsError error;
    call(QStringLiteral("GetStage"),
         {{QStringLiteral("arn"), get(QString::fromLatin1(DemoDataSet::StageGone)).stageArn}}, &error);
    QCOMPARE(error.code, QStringLiteral("ResourceNotFoundException"));
}

void TestDemoDataSet::listHasEveryPage()
{
    // The default page is 50 items with a token for the next.
    const QJsonObject first = call(QStringLiteral("ListIngestConfigurations"), {});
    QCOMPARE(first.value(QStringLiteral("ingestConfigurations")).toArray().size(), 50);
    QVERIFY(!first.value(QStringLiteral("nextToken")).toString().isEmpty());
    // Every page, at 100 a page: the featured eight and the generated ones, each once.
    const int total = 8 + DemoDataSet::GeneratedCount;
    const QJsonArray all =
        listAll(QStringLiteral("ListIngestConfigurations"), {}, QStringLiteral("ingestConfigurations"));
    QCOMPARE(all.size(), total);
    QCOMPARE(m_demo->ivs()->requestsTo("/ListIngestConfigurations").size(), 1 + (total + 99) / 100);
    QSet<QString> arns;
    for (const QJsonValue& value : all) {
        const QJsonObject summary = value.toObject();
        arns.insert(summary.value(QStringLiteral("arn")).toString());
        // A summary: never the key, attributes, tags or redundant credentials.
        for (const char* absent : {"streamKey", "attributes", "tags", "redundantIngestCredentials"}) {
            QVERIFY(!summary.contains(QLatin1String(absent)));
        }
    }
    QCOMPARE(arns.size(), total);
    for (const QString& arn : DemoDataSet::allFeaturedArns()) {
        QVERIFY(arns.contains(arn));
    }
    // The last page of 7 at 50 a page has the rest and no token.
    QJsonObject page = first;
    int pages = 1;
    int items = page.value(QStringLiteral("ingestConfigurations")).toArray().size();
    while (page.contains(QStringLiteral("nextToken"))) {
        page = call(QStringLiteral("ListIngestConfigurations"),
                    {{QStringLiteral("nextToken"), page.value(QStringLiteral("nextToken"))}});
        items += page.value(QStringLiteral("ingestConfigurations")).toArray().size();
        ++pages;
    }
    QCOMPARE(items, total);
    QCOMPARE(pages, (total + 49) / 50);
}

void TestDemoDataSet::listFilters()
{
    const QJsonArray all =
        listAll(QStringLiteral("ListIngestConfigurations"), {}, QStringLiteral("ingestConfigurations"));
    int active = 0;
    int onMainStage = 0;
    const QString mainStage = get(QString::fromLatin1(DemoDataSet::ActiveRtmps)).stageArn;
    for (const QJsonValue& value : all) {
        active += value.toObject().value(QStringLiteral("state")).toString() == QLatin1String("ACTIVE") ? 1 : 0;
        onMainStage += value.toObject().value(QStringLiteral("stageArn")).toString() == mainStage ? 1 : 0;
    }
    QVERIFY(active > 3 && active < all.size() / 2);
    const QJsonArray live =
        listAll(QStringLiteral("ListIngestConfigurations"),
                {{QStringLiteral("filterByState"), QStringLiteral("ACTIVE")}}, QStringLiteral("ingestConfigurations"));
    QCOMPARE(live.size(), active);
    for (const QJsonValue& value : live) {
        QCOMPARE(value.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ACTIVE"));
    }
    const QJsonArray staged =
        listAll(QStringLiteral("ListIngestConfigurations"), {{QStringLiteral("filterByStageArn"), mainStage}},
                QStringLiteral("ingestConfigurations"));
    QCOMPARE(staged.size(), onMainStage);
    QVERIFY(onMainStage >= 3);
}

void TestDemoDataSet::listValidation_data()
{
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("both filters") << QJsonObject{{QStringLiteral("filterByState"), QStringLiteral("ACTIVE")},
                                                 {QStringLiteral("filterByStageArn"), stageArn(QStringLiteral("X"))}}
                                  << QStringLiteral("Only one filter");
    QTest::newRow("maxResults 0") << QJsonObject{{QStringLiteral("maxResults"), 0}}
                                  << QStringLiteral("greater than or equal to 1");
    QTest::newRow("maxResults 101") << QJsonObject{{QStringLiteral("maxResults"), 101}}
                                    << QStringLiteral("less than or equal to 100");
    QTest::newRow("unknown state") << QJsonObject{{QStringLiteral("filterByState"), QStringLiteral("LIVE")}}
                                   << QStringLiteral("enum value set");
    QTest::newRow("foreign token") << QJsonObject{{QStringLiteral("nextToken"), QStringLiteral("bm90LW91cnM=")}}
                                   << QStringLiteral("nextToken");
}

void TestDemoDataSet::listValidation()
{
    QFETCH(QJsonObject, input);
    QFETCH(QString, mentions);
    AwsError error;
    call(QStringLiteral("ListIngestConfigurations"), input, &error);
    QCOMPARE(error.code, QStringLiteral("ValidationException"));
    QCOMPARE(error.httpStatus, 400);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestDemoDataSet::participantsAndErrorHistory()
{
    const IngestConfiguration field = get(QString::fromLatin1(DemoDataSet::ErrorHistory));
    const QString session = call(QStringLiteral("GetStage"), {{QStringLiteral("arn"), field.stageArn}})
                                .value(QStringLiteral("stage"))
                                .toObject()
                                .value(QStringLiteral("activeSessionId"))
                                .toString();
    const QJsonObject input{{QStringLiteral("stageArn"), field.stageArn},
                            {QStringLiteral("sessionId"), session},
                            {QStringLiteral("participantId"), field.participantId}};
    const QJsonObject participant =
        call(QStringLiteral("GetParticipant"), input).value(QStringLiteral("participant")).toObject();
    QCOMPARE(participant.value(QStringLiteral("state")).toString(), QStringLiteral("DISCONNECTED"));
    QCOMPARE(participant.value(QStringLiteral("protocol")).toString(), QStringLiteral("RTMP"));
    QCOMPARE(participant.value(QStringLiteral("ingestConfigurationArn")).toString(), field.arn);
    // B-frames first, then too much bitrate, in time order, over pages of two.
    const QJsonArray events = listAll(QStringLiteral("ListParticipantEvents"), input, QStringLiteral("events"), 2);
    QStringList errors;
    QDateTime previous;
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        const QDateTime time = QDateTime::fromString(event.value(QStringLiteral("eventTime")).toString(), Qt::ISODate);
        QVERIFY(!previous.isValid() || previous <= time);
        previous = time;
        if (event.value(QStringLiteral("name")).toString() == QLatin1String("PUBLISH_ERROR")) {
            errors.append(event.value(QStringLiteral("errorCode")).toString());
        }
    }
    QCOMPARE(errors, (QStringList{QStringLiteral("B_FRAME_PRESENT"), QStringLiteral("BITRATE_EXCEEDED")}));
    QCOMPARE(m_demo->ivs()->requestsTo("/ListParticipantEvents").size(), 4); // 8 events, 2 a page
    // A participant that does not exist is not found.
    QJsonObject unknown = input;
    unknown.insert(QStringLiteral("participantId"), QStringLiteral("nobody"));
    AwsError error;
    call(QStringLiteral("GetParticipant"), unknown, &error);
    QCOMPARE(error.code, QStringLiteral("ResourceNotFoundException"));
}

void TestDemoDataSet::participantFilters()
{
    const IngestConfiguration live = get(QString::fromLatin1(DemoDataSet::ActiveRtmps));
    const QString session = call(QStringLiteral("GetStage"), {{QStringLiteral("arn"), live.stageArn}})
                                .value(QStringLiteral("stage"))
                                .toObject()
                                .value(QStringLiteral("activeSessionId"))
                                .toString();
    const QJsonObject base{{QStringLiteral("stageArn"), live.stageArn}, {QStringLiteral("sessionId"), session}};
    const QJsonArray everyone = listAll(QStringLiteral("ListParticipants"), base, QStringLiteral("participants"));
    QJsonObject connected = base;
    connected.insert(QStringLiteral("filterByState"), QStringLiteral("CONNECTED"));
    const QJsonArray online = listAll(QStringLiteral("ListParticipants"), connected, QStringLiteral("participants"));
    QVERIFY(online.size() >= 2 && online.size() < everyone.size());
    for (const QJsonValue& participant : online) {
        QCOMPARE(participant.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("CONNECTED"));
        QVERIFY(!participant.toObject().contains(QStringLiteral("protocol"))); // a summary
    }
    QJsonObject two = connected;
    two.insert(QStringLiteral("filterByPublished"), true);
    AwsError error;
    call(QStringLiteral("ListParticipants"), two, &error);
    QCOMPARE(error.code, QStringLiteral("ValidationException"));
    QJsonObject badSession = base;
    badSession.insert(QStringLiteral("sessionId"), QStringLiteral("session-1"));
    call(QStringLiteral("ListParticipants"), badSession, &error);
    QCOMPARE(error.code, QStringLiteral("ValidationException"));
}

void TestDemoDataSet::signaturesAreChecked()
{
    get(QString::fromLatin1(DemoDataSet::ActiveRtmps));
    QVERIFY(m_demo->ivs()->requests().last().signatureValid);
    QVERIFY(m_demo->ivs()->requests().last().header("Authorization").contains("Credential=AKIDDEMOEXAMPLE00001/"));

    // The demo key id with another secret: the signature does not match.
    IvsClientConfig wrongSecret = config();
    wrongSecret.credentials.secretAccessKey = QStringLiteral("not/the/demo/secret/EXAMPLEKEY0000000000");
    m_client->setConfig(wrongSecret);
    AwsError error;
    call(QStringLiteral("GetIngestConfiguration"),
         {{QStringLiteral("arn"), DemoDataSet::arn(QString::fromLatin1(DemoDataSet::ActiveRtmps))}}, &error);
    QCOMPARE(error.code, QStringLiteral("InvalidSignatureException"));
    QCOMPARE(error.httpStatus, 403);
    QVERIFY(!m_demo->ivs()->requests().last().signatureValid);

    // A key the demo does not know is refused.
    IvsClientConfig unknownKey = config();
    unknownKey.credentials = {QStringLiteral("AKIDUNKNOWNEXAMPLE01"), QStringLiteral("whatever/EXAMPLEKEY"), QString()};
    m_client->setConfig(unknownKey);
    call(QStringLiteral("GetIngestConfiguration"),
         {{QStringLiteral("arn"), DemoDataSet::arn(QString::fromLatin1(DemoDataSet::ActiveRtmps))}}, &error);
    QCOMPARE(error.code, QStringLiteral("UnrecognizedClientException"));
}

void TestDemoDataSet::callerIdentityOfTheDemoKey()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_demo->sts()->url().toString());
    StsCall* call = StsCall::callerIdentity(m_transport, DemoProfiles::credentials(), QStringLiteral("us-east-1"), env,
                                            QString(), AwsHttpOptions(), this);
    QSignalSpy finished(call, &AwsHttpCall::finished);
    QVERIFY(call->isFinished() || finished.wait(10000));
    QVERIFY2(!call->error().isError(), qPrintable(call->error().message));
    QCOMPARE(call->value(QStringLiteral("Account")), QStringLiteral("123456789012"));
    QCOMPARE(call->value(QStringLiteral("Arn")), QString::fromLatin1(DemoProfiles::UserArn));
    QVERIFY(m_demo->sts()->requests().first().signatureValid);
    // The demo environment points both services at the demo, and no file at all.
    const QProcessEnvironment demoEnv = m_demo->environment();
    QCOMPARE(demoEnv.value(QStringLiteral("AWS_ENDPOINT_URL_STS")), m_demo->sts()->url().toString());
    QCOMPARE(demoEnv.value(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME")), m_demo->ivs()->url().toString());
    QVERIFY(demoEnv.contains(QStringLiteral("AWS_CONFIG_FILE")));
    QVERIFY(demoEnv.value(QStringLiteral("AWS_CONFIG_FILE")).isEmpty());
    QVERIFY(!demoEnv.contains(QStringLiteral("HOME")));
    delete call;
}

void TestDemoDataSet::generatedDataIsReproducible()
{
    IvsDataSet first;
    IvsDataSet second;
    first.setClock([this] { return m_now; });
    second.setClock([this] { return m_now; });
    DemoDataSet::fill(&first, m_started);
    DemoDataSet::fill(&second, m_started);
    m_now = m_started.addSecs(3600);
    QCOMPARE(first.ingestConfigurations(), second.ingestConfigurations());
    const QString session = QStringLiteral("st-DemoRehearse1");
    QCOMPARE(first.eventPages(session, QStringLiteral("pDemoRehearsal")),
             second.eventPages(session, QStringLiteral("pDemoRehearsal")));
    QCOMPARE(first.ingestConfigurations().size(), 8 + DemoDataSet::GeneratedCount);
}

void TestDemoDataSet::statesFollowTheClock()
{
    IvsDataSet* data = m_demo->data();
    const QString id = QString::fromLatin1(DemoDataSet::Changing);
    const auto state = [&] {
        return data->ingestConfiguration(id)->value(QStringLiteral("state")).toString();
    };
    const auto events = [&] {
        return data->eventPages(QStringLiteral("st-DemoRehearse1"), QStringLiteral("pDemoRehearsal")).value(0);
    };
    // At the start: three cycles of history (live, drop) and live again.
    QCOMPARE(state(), QStringLiteral("ACTIVE"));
    QJsonArray history = events();
    QCOMPARE(history.size(), 3 * 4 + 2);
    QStringList drops;
    for (const QJsonValue& value : history) {
        const QString name = value.toObject().value(QStringLiteral("name")).toString();
        if (name == QLatin1String("PUBLISH_ERROR") || name == QLatin1String("PUBLISH_STOPPED")) {
            drops.append(name + u' ' + value.toObject().value(QStringLiteral("errorCode")).toString());
        }
    }
    QCOMPARE(drops, (QStringList{QStringLiteral("PUBLISH_ERROR BITRATE_EXCEEDED"), QStringLiteral("PUBLISH_STOPPED "),
                                 QStringLiteral("PUBLISH_ERROR BITRATE_EXCEEDED")}));
    QCOMPARE(history.last().toObject().value(QStringLiteral("eventTime")).toString(), m_started.toString(Qt::ISODate));

    // Live for 40 seconds, then it drops (a clean stop this time) and leaves.
    m_now = m_started.addSecs(39);
    QCOMPARE(state(), QStringLiteral("ACTIVE"));
    QCOMPARE(events().size(), history.size());
    m_now = m_started.addSecs(40);
    QCOMPARE(state(), QStringLiteral("INACTIVE"));
    const QJsonArray dropped = events();
    QCOMPARE(dropped.size(), history.size() + 2);
    QCOMPARE(dropped.at(dropped.size() - 2).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("PUBLISH_STOPPED"));
    QCOMPARE(dropped.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("LEFT"));
    QCOMPARE(dropped.last().toObject().value(QStringLiteral("eventTime")).toString(),
             m_started.addSecs(40).toString(Qt::ISODate));
    // 20 seconds later it is back, and its participant with it.
    m_now = m_started.addSecs(60);
    QCOMPARE(state(), QStringLiteral("ACTIVE"));
    QCOMPARE(data->participant(QStringLiteral("st-DemoRehearse1"), QStringLiteral("pDemoRehearsal"))
                 ->value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("CONNECTED"));
    // The next drop is a failure again.
    m_now = m_started.addSecs(100);
    QCOMPARE(events().at(events().size() - 2).toObject().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("BITRATE_EXCEEDED"));
    // Time never runs back: reading twice changes nothing.
    QCOMPARE(events(), events());
}

void TestDemoDataSet::changesShowThroughTheEndpoint()
{
    const QString id = QString::fromLatin1(DemoDataSet::Changing);
    const auto live = [this] {
        QStringList ids;
        for (const QJsonValue& value : listAll(QStringLiteral("ListIngestConfigurations"),
                                               {{QStringLiteral("filterByState"), QStringLiteral("ACTIVE")}},
                                               QStringLiteral("ingestConfigurations"))) {
            ids.append(value.toObject().value(QStringLiteral("arn")).toString().section(u'/', -1));
        }
        return ids;
    };
    QCOMPARE(get(id).state, QStringLiteral("ACTIVE"));
    QVERIFY(live().contains(id));
    m_now = m_started.addSecs(45);
    QCOMPARE(get(id).state, QStringLiteral("INACTIVE"));
    QVERIFY(!live().contains(id));
    const QJsonArray events = eventsOf(QStringLiteral("st-DemoRehearse1"), QStringLiteral("pDemoRehearsal"));
    QCOMPARE(events.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("LEFT"));
    m_now = m_started.addSecs(61);
    QCOMPARE(get(id).state, QStringLiteral("ACTIVE"));
}

void TestDemoDataSet::longIdleCatchesUpBriefly()
{
    // Ten hours later: the state is the timetable's, the history stays bounded.
    m_now = m_started.addSecs(10 * 3600 + 50); // 50 s into a cycle: off
    IvsDataSet* data = m_demo->data();
    QCOMPARE(data->ingestConfiguration(QString::fromLatin1(DemoDataSet::Changing))
                 ->value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("INACTIVE"));
    const QJsonArray events =
        data->eventPages(QStringLiteral("st-DemoRehearse1"), QStringLiteral("pDemoRehearsal")).value(0);
    QVERIFY(events.size() <= IvsDataSet::MaxEventsPerParticipant);
    QCOMPARE(events.last().toObject().value(QStringLiteral("eventTime")).toString(),
             m_started.addSecs(10 * 3600 + 40).toString(Qt::ISODate));
}

void TestDemoDataSet::setStateByHand()
{
    IvsDataSet* data = m_demo->data();
    const QString arn = DemoDataSet::arn(QString::fromLatin1(DemoDataSet::ActiveRtmps));
    const QString session = QStringLiteral("st-DemoMainSess1");
    const QString participant = QStringLiteral("pDemoStudioA");
    m_now = m_started.addSecs(5);
    QVERIFY(data->setState(arn, QStringLiteral("INACTIVE"), QStringLiteral("RESOLUTION_EXCEEDED")));
    QCOMPARE(get(QString::fromLatin1(DemoDataSet::ActiveRtmps)).state, QStringLiteral("INACTIVE"));
    QJsonArray events = data->eventPages(session, participant).value(0);
    QCOMPARE(events.at(events.size() - 2).toObject().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("RESOLUTION_EXCEEDED"));
    QCOMPARE(events.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("LEFT"));
    QCOMPARE(data->participant(session, participant)->value(QStringLiteral("state")).toString(),
             QStringLiteral("DISCONNECTED"));
    QVERIFY(data->setState(arn, QStringLiteral("ACTIVE")));
    events = data->eventPages(session, participant).value(0);
    QCOMPARE(events.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("PUBLISH_STARTED"));
    QCOMPARE(data->participant(session, participant)->value(QStringLiteral("state")).toString(),
             QStringLiteral("CONNECTED"));
    // Setting the same state again changes nothing.
    QVERIFY(data->setState(arn, QStringLiteral("ACTIVE")));
    QCOMPARE(data->eventPages(session, participant).value(0).size(), events.size());

    // A scheduled configuration set by hand keeps that state.
    const QString changing = QString::fromLatin1(DemoDataSet::Changing);
    QVERIFY(data->setState(changing, QStringLiteral("INACTIVE")));
    QVERIFY(data->schedules().isEmpty());
    m_now = m_started.addSecs(600);
    QCOMPARE(get(changing).state, QStringLiteral("INACTIVE"));
    QVERIFY(!data->setState(QStringLiteral("NoSuchConfiguration"), QStringLiteral("ACTIVE")));
}

void TestDemoDataSet::setStateStartsASessionOnFixtures()
{
    // The fixtures the tests use take the same API: an RTMP publish accepted
    // by nginx can flip a configuration to ACTIVE.
    FakeIvsServer fixtures(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"));
    IvsDataSet* data = fixtures.data();
    QCOMPARE(data->ingestConfiguration(QStringLiteral("RtmpOld1"))->value(QStringLiteral("state")).toString(),
             QStringLiteral("INACTIVE"));
    QVERIFY(data->setState(QStringLiteral("RtmpOld1"), QStringLiteral("ACTIVE")));
    QCOMPARE(data->ingestConfiguration(QStringLiteral("RtmpOld1"))->value(QStringLiteral("state")).toString(),
             QStringLiteral("ACTIVE"));
    // StageOld3 had no session: going live started one, with the participant in it.
    const QString session =
        data->stage(QStringLiteral("StageOld3"))->value(QStringLiteral("activeSessionId")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^st-[a-zA-Z0-9]{13}$")).match(session).hasMatch());
    const QList<QJsonObject> participants = data->participantSummaries(session);
    QCOMPARE(participants.size(), 1);
    QCOMPARE(participants.first().value(QStringLiteral("participantId")).toString(), QStringLiteral("oLdStAgE"));
    QCOMPARE(participants.first().value(QStringLiteral("state")).toString(), QStringLiteral("CONNECTED"));
    // A fixture's fixed pages keep their pages; new events join the last one.
    const QList<QJsonArray> before = data->eventPages(QStringLiteral("st-1AbCdEfGhIjKl"), QStringLiteral("uNiC0de"));
    QCOMPARE(before.size(), 2);
    QVERIFY(data->setState(QStringLiteral("RtmpUnicode1"), QStringLiteral("ACTIVE")));
    const QList<QJsonArray> after = data->eventPages(QStringLiteral("st-1AbCdEfGhIjKl"), QStringLiteral("uNiC0de"));
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.last().size(), before.last().size() + 2);
}

QTEST_GUILESS_MAIN(TestDemoDataSet)
#include "TestDemoDataSet.moc"
