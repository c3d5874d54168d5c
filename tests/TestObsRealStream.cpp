#include "CliRunner.h"
#include "FakeIvsIngest.h"
#include "MediaProbe.h"
#include "NginxRtmp.h"
#include "OnPublishReceiver.h"
#include "RealObs.h"
#include "RequiredPrograms.h"

#include "obs/ObsFixPlanner.h"
#include "obs/ObsPreflight.h"
#include "obs/ObsSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The real OBS Studio (Debian's 29, obs-websocket 5.1) under Xvfb, streaming
// to a real nginx-rtmp whose on_publish accepts one key. One OBS serves every
// function, in order: the defaults are not IVS-safe (library and obs-check),
// the service is compared then set, "Make OBS IVS-safe" fixes them, what
// nginx records is IVS-safe by ffprobe, a wrong key is refused at publish,
// and the restore plan puts the previous values back. Then the same through
// the command line, against a fake IVS endpoint whose configuration turns
// ACTIVE when nginx accepts its key: obs-send refuses to replace OBS's other
// key without --yes, `obs-send --fix-encoder --start` ends ACTIVE with an
// IVS-safe recording, a wrong key is refused at publish and the command says
// so, and --restore-encoder puts OBS back. Over RTMP: nginx-rtmp has no TLS,
// so RTMPS cannot be tried here.
class TestObsRealStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void defaultsAreNotIvsSafe();
    void obsCheckExits1AtDefaults();
    void serviceIsComparedBeforeItIsSet();
    void defaultsReallySendBFrames();
    void fixMakesObsIvsSafe();
    void obsCheckExits0AfterTheFix();
    void streamArrivesIvsSafe();
    void wrongKeyIsRefusedAtPublish();
    void restorePutsThePreviousValuesBack();
    void obsSendRefusesToReplaceWithoutYes();
    void obsSendFixesStartsAndGoesActive();
    void obsSendSaysAWrongKeyWasRefused();
    void obsSendRestoresTheEncoder();

private:
    OnPublishReceiver m_receiver;
    NginxRtmp m_nginx;
    RealObs m_obs;
    FakeIvsIngest m_ivs;
    QString m_arn;
    QString m_wrongArn;
    ObsSession m_session;
    ObsSettings m_original;
    ObsFixPlan m_plan;
    QTemporaryDir m_cliHome;
    const QString m_key = QStringLiteral("rt_123456789012_us-east-1_RealObsTest1_RightKeySecret42");
    const QString m_wrongKey = QStringLiteral("rt_123456789012_us-east-1_RealObsTest1_WrongKeySecret13");

    ObsSettings read();
    ObsError await(const std::function<void(ObsSession::Done)>& step);
    ObsStreamOutcome startAndWatch(int timeoutMs);
    void stopAndWaitUntilInactive();
    CliRunner::Result obsCheck();
    CliRunner::Result obsSend(const QStringList& arguments);
    void verifyNoSecrets(const CliRunner::Result& result);
};

void TestObsRealStream::initTestCase()
{
    IVS_REQUIRE_PROGRAMS(RealObs::programs() +
                         QStringList{NginxRtmp::program(), NginxRtmp::modulePath(), QStringLiteral("ffprobe")});
    QVERIFY(m_receiver.listen());
    m_receiver.setAcceptedKey(m_key);
    QString problem;
    QVERIFY2(m_nginx.start(m_receiver.callbackUrl(), &problem), qPrintable(problem));
    QVERIFY(m_ivs.start(&m_receiver, m_nginx.server()));
    m_arn = m_ivs.addConfiguration(QStringLiteral("RealObsTest1"), m_key);
    m_wrongArn = m_ivs.addConfiguration(QStringLiteral("RealObsWrong1"), m_wrongKey);
    QVERIFY2(m_obs.start(&problem), qPrintable(problem));
    const ObsError error = await([this](ObsSession::Done done) {
        m_session.connectToObs(
            m_obs.url(), [this] { return m_obs.password(); }, done);
    });
    QVERIFY2(!error.isError(), qPrintable(error.message));
    m_original = read();
}

void TestObsRealStream::cleanupTestCase()
{
    m_session.close();
    m_obs.stop();
    m_nginx.stop();
}

ObsError TestObsRealStream::await(const std::function<void(ObsSession::Done)>& step)
{
    std::optional<ObsError> result;
    step([&](const ObsError& error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000)) {
        return ObsError::timeout(QStringLiteral("test step"), 30000);
    }
    return *result;
}

