#include "obs/ObsAuthentication.h"
#include "obs/ObsFixPlanner.h"
#include "obs/ObsPreflight.h"
#include "obs/ObsReportJson.h"
#include "obs/ObsStreamKey.h"
#include "obs/X264Options.h"

#include <QJsonArray>
#include <QTest>

// The pure parts: the authentication string, x264 options, the pre-flight
// checks, the fix plan and its restore plan, key masking, the report's shape.
class TestObsPreflight : public QObject
{
    Q_OBJECT

private slots:
    void authenticationMatchesAnIndependentComputation();
    void x264OptionsKeepUnrelatedOptions();
    void keyintIsTwoSecondsRoundedDown_data();
    void keyintIsTwoSecondsRoundedDown();
    void obsDefaultsAreNotSafe();
    void planMakesDefaultsSafe();
    void restorePlanUndoesThePlan();
    void resolutionIsScaledInto720p_data();
    void resolutionIsScaledInto720p();
    void bitrateLimits();
    void encoderKinds();
    void advancedModeIsUnknownNotSafe();
    void keyframeIntervalOutsideOneToTwoSeconds();
    void streamKeysAreMasked();
    void reportJsonHasAStableShape();

private:
    // A fresh OBS 29 profile on Debian 12, as read from the real OBS.
    static ObsSettings debianDefaults();
    static ObsSettings applied(ObsSettings settings, const ObsFixPlan& plan);
};

ObsSettings TestObsPreflight::debianDefaults()
{
    ObsSettings settings;
    settings.obsVersion = QStringLiteral("29.0.2");
    settings.setParameter(QStringLiteral("Output"), QStringLiteral("Mode"), QStringLiteral("Simple"));
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("StreamEncoder"), QStringLiteral("x264"));
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("VBitrate"), QStringLiteral("2500"));
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("UseAdvanced"), QStringLiteral("false"));
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("x264Settings"), QJsonValue());
    settings.outputWidth = 1024;
    settings.outputHeight = 640;
    settings.fpsNumerator = 30;
    return settings;
}

ObsSettings TestObsPreflight::applied(ObsSettings settings, const ObsFixPlan& plan)
{
    for (const ObsParameterChange& change : plan.changes) {
        if (change.isVideoSetting()) {
            const int value = change.newValue->toInt();
            (change.name == QLatin1String("outputWidth") ? settings.outputWidth : settings.outputHeight) = value;
        } else {
            settings.setParameter(change.category, change.name,
                                  change.newValue ? QJsonValue(*change.newValue) : QJsonValue());
        }
    }
    return settings;
}

void TestObsPreflight::authenticationMatchesAnIndependentComputation()
{
    // The example salt and challenge of protocol.md ("Creating an
    // authentication string"); the expected value was computed with Python's
    // hashlib and base64, outside this code base.
    QCOMPARE(ObsAuthentication::response(QStringLiteral("supersecretpassword"),
                                         QStringLiteral("lM1GncleQOaCu9lT1yeUZhFYnqhsLLP1G5lAGo3ixaI="),
                                         QStringLiteral("+IxH4CnCiqpX1rM9scsNynZzbOe4KhDeYcTNS3PDaeY=")),
             QStringLiteral("1Ct943GAT+6YQUUX47Ia/ncufilbe6+oD6lY+5kaCu4="));
}

void TestObsPreflight::x264OptionsKeepUnrelatedOptions()
{
    QCOMPARE(ObsFixPlanner::mergedX264Options(QStringLiteral("threads=4  bframes=3 tune=zerolatency bframes=2"), 30),
             QStringLiteral("threads=4 bframes=0 tune=zerolatency keyint=60 profile=baseline"));
    // A profile the operator chose stays: bframes=0 already keeps B-frames out.
    QCOMPARE(ObsFixPlanner::mergedX264Options(QStringLiteral("profile=main keyint=250"), 60),
             QStringLiteral("profile=main keyint=120 bframes=0"));
    QCOMPARE(ObsFixPlanner::mergedX264Options(QString(), 30), QStringLiteral("bframes=0 keyint=60 profile=baseline"));
    const X264Options options = X264Options::parse(QStringLiteral("keyint=90 opencl keyint=120"));
    QCOMPARE(options.intValue(QStringLiteral("keyint")), 120); // x264 applies them in order
    QCOMPARE(options.toString(), QStringLiteral("keyint=90 opencl keyint=120"));
}

