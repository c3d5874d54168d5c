#include "CliRunner.h"
#include "FakeObsWebSocket.h"
#include "LoopbackPort.h"
#include "RequiredPrograms.h"

#include "demo/FakeIvsServer.h"
#include "obs/ObsRestorePoint.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// `ivs-inspector obs-send` and `test-signal` as a script runs them, against
// the fake IVS endpoint and the fake obs-websocket: the service set with the
// key masked in everything printed, a different destination not replaced
// without --yes, the fix with its restore point and --restore-encoder,
// --start waiting for ACTIVE or a participant error, each OBS failure's own
// exit code, and test-signal's refusals. The same commands against the real
// OBS, nginx-rtmp and FFmpeg are in TestObsRealStream and TestFfmpegTestSignal.
class TestObsSendCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setsTheServiceMasked();
    void refusesToReplaceWithoutYes();
    void replacesWithYes();
    void asksAtATerminal_data();
    void asksAtATerminal();
    void fixEncoderKeepsARestorePoint();
    void restorePointKeepsTheOldestValues();
    void startWaitsForActive();
    void startReportsParticipantErrors();
    void startRefusesToDisplaceALivePublisher();
    void ctrlCStopsWaitingAndLeavesObsStreaming();
    void obsFailuresHaveTheirOwnExitCodes_data();
    void obsFailuresHaveTheirOwnExitCodes();
    void testSignalRefusesAnActiveConfiguration();
    void testSignalNeedsYesWithoutATerminal();
    void testSignalWithoutFfmpeg();
    void testSignalAsksAtATerminal();
    void badArguments_data();
    void badArguments();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_bin;
    FakeIvsServer* m_ivs = nullptr;
    FakeObsWebSocket* m_obs = nullptr;
    const QString m_password = QStringLiteral("fake-obs-password-5e1d");
    // RtmpUnicode1: RTMP (insecure ingest) on StageOne1, INACTIVE.
    const QString m_arn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpUnicode1");
    const QString m_server = QStringLiteral("rtmp://1a2b3c4d5e6f.global-contribute.live-video.net/app/");
    const QString m_key = QStringLiteral("rt_123456789012_us-east-1_RtmpUnicode1_Zz9_yY8-xX7wW6vV5");
    const QString m_otherKey = QStringLiteral("rt_123456789012_us-east-1_ElseWhere9_OtherSecret0042");

    QProcessEnvironment environment(const QString& path = QString()) const;
    CliRunner::Result run(const QStringList& arguments, const QString& path = QString(), int timeoutMs = 30000);
    // On a pseudo-terminal (util-linux's script), typing `typed`.
    CliRunner::Result runAtTerminal(const QStringList& arguments, const QByteArray& typed);
    void verifyNoSecrets(const CliRunner::Result& result);
    QList<QJsonObject> requests(const QString& type) const;
};

void TestObsSendCommand::init()
{
    m_ivs = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_ivs->listen());
    m_obs = new FakeObsWebSocket(this);
    m_obs->setPassword(m_password);
    QVERIFY(m_obs->listen());
    // A stand-in ffmpeg: found on PATH, never run by the refusals tested here.
    QFile ffmpeg(m_bin.filePath(QStringLiteral("ffmpeg")));
    QVERIFY(ffmpeg.open(QIODevice::WriteOnly));
    ffmpeg.write("#!/bin/sh\nexit 1\n");
    ffmpeg.close();
    ffmpeg.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
}

void TestObsSendCommand::cleanup()
{
    delete m_obs;
    m_obs = nullptr;
    delete m_ivs;
    m_ivs = nullptr;
    QDir(m_home.path()).removeRecursively();
    QDir().mkpath(m_home.path());
}

QProcessEnvironment TestObsSendCommand::environment(const QString& path) const
{
    QProcessEnvironment env = CliRunner::fakeAccountEnvironment(m_home.path(), m_ivs->url());
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    env.insert(QStringLiteral("OBS_WEBSOCKET_PASSWORD"), m_password);
    if (!path.isNull()) {
        env.insert(QStringLiteral("PATH"), path);
    }
    return env;
}