ObsSettings TestObsRealStream::read()
{
    std::optional<ObsSettings> settings;
    ObsError error;
    m_session.readSettings([&](const ObsSettings& read, const ObsError& e) {
        settings = read;
        error = e;
    });
    if (!QTest::qWaitFor([&] { return settings.has_value(); }, 30000) || error.isError()) {
        qWarning("reading OBS's settings failed: %s", qPrintable(error.message));
        return {};
    }
    return *settings;
}

ObsStreamOutcome TestObsRealStream::startAndWatch(int timeoutMs)
{
    std::optional<ObsStreamOutcome> outcome;
    m_session.startAndWatch(timeoutMs, [&](const ObsStreamOutcome& o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs + 10000)) {
        qWarning("the stream watcher never reported");
    }
    return outcome.value_or(ObsStreamOutcome());
}

void TestObsRealStream::stopAndWaitUntilInactive()
{
    await([this](ObsSession::Done done) { m_session.stopStream(done); });
    const bool inactive = QTest::qWaitFor(
        [this] {
            std::optional<ObsStreamStatus> status;
            m_session.streamStatus([&](const ObsStreamStatus& s, const ObsError&) { status = s; });
            return QTest::qWaitFor([&] { return status.has_value(); }, 5000) && !status->outputActive;
        },
        20000);
    if (!inactive) {
        qWarning("the stream output stayed active after StopStream");
    }
}

CliRunner::Result TestObsRealStream::obsCheck()
{
    QProcessEnvironment env = CliRunner::cleanEnvironment(m_cliHome.path());
    env.insert(QStringLiteral("OBS_WEBSOCKET_PASSWORD"), m_obs.password());
    return CliRunner::run({QStringLiteral("obs-check"), QStringLiteral("--obs-url"), m_obs.url().toString()}, env);
}

CliRunner::Result TestObsRealStream::obsSend(const QStringList& arguments)
{
    QProcessEnvironment env = m_ivs.environment(m_cliHome.path());
    env.insert(QStringLiteral("OBS_WEBSOCKET_PASSWORD"), m_obs.password());
    const CliRunner::Result result = CliRunner::run(
        QStringList{QStringLiteral("obs-send"), QStringLiteral("--obs-url"), m_obs.url().toString()} + arguments, env,
        {}, 120000);
    qInfo("obs-send %s: exit %d\n%s%s", qPrintable(arguments.join(u' ')), result.exitCode, result.out.constData(),
          result.err.constData());
    return result;
}

void TestObsRealStream::verifyNoSecrets(const CliRunner::Result& result)
{
    for (const QByteArray& text : {result.out, result.err}) {
        for (const QString& secret :
             {QStringLiteral("RightKeySecret42"), QStringLiteral("WrongKeySecret13"), m_obs.password()}) {
            QVERIFY2(!text.contains(secret.toUtf8()), text.constData());
        }
    }
}

void TestObsRealStream::defaultsAreNotIvsSafe()
{
    qInfo("OBS %s, obs-websocket %s, %s mode, encoder %s, %dx%d at %d/%d fps, UseAdvanced=%s, x264Settings=\"%s\"",
          qPrintable(m_original.obsVersion), qPrintable(m_original.webSocketVersion),
          qPrintable(m_original.outputMode()), qPrintable(m_original.videoEncoder()), m_original.outputWidth,
          m_original.outputHeight, m_original.fpsNumerator, m_original.fpsDenominator,
          qPrintable(m_original.parameter(QStringLiteral("SimpleOutput"), QStringLiteral("UseAdvanced"))),
          qPrintable(m_original.simpleX264Options()));
    QVERIFY(m_original.obsVersion.startsWith(RealObs::installedVersion().section(u'.', 0, 1)));
    QCOMPARE(m_original.outputMode(), QStringLiteral("Simple"));
    const ObsPreflightReport report = ObsPreflight::run(m_original);
    QVERIFY(!report.ivsSafe());
    QCOMPARE(report.find(QStringLiteral("b-frames"))->status, ObsCheck::Status::Problem);
    QCOMPARE(report.find(QStringLiteral("keyframe-interval"))->status, ObsCheck::Status::Problem);
    qInfo("keyframe-interval: %s", qPrintable(report.find(QStringLiteral("keyframe-interval"))->detail));
    QCOMPARE(report.find(QStringLiteral("video-codec"))->status, ObsCheck::Status::Ok);
}

