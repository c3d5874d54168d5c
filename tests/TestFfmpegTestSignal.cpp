#include "CliRunner.h"
#include "FakeIvsIngest.h"
#include "LoopbackPort.h"
#include "MediaProbe.h"
#include "NginxRtmp.h"
#include "OnPublishReceiver.h"
#include "RequiredPrograms.h"

#include "obs/FfmpegTestSignal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The FFmpeg test signal against a real nginx-rtmp whose on_publish accepts
// one key: what arrives is IVS-safe (ffprobe), a wrong key and a closed port
// are typed failures, the key never shows, and cancel and the deadline kill
// FFmpeg. Then `ivs-inspector test-signal` against a fake IVS endpoint
// whose configuration turns ACTIVE when nginx accepts its key: exit 0 with
// ACTIVE seen, and a refused key said as such. Over RTMP: nginx-rtmp has no
// TLS, so RTMPS cannot be tried here.
class TestFfmpegTestSignal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rightKeyArrivesIvsSafe();
    void wrongKeyIsRefusedAtPublish();
    void closedPortIsConnectionRefused();
    void missingFfmpegIsTyped();
    void cancelKillsFfmpeg();
    void deadlineKillsFfmpeg();
    void testSignalCommandSeesActive();
    void testSignalCommandSaysTheKeyWasRefused();

private:
    OnPublishReceiver m_receiver;
    NginxRtmp m_nginx;
    FakeIvsIngest m_ivs;
    QTemporaryDir m_cliHome;
    QStringList m_wentLive; // keys the on_publish hook saw accepted
    const QString m_key = QStringLiteral("rt_123456789012_us-east-1_TestSignal01_RightKeySecret42");
    const QString m_refusedKey = QStringLiteral("rt_123456789012_us-east-1_TestSignal02_RefusedSecret77");

    CliRunner::Result testSignal(const QString& arn);

    FfmpegTestSignalOptions options(const QString& key, int seconds) const;
    static FfmpegTestSignalResult runToEnd(FfmpegTestSignal& signal, const FfmpegTestSignalOptions& options);
};

void TestFfmpegTestSignal::initTestCase()
{
    IVS_REQUIRE_PROGRAMS(
        {QStringLiteral("ffmpeg"), QStringLiteral("ffprobe"), NginxRtmp::program(), NginxRtmp::modulePath()});
    QVERIFY(m_receiver.listen());
    m_receiver.setAcceptedKey(m_key);
    QString problem;
    QVERIFY2(m_nginx.start(m_receiver.callbackUrl(), &problem), qPrintable(problem));
    QVERIFY(m_ivs.start(&m_receiver, m_nginx.server()));
    m_ivs.addConfiguration(QStringLiteral("TestSignal01"), m_key);
    m_ivs.addConfiguration(QStringLiteral("TestSignal02"), m_refusedKey);
    // The fake IVS endpoint flips the configuration to ACTIVE; the test keeps count.
    m_receiver.setOnAccepted([this](const QString& key) {
        m_wentLive.append(key);
        m_ivs.published(key);
    });
}

FfmpegTestSignalOptions TestFfmpegTestSignal::options(const QString& key, int seconds) const
{
    FfmpegTestSignalOptions options;
    options.server = m_nginx.server();
    options.streamKey = key;
    options.seconds = seconds;
    return options;
}

FfmpegTestSignalResult TestFfmpegTestSignal::runToEnd(FfmpegTestSignal& signal, const FfmpegTestSignalOptions& options)
{
    QSignalSpy finished(&signal, &FfmpegTestSignal::finished);
    signal.start(options);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, (options.seconds + 40) * 1000)) {
        return {};
    }
    return finished.first().first().value<FfmpegTestSignalResult>();
}

