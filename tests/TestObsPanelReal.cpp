#include "NginxRtmp.h"
#include "OnPublishReceiver.h"
#include "RealObs.h"
#include "RequiredPrograms.h"

#include "demo/FakeIvsServer.h"
#include "demo/IvsDataSet.h"
#include "obs/ObsSession.h"
#include "secrets/MemorySecretStore.h"
#include "ui/GoLivePanel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/ObsConfirmation.h"
#include "ui/ObsController.h"
#include "ui/ObsPanel.h"
#include "ui/ObsStreamBox.h"
#include "ui/ResultView.h"
#include "ui/StateBadge.h"

#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

// The OBS page driving the real OBS Studio (Debian's 29 under Xvfb) into a
// real nginx-rtmp, whose on_publish stands in for IVS: the right key turns
// the fake IVS endpoint's configuration ACTIVE, as IVS does when a publisher
// connects. Connect, pre-flight (OBS's defaults are not IVS-safe), "Make OBS
// IVS-safe", send server and key, start streaming: the engine's watch sees
// ACTIVE and "Get it live" says Live with OBS's stream status; then stop and
// restore. Over RTMP with an insecure-ingest configuration: nginx-rtmp has no
// TLS, so RTMPS cannot be tried here.
class TestObsPanelReal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void panelTakesObsLive();

private:
    OnPublishReceiver m_receiver;
    NginxRtmp m_nginx;
    RealObs m_obs;
    FakeIvsServer* m_ivs = nullptr;
    const QString m_arn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/ObsReal1");
    const QString m_key = QStringLiteral("rt_123456789012_us-east-1_ObsReal1_PanelKeySecret99");

    static QPushButton* button(QWidget* panel, const char* name);
    static bool outputActive(ObsSession* obs);
};

bool TestObsPanelReal::outputActive(ObsSession* obs)
{
    std::optional<bool> active;
    obs->streamStatus([&](const ObsStreamStatus& status, const ObsError&) { active = status.outputActive; });
    return !QTest::qWaitFor([&] { return active.has_value(); }, 5000) || *active;
}