void TestObsRealStream::obsCheckExits1AtDefaults()
{
    const CliRunner::Result result = obsCheck();
    QCOMPARE(result.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("ivsSafe")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("obsVersion")).toString(), m_original.obsVersion);
    QStringList problems;
    for (const QJsonValue& check : report.value(QStringLiteral("checks")).toArray()) {
        if (check.toObject().value(QStringLiteral("status")) == QLatin1String("problem")) {
            problems.append(check.toObject().value(QStringLiteral("id")).toString());
        }
    }
    QCOMPARE(problems, (QStringList{QStringLiteral("b-frames"), QStringLiteral("keyframe-interval")}));
    QVERIFY(!result.out.contains(m_obs.password().toUtf8()));
}

void TestObsRealStream::serviceIsComparedBeforeItIsSet()
{
    std::optional<ObsServiceComparison> comparison;
    const auto compare = [&] {
        comparison.reset();
        m_session.compareService(m_nginx.server(), m_key,
                                 [&](const ObsServiceComparison& c, const ObsError&) { comparison = c; });
        QVERIFY(QTest::qWaitFor([&] { return comparison.has_value(); }, 10000));
    };
    compare();
    QVERIFY(comparison.has_value());
    qInfo("A fresh OBS streams to: type %s, server \"%s\", key \"%s\"", qPrintable(comparison->currentType),
          qPrintable(comparison->currentServer), qPrintable(comparison->currentKeyMasked));
    QVERIFY(!comparison->alreadySet());
    QCOMPARE(comparison->newKeyMasked, QStringLiteral("rt_123456789012_us-east-1_RealObsTest1_<redacted>"));
    const ObsError set = await([this](ObsSession::Done done) { m_session.setService(m_nginx.server(), m_key, done); });
    QVERIFY2(!set.isError(), qPrintable(set.message));
    compare();
    QVERIFY(comparison.has_value());
    QVERIFY(comparison->alreadySet());
    QCOMPARE(comparison->currentKeyMasked, QStringLiteral("rt_123456789012_us-east-1_RealObsTest1_<redacted>"));
}

void TestObsRealStream::defaultsReallySendBFrames()
{
    // What the pre-flight says, measured: OBS's defaults stream B-frames
    // and no keyframe after the first for 8.3 s.
    const ObsStreamOutcome outcome = startAndWatch(30000);
    QVERIFY2(outcome.result == ObsStreamOutcome::Result::Live, qPrintable(outcome.message));
    QTest::qWait(4000);
    stopAndWaitUntilInactive();
    QTRY_VERIFY_WITH_TIMEOUT(!m_nginx.recordings().isEmpty(), 10000);
    const MediaProbe media = MediaProbe::probe(m_nginx.recordings().last());
    QVERIFY2(media.problem.isEmpty(), qPrintable(media.problem));
    qInfo("OBS defaults, as recorded: %s", qPrintable(media.describe()));
    QVERIFY(media.hasBFrames > 0);
    QVERIFY(media.bFrames > 0);
    QCOMPARE(media.keyframeTimes.size(), 1);
    QVERIFY(media.maxKeyframeGap() > 2.5);
}

void TestObsRealStream::fixMakesObsIvsSafe()
{
    m_plan = ObsFixPlanner::plan(m_original);
    for (const ObsParameterChange& change : std::as_const(m_plan.changes)) {
        qInfo("plan: %s/%s: %s -> %s", qPrintable(change.category), qPrintable(change.name),
              qPrintable(change.oldValue.value_or(QStringLiteral("(unset)"))),
              qPrintable(change.newValue.value_or(QStringLiteral("(unset)"))));
    }
    QVERIFY(!m_plan.isEmpty());
    const ObsError applied = await([this](ObsSession::Done done) { m_session.applyPlan(m_plan, done); });
    QVERIFY2(!applied.isError(), qPrintable(applied.message));
    const ObsSettings fixed = read();
    const ObsPreflightReport report = ObsPreflight::run(fixed);
    for (const ObsCheck& check : report.checks) {
        QVERIFY2(check.status == ObsCheck::Status::Ok, qPrintable(check.id + QStringLiteral(": ") + check.detail));
    }
    QVERIFY(report.ivsSafe());
    QVERIFY(ObsFixPlanner::plan(fixed).isEmpty());
}

void TestObsRealStream::obsCheckExits0AfterTheFix()
{
    const CliRunner::Result result = obsCheck();
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("ivsSafe")).toBool(), true);
}