void TestObsPreflight::keyintIsTwoSecondsRoundedDown_data()
{
    QTest::addColumn<double>("fps");
    QTest::addColumn<int>("keyint");
    QTest::newRow("30") << 30.0 << 60;
    QTest::newRow("29.97") << 30000.0 / 1001 << 59;
    QTest::newRow("60") << 60.0 << 120;
    QTest::newRow("unknown") << 0.0 << 60;
}

void TestObsPreflight::keyintIsTwoSecondsRoundedDown()
{
    QFETCH(double, fps);
    QFETCH(int, keyint);
    QCOMPARE(ObsFixPlanner::keyintForTwoSeconds(fps), keyint);
}

void TestObsPreflight::obsDefaultsAreNotSafe()
{
    const ObsPreflightReport report = ObsPreflight::run(debianDefaults());
    QVERIFY(!report.ivsSafe());
    QCOMPARE(report.find(QStringLiteral("b-frames"))->status, ObsCheck::Status::Problem);
    const ObsCheck* keyframes = report.find(QStringLiteral("keyframe-interval"));
    QCOMPARE(keyframes->status, ObsCheck::Status::Problem);
    QVERIFY2(keyframes->detail.contains(QLatin1String("8.3 s")), qPrintable(keyframes->detail));
    QCOMPARE(report.find(QStringLiteral("video-codec"))->status, ObsCheck::Status::Ok);
    QCOMPARE(report.find(QStringLiteral("resolution"))->status, ObsCheck::Status::Ok);
    QCOMPARE(report.find(QStringLiteral("video-bitrate"))->status, ObsCheck::Status::Ok);
    QCOMPARE(report.find(QStringLiteral("audio-codec"))->status, ObsCheck::Status::Ok);
    QCOMPARE(report.find(QStringLiteral("audio-video-present"))->status, ObsCheck::Status::Ok);
    for (const ObsCheck& check : report.checks) {
        QCOMPARE(check.fix.isEmpty(), check.status == ObsCheck::Status::Ok);
    }
}

void TestObsPreflight::planMakesDefaultsSafe()
{
    const ObsSettings defaults = debianDefaults();
    const ObsFixPlan plan = ObsFixPlanner::plan(defaults);
    const QList<ObsParameterChange> expected{
        {QStringLiteral("SimpleOutput"), QStringLiteral("UseAdvanced"), QStringLiteral("false"),
         QStringLiteral("true")},
        {QStringLiteral("SimpleOutput"), QStringLiteral("x264Settings"), std::nullopt,
         QStringLiteral("bframes=0 keyint=60 profile=baseline")},
    };
    QCOMPARE(plan.changes, expected);
    QVERIFY(plan.manualSteps.isEmpty());
    QCOMPARE(plan.notes.size(), 1); // applies from the next stream start
    QVERIFY(ObsPreflight::run(applied(defaults, plan)).ivsSafe());
    // Planning again on the fixed settings changes nothing.
    QVERIFY(ObsFixPlanner::plan(applied(defaults, plan)).isEmpty());
}

void TestObsPreflight::restorePlanUndoesThePlan()
{
    ObsSettings settings = debianDefaults();
    settings.outputWidth = 1920;
    settings.outputHeight = 1080;
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("VBitrate"), QStringLiteral("9000"));
    const ObsFixPlan plan = ObsFixPlanner::plan(settings);
    QCOMPARE(plan.changes.size(), 5);
    const ObsSettings fixed = applied(settings, plan);
    QVERIFY(ObsPreflight::run(fixed).ivsSafe());
    const ObsSettings restored = applied(fixed, plan.restorePlan());
    QCOMPARE(restored.parameters, settings.parameters);
    QCOMPARE(restored.outputWidth, 1920);
    QCOMPARE(restored.outputHeight, 1080);
    // x264Settings was not set at all: restoring deletes it (null) again.
    QCOMPARE(plan.restorePlan().changes.at(3).name, QStringLiteral("x264Settings"));
    QCOMPARE(plan.restorePlan().changes.at(3).newValue, std::nullopt);
}