CliRunner::Result TestObsSendCommand::run(const QStringList& arguments, const QString& path, int timeoutMs)
{
    return CliRunner::run(arguments, environment(path), {}, timeoutMs);
}

void TestObsSendCommand::verifyNoSecrets(const CliRunner::Result& result)
{
    for (const QByteArray& text : {result.out, result.err}) {
        for (const char* secret : {"xX7wW6vV5", "OtherSecret0042", "fake-obs-password-5e1d"}) {
            QVERIFY2(!text.contains(secret), text.constData());
        }
    }
}

QList<QJsonObject> TestObsSendCommand::requests(const QString& type) const
{
    QList<QJsonObject> found;
    for (const auto& [requestType, data] : m_obs->requests) {
        if (requestType == type) {
            found.append(data);
        }
    }
    return found;
}

void TestObsSendCommand::setsTheServiceMasked()
{
    const CliRunner::Result result = run({QStringLiteral("obs-send"), QStringLiteral("--arn"), m_arn,
                                          QStringLiteral("--obs-url"), m_obs->url().toString()});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QJsonObject> set = requests(QStringLiteral("SetStreamServiceSettings"));
    QCOMPARE(set.size(), 1);
    const QJsonObject settings = set.first().value(QStringLiteral("streamServiceSettings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("server")).toString(), m_server);
    QCOMPARE(settings.value(QStringLiteral("key")).toString(), m_key);
    QCOMPARE(set.first().value(QStringLiteral("streamServiceType")).toString(), QStringLiteral("rtmp_custom"));
    QVERIFY2(result.out.contains("OBS now streams to \"" + m_server.toUtf8() +
                                 "\" with stream key rt_123456789012_us-east-1_RtmpUnicode1_<redacted>"),
             result.out.constData());
    // OBS at its defaults streams B-frames: said, not fixed without --fix-encoder.
    QVERIFY2(result.err.contains("Warning: OBS's encoder is not IVS-safe (b-frames, keyframe-interval)"),
             result.err.constData());
    QVERIFY(requests(QStringLiteral("SetProfileParameter")).isEmpty());
    verifyNoSecrets(result);
}

void TestObsSendCommand::refusesToReplaceWithoutYes()
{
    m_obs->streamService = {{QStringLiteral("streamServiceType"), QStringLiteral("rtmp_custom")},
                            {QStringLiteral("streamServiceSettings"),
                             QJsonObject{{QStringLiteral("server"), QStringLiteral("rtmp://ingest.example.net/live/")},
                                         {QStringLiteral("key"), m_otherKey}}}};
    const CliRunner::Result result = run({QStringLiteral("obs-send"), QStringLiteral("--arn"), m_arn,
                                          QStringLiteral("--obs-url"), m_obs->url().toString()});
    QCOMPARE(result.exitCode, 245);
    QVERIFY(requests(QStringLiteral("SetStreamServiceSettings")).isEmpty());
    QVERIFY2(result.out.contains("now: rtmp_custom server \"rtmp://ingest.example.net/live/\", stream key "
                                 "rt_123456789012_us-east-1_ElseWhere9_<redacted>"),
             result.out.constData());
    QVERIFY(result.out.contains("new: rtmp_custom server \"" + m_server.toUtf8() + "\""));
    QVERIFY(result.out.contains("  different: the server, the stream key\n"));
    QVERIFY2(result.err.contains("Not replaced") && result.err.contains("--yes"), result.err.constData());
    verifyNoSecrets(result);
}

void TestObsSendCommand::replacesWithYes()
{
    m_obs->streamService = {
        {QStringLiteral("streamServiceType"), QStringLiteral("rtmp_common")},
        {QStringLiteral("streamServiceSettings"),
         QJsonObject{{QStringLiteral("service"), QStringLiteral("Twitch")}, {QStringLiteral("key"), m_otherKey}}}};
    const CliRunner::Result result =
        run({QStringLiteral("obs-send"), QStringLiteral("--arn"), m_arn, QStringLiteral("--obs-url"),
             m_obs->url().toString(), QStringLiteral("--yes")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Replacing it (--yes)."));
    QCOMPARE(requests(QStringLiteral("SetStreamServiceSettings")).size(), 1);
    QCOMPARE(m_obs->streamService.value(QStringLiteral("streamServiceSettings"))
                 .toObject()
                 .value(QStringLiteral("key"))
                 .toString(),
             m_key);
    verifyNoSecrets(result);
}

CliRunner::Result TestObsSendCommand::runAtTerminal(const QStringList& arguments, const QByteArray& typed)
{
    QStringList words;
    for (const QString& word : QStringList{QStringLiteral(IVS_INSPECTOR_BINARY)} + arguments) {
        words.append(u'\'' + word + u'\''); // no quotes in these arguments
    }
    QProcess process;
    process.setProcessEnvironment(environment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("script"), {QStringLiteral("-qec"), words.join(u' '), QStringLiteral("/dev/null")});
    process.write(typed);
    // Spinning the event loop, so the fakes keep answering; stdin stays open
    // (script ends the session at its end of input).
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
    }
    CliRunner::Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput(); // the terminal's output: stdout and stderr together
    return result;
}

void TestObsSendCommand::asksAtATerminal_data()
{
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("set");
    QTest::newRow("yes") << QByteArray("y\n") << 0 << 1;
    QTest::newRow("no") << QByteArray("n\n") << 245 << 0;
    QTest::newRow("just Enter") << QByteArray("\n") << 245 << 0;
}

void TestObsSendCommand::asksAtATerminal()
{
    IVS_REQUIRE_PROGRAMS({QStringLiteral("script")});
    QFETCH(QByteArray, typed);
    QFETCH(int, exitCode);
    QFETCH(int, set);
    m_obs->streamService = {{QStringLiteral("streamServiceType"), QStringLiteral("rtmp_custom")},
                            {QStringLiteral("streamServiceSettings"),
                             QJsonObject{{QStringLiteral("server"), m_server}, {QStringLiteral("key"), m_otherKey}}}};
    const CliRunner::Result result = runAtTerminal({QStringLiteral("obs-send"), QStringLiteral("--arn"), m_arn,
                                                    QStringLiteral("--obs-url"), m_obs->url().toString()},
                                                   typed);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.contains("  different: the stream key") && result.out.contains("Replace it? [y/N] "),
             result.out.constData());
    QCOMPARE(requests(QStringLiteral("SetStreamServiceSettings")).size(), set);
    verifyNoSecrets(result);
}

void TestObsSendCommand::fixEncoderKeepsARestorePoint()
{
    const QMap<QString, QString> before = m_obs->profile;
    const CliRunner::Result fixed =
        run({QStringLiteral("obs-send"), QStringLiteral("--arn"), m_arn, QStringLiteral("--obs-url"),
             m_obs->url().toString(), QStringLiteral("--fix-encoder")});
    QVERIFY2(fixed.exitCode == 0, fixed.err.constData());
    QVERIFY2(fixed.out.contains("Making OBS IVS-safe, changing:\n  SimpleOutput/"), fixed.out.constData());
    QVERIFY2(fixed.out.contains("  SimpleOutput/UseAdvanced: \"false\" -> \"true\"\n"
                                "  SimpleOutput/x264Settings: (not set) -> \"bframes=0 keyint=60 profile=baseline\"\n"),
             fixed.out.constData());
    QVERIFY(fixed.out.contains("obs-send --restore-encoder --obs-url " + m_obs->url().toString().toUtf8()));
    QVERIFY(fixed.out.contains("OBS's encoder settings are IVS-safe."));
    QCOMPARE(m_obs->profile.value(QStringLiteral("SimpleOutput/UseAdvanced")), QStringLiteral("true"));
    QVERIFY(m_obs->profile.value(QStringLiteral("SimpleOutput/x264Settings")).contains(QLatin1String("bframes=0")));
    const QString restorePoint = m_home
                                     .filePath(QStringLiteral(".local/share/ivs-inspector/ivs-inspector/obs-restore/"
                                                              "127.0.0.1-%1.json"))
                                     .arg(m_obs->url().port());
    QVERIFY2(QFile::exists(restorePoint), qPrintable(restorePoint));
    QVERIFY(fixed.out.contains(restorePoint.toUtf8()));
    QCOMPARE(QFile(restorePoint).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    verifyNoSecrets(fixed);

    const CliRunner::Result restored = run({QStringLiteral("obs-send"), QStringLiteral("--restore-encoder"),
                                            QStringLiteral("--obs-url"), m_obs->url().toString()});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY2(restored.out.contains("Putting back what OBS had before --fix-encoder"), restored.out.constData());
    QCOMPARE(m_obs->profile, before);
    QVERIFY(!QFile::exists(restorePoint));

    const CliRunner::Result again = run({QStringLiteral("obs-send"), QStringLiteral("--restore-encoder"),
                                         QStringLiteral("--obs-url"), m_obs->url().toString()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("Nothing to restore"));
}

void TestObsSendCommand::restorePointKeepsTheOldestValues()
{
    const QByteArray dataHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    const QUrl obs(QStringLiteral("ws://127.0.0.1:4455"));
    ObsFixPlan first;
    first.changes = {
        {QStringLiteral("SimpleOutput"), QStringLiteral("x264Settings"), QStringLiteral("keyint=250"),
         QStringLiteral("bframes=0 keyint=60")},
        {QStringLiteral("SimpleOutput"), QStringLiteral("UseAdvanced"), std::nullopt, QStringLiteral("true")}};
    ObsFixPlan second;
    second.changes = {
        {QStringLiteral("SimpleOutput"), QStringLiteral("x264Settings"), QStringLiteral("bframes=0 keyint=60"),
         QStringLiteral("bframes=0 keyint=48")},
        {QStringLiteral("SimpleOutput"), QStringLiteral("VBitrate"), QStringLiteral("9000"), QStringLiteral("6000")}};
    QString problem;
    QVERIFY(ObsRestorePoint::record(obs, first, &problem));
    QVERIFY(ObsRestorePoint::record(obs, second, &problem));
    const std::optional<ObsRestorePoint> point = ObsRestorePoint::load(obs, &problem);
    qputenv("XDG_DATA_HOME", dataHome);
    QVERIFY2(point, qPrintable(problem));
    QVERIFY(point->savedAt.isValid());
    QCOMPARE(point->applied.changes.size(), 3);
    // Back to before the first fix, whatever came between.
    const ObsFixPlan back = point->applied.restorePlan();
    QCOMPARE(back.changes.at(0), (ObsParameterChange{QStringLiteral("SimpleOutput"), QStringLiteral("VBitrate"),
                                                     QStringLiteral("6000"), QStringLiteral("9000")}));
    QCOMPARE(back.changes.at(1), (ObsParameterChange{QStringLiteral("SimpleOutput"), QStringLiteral("UseAdvanced"),
                                                     QStringLiteral("true"), std::nullopt}));
    QCOMPARE(back.changes.at(2),
             (ObsParameterChange{QStringLiteral("SimpleOutput"), QStringLiteral("x264Settings"),
                                 QStringLiteral("bframes=0 keyint=48"), QStringLiteral("keyint=250")}));
}

void TestObsSendCommand::startWaitsForActive()
{
    // The publisher reaching IVS, as the fake endpoint sees it.
    connect(m_obs, &FakeObsWebSocket::streamStarted, this,
            [this] { m_ivs->data()->setState(QStringLiteral("RtmpUnicode1"), QStringLiteral("ACTIVE")); });
    const CliRunner::Result result =
        run({QStringLiteral("obs-send"), QStringLiteral("--arn"), m_arn, QStringLiteral("--obs-url"),
             m_obs->url().toString(), QStringLiteral("--start")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("Starting the stream in OBS...\nOBS is streaming (streaming, "),
             result.out.constData());
    QVERIFY(result.out.contains("  state ACTIVE  OBS: streaming, "));
    QVERIFY(result.out.contains("bytes sent, 0 of "));
    QVERIFY(result.out.contains("Live: the configuration is ACTIVE and OBS is sending"));
    QCOMPARE(requests(QStringLiteral("StartStream")).size(), 1);
    verifyNoSecrets(result);
}

void TestObsSendCommand::startReportsParticipantErrors()
{
    connect(m_obs, &FakeObsWebSocket::streamStarted, this, [this] {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        m_ivs->data()->addEvents(
            QStringLiteral("st-1AbCdEfGhIjKl"), QStringLiteral("uNiC0de"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("PUBLISH_ERROR")},
                                   {QStringLiteral("participantId"), QStringLiteral("uNiC0de")},
                                   {QStringLiteral("eventTime"), now},
                                   {QStringLiteral("errorCode"), QStringLiteral("B_FRAME_PRESENT")}}});
    });
    const CliRunner::Result result =
        run({QStringLiteral("obs-send"), QStringLiteral("--arn"), m_arn, QStringLiteral("--obs-url"),
             m_obs->url().toString(), QStringLiteral("--start")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("Not live: the participant reported PUBLISH_ERROR (B_FRAME_PRESENT)"),
             result.err.constData());
    // The older BITRATE_EXCEEDED in the fixture is not this start's.
    QVERIFY(!result.err.contains("BITRATE_EXCEEDED"));
    verifyNoSecrets(result);
}

void TestObsSendCommand::startRefusesToDisplaceALivePublisher()
{
    const CliRunner::Result result =
        run({QStringLiteral("obs-send"), QStringLiteral("--arn"),
             QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1"),
             QStringLiteral("--obs-url"), m_obs->url().toString(), QStringLiteral("--start")});
    QCOMPARE(result.exitCode, 244);
    QVERIFY2(result.out.contains("another publisher is live on it now"), result.out.constData());
    QVERIFY2(result.err.contains("Not started") && result.err.contains("--yes"), result.err.constData());
    QVERIFY(requests(QStringLiteral("StartStream")).isEmpty());
    verifyNoSecrets(result);
    QVERIFY(!result.out.contains("abcd1234efgh") && !result.err.contains("abcd1234efgh"));
}

void TestObsSendCommand::ctrlCStopsWaitingAndLeavesObsStreaming()
{
    // OBS streams, the configuration never turns ACTIVE: the operator gives up.
    QProcess process;
    process.setProcessEnvironment(environment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(IVS_INSPECTOR_BINARY),
                  {QStringLiteral("obs-send"), QStringLiteral("--arn"), m_arn, QStringLiteral("--obs-url"),
                   m_obs->url().toString(), QStringLiteral("--start")});
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += process.readAllStandardOutput();
            return out.contains("  state INACTIVE  OBS: streaming");
        },
        20000));
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(process.readAllStandardError().contains("Stopped watching; OBS keeps streaming."));
    QVERIFY(m_obs->streaming);
    QVERIFY(requests(QStringLiteral("StopStream")).isEmpty());
}

void TestObsSendCommand::obsFailuresHaveTheirOwnExitCodes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const int v5 = int(FakeObsWebSocket::Mode::Version5);
    QTest::newRow("wrong password") << v5 << QStringLiteral("wrong-obs-password") << 249
                                    << QStringLiteral("refused the WebSocket password");
    QTest::newRow("no password") << v5 << QString() << 249 << QStringLiteral("OBS_WEBSOCKET_PASSWORD");
    QTest::newRow("not running") << -1 << QStringLiteral("fake-obs-password-5e1d") << 248
                                 << QStringLiteral("OBS is not running");
    QTest::newRow("obs-websocket 4") << int(FakeObsWebSocket::Mode::Version4)
                                     << QStringLiteral("fake-obs-password-5e1d") << 250
                                     << QStringLiteral("obs-websocket 4.9.1, which is too old");
    QTest::newRow("not obs-websocket") << int(FakeObsWebSocket::Mode::Garbage)
                                       << QStringLiteral("fake-obs-password-5e1d") << 247
                                       << QStringLiteral("does not speak obs-websocket 5");
}

