#include "ivs/IngestConfiguration.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

class TestIngestConfiguration : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryMember();
    void unicodeSurvives();
    void emptyStageArnIsValid();
    void redundantIngest();
    void unknownMembersAreKept();
    void missingRequiredMembersAreNoted();
    void wrongShapes_data();
    void wrongShapes();
    void streamKeyPrefix_data();
    void streamKeyPrefix();

private:
    static IngestConfiguration load(const QString& id);
};

IngestConfiguration TestIngestConfiguration::load(const QString& id)
{
    QFile file(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs/GetIngestConfiguration/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture");
    }
    QString problem;
    const auto config = IngestConfiguration::fromResponse(QJsonDocument::fromJson(file.readAll()).object(), &problem);
    if (!config) {
        qFatal("fixture does not parse: %s", qPrintable(problem));
    }
    return *config;
}

void TestIngestConfiguration::parsesEveryMember()
{
    const IngestConfiguration config = load(QStringLiteral("RtmpsActive1"));
    QCOMPARE(config.name, QStringLiteral("studio-a-main"));
    QCOMPARE(config.arn, QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1"));
    QCOMPARE(config.ingestProtocol, QStringLiteral("RTMPS"));
    QCOMPARE(config.streamKey, QStringLiteral("rt_123456789012_us-east-1_RtmpsActive1_abcd1234efgh5678ijkl9012MNOP34"));
    QCOMPARE(config.stageArn, QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/StageOne1"));
    QCOMPARE(config.participantId, QStringLiteral("pArT1cIp4nT1"));
    QCOMPARE(config.state, QStringLiteral("ACTIVE"));
    QVERIFY(config.isActive());
    QCOMPARE(config.userId, QStringLiteral("encoder-a"));
    QCOMPARE(config.redundantIngest, std::optional<bool>(false));
    QVERIFY(config.redundantIngestCredentials.isEmpty());
    QCOMPARE(config.attributes.size(), 2);
    QVERIFY(config.attributes.contains({QStringLiteral("camera"), QStringLiteral("wide")}));
    QVERIFY(config.tags.contains({QStringLiteral("env"), QStringLiteral("prod")}));
    QVERIFY(config.unknownMembers.isEmpty());
    QVERIFY(config.missingRequired.isEmpty());
}

void TestIngestConfiguration::unicodeSurvives()
{
    const IngestConfiguration config = load(QStringLiteral("RtmpUnicode1"));
    QCOMPARE(config.name, QStringLiteral("Bühne-東京-1"));
    QCOMPARE(config.userId, QStringLiteral("José \"DJ\" Müller / 配信者 🎥"));
    QVERIFY(config.attributes.contains({QStringLiteral("会場"), QStringLiteral("東京ドーム")}));
    QCOMPARE(config.ingestProtocol, QStringLiteral("RTMP"));
    QVERIFY(!config.isActive());
    QVERIFY(!config.redundantIngest.has_value());
}

void TestIngestConfiguration::emptyStageArnIsValid()
{
    const IngestConfiguration config = load(QStringLiteral("NoStage1"));
    QVERIFY(config.stageArn.isEmpty());
    QVERIFY(config.missingRequired.isEmpty()); // present, just empty
    QVERIFY(config.modeledJson().contains(QStringLiteral("stageArn")));
}

void TestIngestConfiguration::redundantIngest()
{
    const IngestConfiguration config = load(QStringLiteral("Redundant1"));
    QCOMPARE(config.redundantIngest, std::optional<bool>(true));
    QCOMPARE(config.redundantIngestCredentials.size(), 2);
    QCOMPARE(config.redundantIngestCredentials.at(1).participantId, QStringLiteral("physicalB"));
    QCOMPARE(config.redundantIngestCredentials.at(1).streamKey,
             QStringLiteral("rt_123456789012_us-east-1_Redundant1_backupSecretB002"));
}

void TestIngestConfiguration::unknownMembersAreKept()
{
    const IngestConfiguration config = load(QStringLiteral("Redundant1"));
    QCOMPARE(config.unknownMembers, QStringList{QStringLiteral("futureMember")});
    QVERIFY(config.raw.contains(QStringLiteral("futureMember")));            // for the raw view
    QVERIFY(!config.modeledJson().contains(QStringLiteral("futureMember"))); // not in AWS CLI output
}

void TestIngestConfiguration::missingRequiredMembersAreNoted()
{
    QString problem;
    const auto config =
        IngestConfiguration::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}, &problem);
    QVERIFY(config.has_value());
    QCOMPARE(config->missingRequired, IngestConfiguration::requiredMembers());
}

void TestIngestConfiguration::wrongShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no wrapper") << QByteArray(R"({"name":"x"})") << QStringLiteral("ingestConfiguration");
    QTest::newRow("wrapper not object") << QByteArray(R"({"ingestConfiguration":[]})")
                                        << QStringLiteral("ingestConfiguration");
    QTest::newRow("number name") << QByteArray(R"({"ingestConfiguration":{"name":5}})") << QStringLiteral("name");
    QTest::newRow("string bool") << QByteArray(R"({"ingestConfiguration":{"redundantIngest":"yes"}})")
                                 << QStringLiteral("redundantIngest");
    QTest::newRow("tags list") << QByteArray(R"({"ingestConfiguration":{"tags":["a"]}})") << QStringLiteral("tags");
    QTest::newRow("attribute number") << QByteArray(R"({"ingestConfiguration":{"attributes":{"a":1}}})")
                                      << QStringLiteral("attributes");
    QTest::newRow("credentials object") << QByteArray(R"({"ingestConfiguration":{"redundantIngestCredentials":{}}})")
                                        << QStringLiteral("redundantIngestCredentials");
    QTest::newRow("credential not object")
        << QByteArray(R"({"ingestConfiguration":{"redundantIngestCredentials":["k"]}})")
        << QStringLiteral("redundantIngestCredentials");
}

void TestIngestConfiguration::wrongShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString problem;
    const auto config = IngestConfiguration::fromResponse(QJsonDocument::fromJson(json).object(), &problem);
    QVERIFY(!config.has_value());
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestIngestConfiguration::streamKeyPrefix_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("documented example") << QStringLiteral("rt_123456789012_us-west-2_AbCdEfGh1234_abcd1234efgh")
                                        << QStringLiteral("rt_123456789012_us-west-2_AbCdEfGh1234_");
    QTest::newRow("secret with underscores")
        << QStringLiteral("rt_1_eu-west-1_Id-1_a_b_c") << QStringLiteral("rt_1_eu-west-1_Id-1_");
    QTest::newRow("low-latency key") << QStringLiteral("sk_us-west-2_abc") << QString();
    QTest::newRow("too few parts") << QStringLiteral("rt_1_us-east-1") << QString();
}

void TestIngestConfiguration::streamKeyPrefix()
{
    QFETCH(QString, key);
    QFETCH(QString, prefix);
    QCOMPARE(IngestConfiguration::streamKeyPrefix(key), prefix);
}

QTEST_GUILESS_MAIN(TestIngestConfiguration)
#include "TestIngestConfiguration.moc"