void TestObsPreflight::resolutionIsScaledInto720p_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QSize>("fitted");
    QTest::newRow("1080p") << QSize(1920, 1080) << QSize(1280, 720);
    QTest::newRow("upright 1080p") << QSize(1080, 1920) << QSize(720, 1280);
    QTest::newRow("16:10") << QSize(1920, 1200) << QSize(1152, 720);
    QTest::newRow("ultrawide") << QSize(2560, 1080) << QSize(1280, 540);
    QTest::newRow("already 720p") << QSize(1280, 720) << QSize(1280, 720);
    QTest::newRow("OBS default 1024x640") << QSize(1024, 640) << QSize(1024, 640);
}

void TestObsPreflight::resolutionIsScaledInto720p()
{
    QFETCH(QSize, size);
    QFETCH(QSize, fitted);
    QCOMPARE(ObsFixPlanner::fitInto720p(size), fitted);
    QVERIFY(ObsPreflight::fitsIvs(fitted));
    ObsSettings settings = debianDefaults();
    settings.outputWidth = size.width();
    settings.outputHeight = size.height();
    QCOMPARE(ObsPreflight::resolution(settings).status,
             size == fitted ? ObsCheck::Status::Ok : ObsCheck::Status::Problem);
}

void TestObsPreflight::bitrateLimits()
{
    ObsSettings settings = debianDefaults();
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("VBitrate"), QStringLiteral("8600"));
    QCOMPARE(ObsPreflight::videoBitrate(settings).status, ObsCheck::Status::Problem);
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("VBitrate"), QStringLiteral("7000"));
    const ObsCheck high = ObsPreflight::videoBitrate(settings);
    QCOMPARE(high.status, ObsCheck::Status::Ok);
    QVERIFY2(high.detail.contains(QLatin1String("6000")), qPrintable(high.detail)); // the recommendation
    const ObsFixPlan plan = ObsFixPlanner::plan(settings);
    QVERIFY(plan.changes.contains(
        {QStringLiteral("SimpleOutput"), QStringLiteral("VBitrate"), QStringLiteral("7000"), QStringLiteral("6000")}));
}

void TestObsPreflight::encoderKinds()
{
    ObsSettings settings = debianDefaults();
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("StreamEncoder"),
                          QStringLiteral("nvenc_hevc"));
    QCOMPARE(ObsPreflight::videoCodec(settings).status, ObsCheck::Status::Problem);
    // The plan switches a Simple-mode HEVC/AV1 encoder to x264.
    QCOMPARE(ObsFixPlanner::plan(settings).changes.first().newValue, QStringLiteral("x264"));
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("StreamEncoder"), QStringLiteral("nvenc"));
    QCOMPARE(ObsPreflight::videoCodec(settings).status, ObsCheck::Status::Ok);
    QCOMPARE(ObsPreflight::bFrames(settings).status, ObsCheck::Status::Unknown);
    QCOMPARE(ObsPreflight::keyframeInterval(settings).status, ObsCheck::Status::Unknown);
    QVERIFY(!ObsFixPlanner::plan(settings).manualSteps.isEmpty());
    QVERIFY(!ObsPreflight::run(settings).ivsSafe()); // unknown is not safe
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("StreamEncoder"), QStringLiteral("amd_av1"));
    QCOMPARE(ObsPreflight::videoCodec(settings).status, ObsCheck::Status::Problem);
}

