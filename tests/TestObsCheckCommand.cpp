#include "CliRunner.h"
#include "FakeObsWebSocket.h"
#include "LoopbackPort.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `ivs-inspector obs-check` as a script runs it, against the fake
// obs-websocket: the report's shape and every exit code. The same command
// against the real OBS is in TestObsRealStream.
class TestObsCheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultsAreNotSafe();
    void fixedSettingsAreSafe();
    void textOutputIsReadable();
    void wrongPasswordExits249();
    void missingPasswordExits249();
    void notRunningExits248();
    void version4Exits250();
    void refusedRequestExits247();
    void badUrlExits252();

private:
    QTemporaryDir m_home;
    FakeObsWebSocket* m_fake = nullptr;
    const QString m_password = QStringLiteral("fake-obs-password-7f3a");
    const QString m_key = QStringLiteral("rt_123456789012_us-east-1_AbCdEfGh1234_KeyInObsSecret77");

    CliRunner::Result run(const QStringList& extra, const QString& password);
    void verifyNoSecrets(const CliRunner::Result& result);
};

void TestObsCheckCommand::init()
{
    m_fake = new FakeObsWebSocket(this);
    m_fake->setPassword(m_password);
    m_fake->streamService = {{QStringLiteral("streamServiceType"), QStringLiteral("rtmp_custom")},
                             {QStringLiteral("streamServiceSettings"),
                              QJsonObject{{QStringLiteral("server"),
                                           QStringLiteral("rtmps://abc.global-contribute.live-video.net:443/app/")},
                                          {QStringLiteral("key"), m_key}}}};
    QVERIFY(m_fake->listen());
}

void TestObsCheckCommand::cleanup()
{
    delete m_fake;
    m_fake = nullptr;
}

CliRunner::Result TestObsCheckCommand::run(const QStringList& extra, const QString& password)
{
    QProcessEnvironment env = CliRunner::cleanEnvironment(m_home.path());
    if (!password.isNull()) {
        env.insert(QStringLiteral("OBS_WEBSOCKET_PASSWORD"), password);
    } else {
        env.remove(QStringLiteral("OBS_WEBSOCKET_PASSWORD"));
    }
    return CliRunner::run(QStringList{QStringLiteral("obs-check")} + extra, env);
}

void TestObsCheckCommand::verifyNoSecrets(const CliRunner::Result& result)
{
    for (const QByteArray& text : {result.out, result.err}) {
        QVERIFY2(!text.contains(m_password.toUtf8()), text.constData());
        QVERIFY2(!text.contains("KeyInObsSecret77"), text.constData());
    }
}

void TestObsCheckCommand::defaultsAreNotSafe()
{
    const CliRunner::Result result = run({QStringLiteral("--obs-url"), m_fake->url().toString()}, m_password);
    QCOMPARE(result.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("ivsSafe")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("obsVersion")).toString(), QStringLiteral("29.0.2"));
    QCOMPARE(report.value(QStringLiteral("outputMode")).toString(), QStringLiteral("Simple"));
    QCOMPARE(report.value(QStringLiteral("encoder")).toString(), QStringLiteral("x264"));
    QStringList problems;
    for (const QJsonValue& check : report.value(QStringLiteral("checks")).toArray()) {
        if (check.toObject().value(QStringLiteral("status")) == QLatin1String("problem")) {
            problems.append(check.toObject().value(QStringLiteral("id")).toString());
        }
    }
    QCOMPARE(problems, (QStringList{QStringLiteral("b-frames"), QStringLiteral("keyframe-interval")}));
    QCOMPARE(report.value(QStringLiteral("settings"))
                 .toObject()
                 .value(QStringLiteral("streamService"))
                 .toObject()
                 .value(QStringLiteral("streamKey"))
                 .toString(),
             QStringLiteral("rt_123456789012_us-east-1_AbCdEfGh1234_<redacted>"));
    // The AWS CLI's JSON layout: four-space indent, keys in a fixed order.
    QVERIFY(result.out.startsWith("{\n    \"obsVersion\": \"29.0.2\",\n    \"obsWebSocketVersion\""));
    verifyNoSecrets(result);
}