void TestObsSendCommand::obsFailuresHaveTheirOwnExitCodes()
{
    QFETCH(int, mode);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QString url = m_obs->url().toString();
    if (mode < 0) {
        url = QStringLiteral("ws://127.0.0.1:%1").arg(LoopbackPort::free());
    } else {
        m_obs->setMode(FakeObsWebSocket::Mode(mode));
    }
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("OBS_WEBSOCKET_PASSWORD"), password);
    const CliRunner::Result result = CliRunner::run(
        {QStringLiteral("obs-send"), QStringLiteral("--arn"), m_arn, QStringLiteral("--obs-url"), url}, env);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(says.toUtf8()), result.err.constData());
    QVERIFY(!result.err.contains(password.toUtf8()) || password.isEmpty());
    QVERIFY(requests(QStringLiteral("SetStreamServiceSettings")).isEmpty());
    verifyNoSecrets(result);
}

void TestObsSendCommand::testSignalRefusesAnActiveConfiguration()
{
    const CliRunner::Result result =
        run({QStringLiteral("test-signal"), QStringLiteral("--arn"),
             QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1"),
             QStringLiteral("--yes")},
            m_bin.path());
    QCOMPARE(result.exitCode, 244);
    QVERIFY2(result.err.contains("the configuration is ACTIVE") && result.err.contains("displace"),
             result.err.constData());
}