void TestObsPanelReal::initTestCase()
{
    IVS_REQUIRE_PROGRAMS(RealObs::programs() +
                         QStringList{NginxRtmp::program(), NginxRtmp::modulePath(), QStringLiteral("ffmpeg")});
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_ivs = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"));
    QVERIFY(m_ivs->listen());
    QVERIFY(m_receiver.listen());
    m_receiver.setAcceptedKey(m_key);
    // IVS turns the configuration ACTIVE when its key publishes.
    m_receiver.setOnAccepted([this](const QString&) { m_ivs->data()->setState(m_arn, QStringLiteral("ACTIVE")); });
    QString problem;
    QVERIFY2(m_nginx.start(m_receiver.callbackUrl(), &problem), qPrintable(problem));
    m_ivs->data()->addStage(
        {{QStringLiteral("arn"), QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/ObsStage1")},
         {QStringLiteral("name"), QStringLiteral("obs-stage")},
         {QStringLiteral("endpoints"),
          QJsonObject{{QStringLiteral("events"), QStringLiteral("wss://global.events.live-video.net")},
                      {QStringLiteral("rtmp"), m_nginx.server()},
                      {QStringLiteral("rtmps"), QStringLiteral("rtmps://127.0.0.1:1/app/")}}},
         {QStringLiteral("tags"), QJsonObject()}});
    m_ivs->data()->addIngestConfiguration(
        {{QStringLiteral("name"), QStringLiteral("obs-real")},
         {QStringLiteral("arn"), m_arn},
         {QStringLiteral("ingestProtocol"), QStringLiteral("RTMP")},
         {QStringLiteral("insecureIngest"), true},
         {QStringLiteral("streamKey"), m_key},
         {QStringLiteral("stageArn"), QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/ObsStage1")},
         {QStringLiteral("participantId"), QStringLiteral("pObsReal1")},
         {QStringLiteral("state"), QStringLiteral("INACTIVE")},
         {QStringLiteral("userId"), QString()},
         {QStringLiteral("redundantIngest"), false},
         {QStringLiteral("attributes"), QJsonObject()},
         {QStringLiteral("tags"), QJsonObject()}});
    QVERIFY2(m_obs.start(&problem), qPrintable(problem));
}

void TestObsPanelReal::cleanupTestCase()
{
    m_obs.stop();
    m_nginx.stop();
    delete m_ivs;
}

QPushButton* TestObsPanelReal::button(QWidget* panel, const char* name)
{
    return panel->findChild<QPushButton*>(QString::fromLatin1(name));
}

void TestObsPanelReal::panelTakesObsLive()
{
    MainWindow window(new MemorySecretStore(this));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(FakeIvsServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(FakeIvsServer::SecretAccessKey));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), m_ivs->url().toString());
    window.setEnvironment(env);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.inspect(m_arn);
    QTRY_VERIFY_WITH_TIMEOUT(window.resultFor(m_arn) && !window.isBusy(), 10000);
    ResultView* view = window.resultFor(m_arn);
    QTRY_VERIFY(!view->goLive()->report().checks.isEmpty());
    QCOMPARE(view->goLive()->report().server(), m_nginx.server());
    auto* panel = view->findChild<ObsPanel*>();
    QVERIFY(panel);
    view->findChild<QTabWidget*>(QStringLiteral("resultTabWidget"))->setCurrentWidget(panel);

    // Connect: the pre-flight runs and finds OBS 29's defaults unsafe.
    panel->findChild<QLineEdit*>(QStringLiteral("obsAddressLineEdit"))->setText(m_obs.url().toString());
    panel->findChild<QLineEdit*>(QStringLiteral("obsPasswordLineEdit"))->setText(m_obs.password());
    QTest::mouseClick(button(panel, "obsConnectPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->checks()->count() == 7, 20000);
    auto* summary = panel->findChild<QLabel*>(QStringLiteral("obsPreflightSummaryLabel"));
    QVERIFY2(summary->text().startsWith(QLatin1String("Not IVS-safe")), qPrintable(summary->text()));

    // Make OBS IVS-safe, after the confirmation.
    ObsConfirmation::setNextAnswer(true);
    QTest::mouseClick(button(panel, "obsFixPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QLatin1String("OBS's encoder settings are IVS-safe.")), 20000);
    QVERIFY(button(panel, "obsRestorePushButton")->isEnabled());

    // Send server and key (a fresh OBS may hold a default destination: agree).
    ObsConfirmation::setNextAnswer(true);
    QTest::mouseClick(button(panel, "obsSendPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->banner()->title() == QLatin1String("Sent to OBS"), 20000);
    ObsConfirmation::setNextAnswer(std::nullopt);

    // Go live: nginx accepts the key, the fake IVS turns ACTIVE, the watch sees it.
    panel->streamBox()->setWatchIntervalMs(1000);
    QTest::mouseClick(panel->streamBox()->streamButton(), Qt::LeftButton);
    auto* verdict = view->goLive()->findChild<QLabel*>(QStringLiteral("verdictLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(verdict->text().startsWith(QLatin1String("Live")),
                              qPrintable(verdict->text() + u'\n' + panel->banner()->text()), 60000);
    QCOMPARE(view->badge()->state(), QStringLiteral("ACTIVE"));
    QVERIFY(m_receiver.attempts().last().accepted);
    // OBS's own status under the headline, once bytes flow.
    QTRY_VERIFY_WITH_TIMEOUT(window.obsController()->lastStatus().outputBytes > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(view->goLive()->obsStatus().startsWith(QLatin1String("OBS is streaming")), 20000);
    QVERIFY(!view->goLive()->obsStatus().startsWith(QLatin1String("OBS is streaming: 0 bytes")));
    qInfo("Get it live: %s / %s", qPrintable(verdict->text()), qPrintable(view->goLive()->obsStatus()));
    QCOMPARE(panel->banner()->title(), QStringLiteral("Live"));
    // IVS_OBS_SCREENSHOT=file.png: how the page looks live (for the README).
    const QString screenshot = qEnvironmentVariable("IVS_OBS_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        window.resize(960, 1010);
        panel->findChild<QScrollArea*>(QStringLiteral("obsScrollArea"))->ensureVisible(0, 0);
        QTest::qWait(1500); // a status poll or two, and the layout settles
        QVERIFY2(window.grab().save(screenshot), qPrintable(screenshot));
    }

    // Stop, then put OBS's settings back.
    const int disconnects = int(m_nginx.errorLog().count("disconnect"));
    QTest::mouseClick(panel->streamBox()->streamButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->streamBox()->streamButton()->text() == QLatin1String("&Start streaming"), 20000);
    // The test signal below needs the stream name free again: OBS's output
    // stopped and nginx saw the publisher go (it refuses a second one).
    QTRY_VERIFY_WITH_TIMEOUT(!outputActive(window.obsController()->obs()), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_nginx.errorLog().count("disconnect") > disconnects, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(button(panel, "obsRestorePushButton")->isEnabled(), 20000);
    QTest::mouseClick(button(panel, "obsRestorePushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->banner()->title() == QLatin1String("Previous settings restored"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QLatin1String("Not IVS-safe")), 20000);

    // The test signal instead of OBS, once IVS reports the configuration
    // INACTIVE again: FFmpeg publishes, the watch sees ACTIVE.
    m_ivs->data()->setState(m_arn, QStringLiteral("INACTIVE"));
    window.refreshCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(panel->streamBox()->testSignalButton()->isEnabled(), 20000);
    panel->findChild<QSpinBox*>(QStringLiteral("testSignalSecondsSpinBox"))->setValue(5);
    ObsConfirmation::setNextAnswer(true);
    QTest::mouseClick(panel->streamBox()->testSignalButton(), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->banner()->title() == QLatin1String("Test signal sent"),
                              qPrintable(panel->banner()->title() + u'\n' + panel->banner()->text()), 60000);
    QVERIFY2(ObsConfirmation::lastQuestion().contains(QLatin1String("obs-stage will see and hear them")),
             qPrintable(ObsConfirmation::lastQuestion()));
    QVERIFY(!ObsConfirmation::lastQuestion().contains(QLatin1String("PanelKeySecret99")));
    QVERIFY2(verdict->text().startsWith(QLatin1String("Live")), qPrintable(verdict->text()));
    QCOMPARE(m_receiver.attempts().last().streamKey, m_key);
    QVERIFY(m_receiver.attempts().last().accepted);
}

QTEST_MAIN(TestObsPanelReal)
#include "TestObsPanelReal.moc"