void TestFfmpegTestSignal::rightKeyArrivesIvsSafe()
{
    FfmpegTestSignal signal;
    QSignalSpy started(&signal, &FfmpegTestSignal::started);
    QSignalSpy publishing(&signal, &FfmpegTestSignal::publishing);
    QSignalSpy progress(&signal, &FfmpegTestSignal::progress);
    const FfmpegTestSignalResult result = runToEnd(signal, options(m_key, 6));
    QVERIFY2(result.ok(), qPrintable(result.message + u'\n' + result.log));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.secondsSent >= 5.5);
    QVERIFY(result.bytesSent > 100000);
    QCOMPARE(started.count(), 1);
    QCOMPARE(publishing.count(), 1);
    QVERIFY(progress.count() >= 4);
    QVERIFY(!result.message.contains(QLatin1String("RightKeySecret42")));
    QCOMPARE(m_receiver.attempts().first().streamKey, m_key);
    QVERIFY(m_receiver.attempts().first().accepted);
    QCOMPARE(m_wentLive, QStringList{m_key});

    QTRY_VERIFY_WITH_TIMEOUT(!m_nginx.recordings().isEmpty(), 10000);
    const MediaProbe media = MediaProbe::probe(m_nginx.recordings().last());
    QVERIFY2(media.problem.isEmpty(), qPrintable(media.problem));
    qInfo("FFmpeg test signal as recorded: %s", qPrintable(media.describe()));
    QCOMPARE(media.videoCodec, QStringLiteral("h264"));
    QCOMPARE(media.hasBFrames, 0);
    QCOMPARE(media.bFrames, 0);
    QVERIFY(media.videoFrames >= 150); // 6 s at 30 fps, give or take the start
    QVERIFY2(media.keyframeTimes.size() >= 3, qPrintable(media.describe()));
    QVERIFY2(media.maxKeyframeGap() <= 2.05, qPrintable(media.describe()));
    QVERIFY(media.width <= 1280 && media.height <= 720);
    QCOMPARE(media.audioCodec, QStringLiteral("aac"));
}

void TestFfmpegTestSignal::wrongKeyIsRefusedAtPublish()
{
    // Not shaped like an IVS key: only the known-secret redaction hides it.
    const QString wrongKey = QStringLiteral("wrong-key-not-ivs-shaped-31337");
    FfmpegTestSignal signal;
    QSignalSpy publishing(&signal, &FfmpegTestSignal::publishing);
    const FfmpegTestSignalResult result = runToEnd(signal, options(wrongKey, 5));
    QCOMPARE(FfmpegTestSignalResult::failureId(result.failure), QStringLiteral("publish-refused"));
    QVERIFY(result.exitCode != 0);
    QCOMPARE(publishing.count(), 0);
    qInfo("Refused publish: %s", qPrintable(result.message));
    QVERIFY(result.message.contains(m_nginx.server()));
    QVERIFY(result.message.contains(QLatin1String("stream key is wrong")));
    for (const QString& text : {result.message, result.log}) {
        QVERIFY2(!text.contains(QLatin1String("31337")), qPrintable(text));
    }
    QCOMPARE(m_receiver.attempts().last().streamKey, wrongKey);
    QVERIFY(!m_receiver.attempts().last().accepted);
    QCOMPARE(m_wentLive, QStringList{m_key}); // a refused key never goes live
}

void TestFfmpegTestSignal::closedPortIsConnectionRefused()
{
    FfmpegTestSignal signal;
    FfmpegTestSignalOptions closed = options(m_key, 3);
    closed.server = QStringLiteral("rtmp://127.0.0.1:%1/app/").arg(LoopbackPort::free());
    const FfmpegTestSignalResult result = runToEnd(signal, closed);
    QCOMPARE(FfmpegTestSignalResult::failureId(result.failure), QStringLiteral("connection-refused"));
    QVERIFY(!result.log.contains(QLatin1String("RightKeySecret42")));
    QVERIFY(!result.message.contains(QLatin1String("RightKeySecret42")));
}

void TestFfmpegTestSignal::missingFfmpegIsTyped()
{
    FfmpegTestSignal signal;
    FfmpegTestSignalOptions missing = options(m_key, 3);
    missing.program = QStringLiteral("ffmpeg-that-is-not-installed");
    FfmpegTestSignalResult result = runToEnd(signal, missing);
    QCOMPARE(result.failure, FfmpegTestSignalResult::Failure::FfmpegMissing);
    QVERIFY(result.message.contains(QLatin1String("apt install ffmpeg")));
    // The usual name, on a PATH without it.
    QTemporaryDir empty;
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", empty.path().toUtf8());
    result = runToEnd(signal, options(m_key, 3));
    qputenv("PATH", path);
    QCOMPARE(result.failure, FfmpegTestSignalResult::Failure::FfmpegMissing);
}