void TestObsSendCommand::testSignalNeedsYesWithoutATerminal()
{
    const CliRunner::Result result = run({QStringLiteral("test-signal"), QStringLiteral("--arn"), m_arn,
                                          QStringLiteral("--seconds"), QStringLiteral("5")},
                                         m_bin.path());
    QCOMPARE(result.exitCode, 245);
    // (Plural forms come with the English catalog: "second" is enough here.)
    QVERIFY2(result.out.startsWith("For 5 second"), result.out.constData());
    QVERIFY2(result.out.contains("everyone on stage \"main-stage\" will see a moving test pattern"),
             result.out.constData());
    QVERIFY2(result.err.contains("Run again with --yes"), result.err.constData());
    verifyNoSecrets(result);
}

void TestObsSendCommand::testSignalWithoutFfmpeg()
{
    const QTemporaryDir empty;
    const CliRunner::Result result =
        run({QStringLiteral("test-signal"), QStringLiteral("--arn"), m_arn, QStringLiteral("--yes")}, empty.path());
    QCOMPARE(result.exitCode, 246);
    QVERIFY2(result.err.contains("ffmpeg was not found on PATH"), result.err.constData());
    QCOMPARE(m_ivs->requests().size(), 0); // nothing asked of AWS for a run that cannot happen
}