void TestObsCheckCommand::fixedSettingsAreSafe()
{
    m_fake->profile.insert(QStringLiteral("SimpleOutput/UseAdvanced"), QStringLiteral("true"));
    m_fake->profile.insert(QStringLiteral("SimpleOutput/x264Settings"), QStringLiteral("bframes=0 keyint=60"));
    const CliRunner::Result result = run({QStringLiteral("--obs-url=") + m_fake->url().toString()}, m_password);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("ivsSafe")).toBool(), true);
}

void TestObsCheckCommand::textOutputIsReadable()
{
    const CliRunner::Result result =
        run({QStringLiteral("--obs-url"), m_fake->url().toString(), QStringLiteral("--output"), QStringLiteral("text")},
            m_password);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("PROBLEM  b-frames:"), result.out.constData());
    QVERIFY(result.out.contains("Fix: "));
    QVERIFY(result.out.contains("Not IVS-safe: 2 problem(s), 0 not verifiable."));
    QVERIFY(result.out.contains("rt_123456789012_us-east-1_AbCdEfGh1234_<redacted>"));
    verifyNoSecrets(result);
}

void TestObsCheckCommand::wrongPasswordExits249()
{
    const CliRunner::Result result =
        run({QStringLiteral("--obs-url"), m_fake->url().toString()}, QStringLiteral("fake-obs-password-WRONG"));
    QCOMPARE(result.exitCode, 249);
    QVERIFY2(result.err.contains("refused the WebSocket password"), result.err.constData());
    QVERIFY(!result.err.contains("fake-obs-password-WRONG"));
    QVERIFY(result.out.isEmpty());
}

void TestObsCheckCommand::missingPasswordExits249()
{
    const CliRunner::Result result = run({QStringLiteral("--obs-url"), m_fake->url().toString()}, QString());
    QCOMPARE(result.exitCode, 249);
    QVERIFY2(result.err.contains("OBS_WEBSOCKET_PASSWORD"), result.err.constData());
}

void TestObsCheckCommand::notRunningExits248()
{
    const QString url = QStringLiteral("ws://127.0.0.1:%1").arg(LoopbackPort::free());
    const CliRunner::Result result = run({QStringLiteral("--obs-url"), url}, m_password);
    QCOMPARE(result.exitCode, 248);
    QVERIFY2(result.err.contains("OBS is not running"), result.err.constData());
    verifyNoSecrets(result);
}

void TestObsCheckCommand::version4Exits250()
{
    m_fake->setMode(FakeObsWebSocket::Mode::Version4);
    const CliRunner::Result result = run({QStringLiteral("--obs-url"), m_fake->url().toString()}, m_password);
    QCOMPARE(result.exitCode, 250);
    QVERIFY2(result.err.contains("obs-websocket 4.9.1, which is too old"), result.err.constData());
}

void TestObsCheckCommand::refusedRequestExits247()
{
    m_fake->setAnswer(QStringLiteral("GetVideoSettings"),
                      {false, 702, QStringLiteral("Failed to get video info."), {}, false});
    const CliRunner::Result result = run({QStringLiteral("--obs-url"), m_fake->url().toString()}, m_password);
    QCOMPARE(result.exitCode, 247);
    QVERIFY2(result.err.contains("GetVideoSettings (request status 702: Failed to get video info.)"),
             result.err.constData());
}

void TestObsCheckCommand::badUrlExits252()
{
    const CliRunner::Result result =
        run({QStringLiteral("--obs-url"), QStringLiteral("http://127.0.0.1:4455")}, m_password);
    QCOMPARE(result.exitCode, 252);
    QVERIFY(result.err.contains("--obs-url"));
}

QTEST_GUILESS_MAIN(TestObsCheckCommand)
#include "TestObsCheckCommand.moc"