void TestObsPreflight::advancedModeIsUnknownNotSafe()
{
    ObsSettings settings = debianDefaults();
    settings.setParameter(QStringLiteral("Output"), QStringLiteral("Mode"), QStringLiteral("Advanced"));
    settings.setParameter(QStringLiteral("AdvOut"), QStringLiteral("Encoder"), QStringLiteral("obs_x264"));
    const ObsPreflightReport report = ObsPreflight::run(settings);
    QVERIFY(!report.ivsSafe());
    for (const QString& id :
         {QStringLiteral("b-frames"), QStringLiteral("keyframe-interval"), QStringLiteral("video-bitrate")}) {
        QCOMPARE(report.find(id)->status, ObsCheck::Status::Unknown);
        QVERIFY(report.find(id)->detail.contains(QLatin1String("cannot be read through the API")));
    }
    QVERIFY(ObsFixPlanner::plan(settings).changes.isEmpty());
    QVERIFY(!ObsFixPlanner::plan(settings).manualSteps.isEmpty());
    settings.setParameter(QStringLiteral("AdvOut"), QStringLiteral("Rescale"), QStringLiteral("true"));
    settings.setParameter(QStringLiteral("AdvOut"), QStringLiteral("RescaleRes"), QStringLiteral("1920x1080"));
    QCOMPARE(ObsPreflight::resolution(settings).status, ObsCheck::Status::Problem);
    QCOMPARE(ObsFixPlanner::plan(settings).changes.first().newValue, QStringLiteral("1280x720"));
}

void TestObsPreflight::keyframeIntervalOutsideOneToTwoSeconds()
{
    ObsSettings settings = debianDefaults();
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("UseAdvanced"), QStringLiteral("true"));
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("x264Settings"),
                          QStringLiteral("bframes=0 keyint=15"));
    QCOMPARE(ObsPreflight::keyframeInterval(settings).status, ObsCheck::Status::Problem); // 0.5 s
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("x264Settings"),
                          QStringLiteral("bframes=0 keyint=infinite"));
    QCOMPARE(ObsPreflight::keyframeInterval(settings).status, ObsCheck::Status::Problem);
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("x264Settings"),
                          QStringLiteral("bframes=0 keyint=30"));
    QCOMPARE(ObsPreflight::keyframeInterval(settings).status, ObsCheck::Status::Ok);
    QCOMPARE(ObsPreflight::bFrames(settings).status, ObsCheck::Status::Ok);
    // The options only count when "Enable Advanced Encoder Settings" is on.
    settings.setParameter(QStringLiteral("SimpleOutput"), QStringLiteral("UseAdvanced"), QStringLiteral("false"));
    QCOMPARE(ObsPreflight::keyframeInterval(settings).status, ObsCheck::Status::Problem);
    QCOMPARE(ObsPreflight::bFrames(settings).status, ObsCheck::Status::Problem);
}

void TestObsPreflight::streamKeysAreMasked()
{
    const QString key = QStringLiteral("rt_123456789012_us-east-1_AbCdEfGh1234_sEcReTpArT0123456789");
    QCOMPARE(ObsStreamKey::mask(key), QStringLiteral("rt_123456789012_us-east-1_AbCdEfGh1234_<redacted>"));
    QCOMPARE(ObsStreamKey::mask(QStringLiteral("live_somethingelse_secret")), QStringLiteral("<redacted>"));
    QCOMPARE(ObsStreamKey::mask(QString()), QString());
}

void TestObsPreflight::reportJsonHasAStableShape()
{
    ObsSettings settings = debianDefaults();
    settings.streamKey = QStringLiteral("rt_123456789012_us-east-1_AbCdEfGh1234_sEcReTpArT0123456789");
    const QJsonObject json = ObsReportJson::build(settings, ObsPreflight::run(settings));
    QCOMPARE(json.keys().size(), ObsReportJson::memberOrder().value(QString()).size());
    QCOMPARE(json.value(QStringLiteral("ivsSafe")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("checks")).toArray().size(), 7);
    const QJsonObject service =
        json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("streamService")).toObject();
    QCOMPARE(service.value(QStringLiteral("streamKey")).toString(),
             QStringLiteral("rt_123456789012_us-east-1_AbCdEfGh1234_<redacted>"));
    for (const QJsonValue& check : json.value(QStringLiteral("checks")).toArray()) {
        QCOMPARE(check.toObject().keys().size(), 4);
    }
}

QTEST_GUILESS_MAIN(TestObsPreflight)
#include "TestObsPreflight.moc"