void TestObsSendCommand::testSignalAsksAtATerminal()
{
    IVS_REQUIRE_PROGRAMS({QStringLiteral("script"), QStringLiteral("ffmpeg")});
    const CliRunner::Result result = runAtTerminal({QStringLiteral("test-signal"), QStringLiteral("--arn"), m_arn,
                                                    QStringLiteral("--seconds"), QStringLiteral("5")},
                                                   "n\n");
    QCOMPARE(result.exitCode, 245);
    QVERIFY2(result.out.contains("Send the test signal? [y/N] ") && result.out.contains("Not sent."),
             result.out.constData());
    QVERIFY(!result.out.contains("Sending the test signal"));
    verifyNoSecrets(result);
}

void TestObsSendCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("obs-send without --arn") << QStringList{QStringLiteral("obs-send")} << QStringLiteral("--arn");
    QTest::newRow("restore with --arn") << QStringList{QStringLiteral("obs-send"), QStringLiteral("--restore-encoder"),
                                                       QStringLiteral("--arn"), m_arn}
                                        << QStringLiteral("--restore-encoder");
    QTest::newRow("seconds 0") << QStringList{QStringLiteral("test-signal"), QStringLiteral("--arn"), m_arn,
                                              QStringLiteral("--seconds"), QStringLiteral("0")}
                               << QStringLiteral("--seconds");
    QTest::newRow("seconds too many") << QStringList{QStringLiteral("test-signal"), QStringLiteral("--arn"), m_arn,
                                                     QStringLiteral("--seconds"), QStringLiteral("3601")}
                                      << QStringLiteral("at most 3600");
    QTest::newRow("obs-url http") << QStringList{QStringLiteral("obs-send"), QStringLiteral("--arn"), m_arn,
                                                 QStringLiteral("--obs-url"), QStringLiteral("http://127.0.0.1:4455")}
                                  << QStringLiteral("--obs-url");
}

void TestObsSendCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CliRunner::Result result = run(arguments);
    QCOMPARE(result.exitCode, 252);
    QVERIFY2(result.err.contains(says.toUtf8()), result.err.constData());
}

QTEST_GUILESS_MAIN(TestObsSendCommand)
#include "TestObsSendCommand.moc"