void TestObsRealStream::streamArrivesIvsSafe()
{
    QStringList states;
    connect(&m_session, &ObsSession::streamStateChanged, this,
            [&](const QString& state, bool) { states.append(state); });
    const ObsStreamOutcome outcome = startAndWatch(30000);
    QVERIFY(outcome.everActive);
    QVERIFY(outcome.lastStatus.outputBytes > 0);
    QVERIFY2(outcome.result == ObsStreamOutcome::Result::Live,
             qPrintable(outcome.message + u'\n' + QString::fromUtf8(m_obs.log().right(3000))));
    QTest::qWait(7000); // a few keyframe intervals
    stopAndWaitUntilInactive();
    m_session.disconnect(this);
    qInfo("StreamStateChanged while streaming: %s", qPrintable(states.join(QStringLiteral(", "))));
    QVERIFY(states.contains(QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED")));
    QVERIFY(m_receiver.attempts().last().accepted);
    QCOMPARE(m_receiver.attempts().last().streamKey, m_key);

    QTRY_VERIFY_WITH_TIMEOUT(!m_nginx.recordings().isEmpty(), 10000);
    const MediaProbe media = MediaProbe::probe(m_nginx.recordings().last());
    QVERIFY2(media.problem.isEmpty(), qPrintable(media.problem));
    qInfo("OBS after the fix, as recorded: %s", qPrintable(media.describe()));
    QCOMPARE(media.videoCodec, QStringLiteral("h264"));
    QCOMPARE(media.hasBFrames, 0);
    QCOMPARE(media.bFrames, 0);
    QVERIFY(media.videoFrames >= 150);
    QVERIFY2(media.keyframeTimes.size() >= 3, qPrintable(media.describe()));
    QVERIFY2(media.maxKeyframeGap() <= 2.05, qPrintable(media.describe()));
    QVERIFY(ObsPreflight::fitsIvs(QSize(media.width, media.height)));
    QCOMPARE(media.audioCodec, QStringLiteral("aac"));
}

void TestObsRealStream::wrongKeyIsRefusedAtPublish()
{
    const QString wrongKey = QStringLiteral("rt_123456789012_us-east-1_RealObsTest1_WrongKeySecret13");
    const ObsError set = await([&](ObsSession::Done done) { m_session.setService(m_nginx.server(), wrongKey, done); });
    QVERIFY(!set.isError());
    const qsizetype before = m_receiver.attempts().size();
    const ObsStreamOutcome outcome = startAndWatch(20000);
    qInfo("Wrong key: result %d, states [%s], outputActive %d, outputBytes %lld, message: %s", int(outcome.result),
          qPrintable(outcome.states.join(QStringLiteral(", "))), outcome.lastStatus.outputActive,
          outcome.lastStatus.outputBytes, qPrintable(outcome.message));
    // What OBS 29 does when nginx's on_publish answers 403: STARTING, then
    // STOPPED, never STARTED, and GetStreamStatus never shows it active.
    QCOMPARE(outcome.result, ObsStreamOutcome::Result::NeverStarted);
    QCOMPARE(outcome.states.last(), QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED"));
    QVERIFY(!outcome.states.contains(QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED")));
    QVERIFY(!outcome.everActive);
    QVERIFY(!outcome.lastStatus.outputActive);
    QVERIFY(outcome.message.contains(QLatin1String("refused the connection or the stream key")));
    QTRY_VERIFY(m_receiver.attempts().size() > before);
    QCOMPARE(m_receiver.attempts().at(before).streamKey, wrongKey);
    QVERIFY(!m_receiver.attempts().at(before).accepted);
    QVERIFY(!outcome.message.contains(QLatin1String("WrongKeySecret13")));
    stopAndWaitUntilInactive();
}

void TestObsRealStream::restorePutsThePreviousValuesBack()
{
    const ObsError restored = await([this](ObsSession::Done done) { m_session.applyPlan(m_plan.restorePlan(), done); });
    QVERIFY2(!restored.isError(), qPrintable(restored.message));
    const ObsSettings now = read();
    for (const ObsParameterChange& change : std::as_const(m_plan.changes)) {
        if (!change.isVideoSetting()) {
            QCOMPARE(now.storedParameter(change.category, change.name),
                     m_original.storedParameter(change.category, change.name));
        }
    }
    QCOMPARE(now.outputWidth, m_original.outputWidth);
    QCOMPARE(now.outputHeight, m_original.outputHeight);
    QVERIFY(!ObsPreflight::run(now).ivsSafe());
}

void TestObsRealStream::obsSendRefusesToReplaceWithoutYes()
{
    // OBS holds the wrong key from the test before: another destination.
    const CliRunner::Result result = obsSend({QStringLiteral("--arn"), m_arn});
    QCOMPARE(result.exitCode, 245);
    QVERIFY(result.out.contains("now: rtmp_custom server \"" + m_nginx.server().toUtf8() +
                                "\", stream key rt_123456789012_us-east-1_RealObsTest1_<redacted>"));
    QVERIFY(result.out.contains("  different: the stream key\n"));
    QVERIFY(result.err.contains("--yes"));
    verifyNoSecrets(result);
    std::optional<ObsServiceComparison> comparison;
    m_session.compareService(m_nginx.server(), m_wrongKey,
                             [&](const ObsServiceComparison& c, const ObsError&) { comparison = c; });
    QVERIFY(QTest::qWaitFor([&] { return comparison.has_value(); }, 10000));
    QVERIFY(comparison->alreadySet()); // untouched
}

void TestObsRealStream::obsSendFixesStartsAndGoesActive()
{
    QCOMPARE(m_ivs.state(QStringLiteral("RealObsTest1")), QStringLiteral("INACTIVE"));
    const qsizetype recordingsBefore = m_nginx.recordings().size();
    const CliRunner::Result result = obsSend({QStringLiteral("--arn"), m_arn, QStringLiteral("--yes"),
                                              QStringLiteral("--fix-encoder"), QStringLiteral("--start")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Making OBS IVS-safe, changing:"));
    QVERIFY(result.out.contains("OBS's encoder settings are IVS-safe."));
    // The state the app read turned ACTIVE because nginx accepted the key.
    QVERIFY(result.out.contains("  state ACTIVE  OBS: streaming, "));
    QVERIFY(result.out.contains("Live: the configuration is ACTIVE and OBS is sending"));
    QCOMPARE(m_receiver.attempts().last().streamKey, m_key);
    QVERIFY(m_receiver.attempts().last().accepted);
    verifyNoSecrets(result);

    QTest::qWait(6000); // OBS keeps streaming after the command: a few keyframe intervals
    stopAndWaitUntilInactive();
    QTRY_COMPARE_WITH_TIMEOUT(m_ivs.state(QStringLiteral("RealObsTest1")), QStringLiteral("INACTIVE"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_nginx.recordings().size() > recordingsBefore, 10000);
    const MediaProbe media = MediaProbe::probe(m_nginx.recordings().last());
    QVERIFY2(media.problem.isEmpty(), qPrintable(media.problem));
    qInfo("OBS after obs-send --fix-encoder --start, as recorded: %s", qPrintable(media.describe()));
    QCOMPARE(media.videoCodec, QStringLiteral("h264"));
    QCOMPARE(media.hasBFrames, 0);
    QCOMPARE(media.bFrames, 0);
    QVERIFY2(media.keyframeTimes.size() >= 3, qPrintable(media.describe()));
    QVERIFY2(media.maxKeyframeGap() <= 2.05, qPrintable(media.describe()));
    QVERIFY(ObsPreflight::fitsIvs(QSize(media.width, media.height)));
    QCOMPARE(media.audioCodec, QStringLiteral("aac"));
}

void TestObsRealStream::obsSendSaysAWrongKeyWasRefused()
{
    // The fake IVS hands out a key that the ingest refuses, as IVS refuses
    // a key that is not (or no longer) the configuration's.
    m_receiver.setAcceptedKey(m_key);
    const CliRunner::Result result =
        obsSend({QStringLiteral("--arn"), m_wrongArn, QStringLiteral("--yes"), QStringLiteral("--start")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("Not live: OBS did not start streaming to \"" + m_nginx.server().toUtf8() + '"'),
             result.err.constData());
    QVERIFY(result.err.contains("refused the connection or the stream key"));
    QCOMPARE(m_receiver.attempts().last().streamKey, m_wrongKey);
    QVERIFY(!m_receiver.attempts().last().accepted);
    QCOMPARE(m_ivs.state(QStringLiteral("RealObsWrong1")), QStringLiteral("INACTIVE"));
    verifyNoSecrets(result);
    stopAndWaitUntilInactive();
}

void TestObsRealStream::obsSendRestoresTheEncoder()
{
    const CliRunner::Result result = obsSend({QStringLiteral("--restore-encoder")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Restored "));
    const ObsSettings now = read();
    for (const ObsParameterChange& change : std::as_const(m_plan.changes)) {
        if (!change.isVideoSetting()) {
            QCOMPARE(now.storedParameter(change.category, change.name),
                     m_original.storedParameter(change.category, change.name));
        }
    }
    QCOMPARE(now.outputWidth, m_original.outputWidth);
    QCOMPARE(now.outputHeight, m_original.outputHeight);
}

QTEST_GUILESS_MAIN(TestObsRealStream)
#include "TestObsRealStream.moc"