void TestFfmpegTestSignal::cancelKillsFfmpeg()
{
    FfmpegTestSignal signal;
    QSignalSpy publishing(&signal, &FfmpegTestSignal::publishing);
    QSignalSpy finished(&signal, &FfmpegTestSignal::finished);
    signal.start(options(m_key, 60));
    QVERIFY(publishing.wait(20000));
    QElapsedTimer elapsed;
    elapsed.start();
    signal.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(elapsed.elapsed() < 5000);
    QCOMPARE(finished.first().first().value<FfmpegTestSignalResult>().failure,
             FfmpegTestSignalResult::Failure::Cancelled);
    QVERIFY(!signal.isRunning());
}

void TestFfmpegTestSignal::deadlineKillsFfmpeg()
{
    FfmpegTestSignal signal;
    FfmpegTestSignalOptions hung = options(m_key, 60);
    hung.graceMs = -57000; // a 3 s deadline for a 60 s signal
    QElapsedTimer elapsed;
    elapsed.start();
    const FfmpegTestSignalResult result = runToEnd(signal, hung);
    QCOMPARE(result.failure, FfmpegTestSignalResult::Failure::Timeout);
    QVERIFY(elapsed.elapsed() < 10000);
}

CliRunner::Result TestFfmpegTestSignal::testSignal(const QString& arn)
{
    const CliRunner::Result result =
        CliRunner::run({QStringLiteral("test-signal"), QStringLiteral("--arn"), arn, QStringLiteral("--seconds"),
                        QStringLiteral("6"), QStringLiteral("--yes")},
                       m_ivs.environment(m_cliHome.path()), {}, 60000);
    qInfo("test-signal: exit %d\n%s%s", result.exitCode, result.out.constData(), result.err.constData());
    for (const QByteArray& text : {result.out, result.err}) {
        if (text.contains("RightKeySecret42") || text.contains("RefusedSecret77")) {
            qWarning("a stream key was printed");
            return {};
        }
    }
    return result;
}

void TestFfmpegTestSignal::testSignalCommandSeesActive()
{
    // The signals before ended: nginx's on_publish_done turned it INACTIVE.
    QTRY_COMPARE_WITH_TIMEOUT(m_ivs.state(QStringLiteral("TestSignal01")), QStringLiteral("INACTIVE"), 10000);
    const qsizetype recordingsBefore = m_nginx.recordings().size();
    const CliRunner::Result result =
        testSignal(m_ivs.server()->data()->ingestConfigurationArn(QStringLiteral("TestSignal01")));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("everyone on stage \"real-ingest-stage\" will see a moving test pattern"));
    QVERIFY(result.out.contains("with stream key rt_123456789012_us-east-1_TestSignal01_****"));
    QVERIFY(result.out.contains("  state ACTIVE\n"));
    QVERIFY(result.out.contains("Live: the configuration turned ACTIVE while the test signal ran"));
    QCOMPARE(m_receiver.attempts().last().streamKey, m_key);
    QTRY_COMPARE_WITH_TIMEOUT(m_ivs.state(QStringLiteral("TestSignal01")), QStringLiteral("INACTIVE"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_nginx.recordings().size() > recordingsBefore, 10000);
    const MediaProbe media = MediaProbe::probe(m_nginx.recordings().last());
    QVERIFY2(media.problem.isEmpty(), qPrintable(media.problem));
    QCOMPARE(media.hasBFrames, 0);
    QCOMPARE(media.bFrames, 0);
    QVERIFY2(media.maxKeyframeGap() <= 2.05, qPrintable(media.describe()));
    QVERIFY(media.width <= 1280 && media.height <= 720);
    QVERIFY(media.hasVideo() && media.hasAudio());
}

void TestFfmpegTestSignal::testSignalCommandSaysTheKeyWasRefused()
{
    // The fake IVS hands out a key the ingest refuses.
    const CliRunner::Result result =
        testSignal(m_ivs.server()->data()->ingestConfigurationArn(QStringLiteral("TestSignal02")));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("The test signal failed:") && result.err.contains("stream key is wrong"),
             result.err.constData());
    QCOMPARE(m_receiver.attempts().last().streamKey, m_refusedKey);
    QVERIFY(!m_receiver.attempts().last().accepted);
    QCOMPARE(m_ivs.state(QStringLiteral("TestSignal02")), QStringLiteral("INACTIVE"));
}

QTEST_GUILESS_MAIN(TestFfmpegTestSignal)
#include "TestFfmpegTestSignal.moc"
