#include "FailingSecretStore.h"
#include "FakeObsWebSocket.h"

#include "demo/FakeIvsServer.h"
#include "demo/IvsDataSet.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/ObsConnectionStore.h"
#include "ui/GoLivePanel.h"
#include "ui/LiveWatch.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/ObsConfirmation.h"
#include "ui/ObsPanel.h"
#include "ui/ObsStreamBox.h"
#include "ui/ResultView.h"
#include "ui/StateBadge.h"
#include "ui/WindowSession.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

// The OBS page of a result tab, offscreen, against a fake obs-websocket and
// the fake IVS endpoint: the destination OBS holds is shown masked and
// replaced only when the operator agrees (never through the clipboard), the
// pre-flight shows every check with a word and an icon, "Make OBS IVS-safe"
// lists its changes and restores them, a wrong password, an obs-websocket 4
// and a keychain that cannot be used each say what happened, and the test
// signal is refused while ACTIVE and explains a missing FFmpeg.
class TestObsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendAsksBeforeReplacingWithMaskedKeys();
    void preflightShowsEveryCheckWithAWord();
    void advancedModeSaysWhatCannotBeRead();
    void fixShowsChangesAndRestores();
    void wrongPasswordIsNotKept();
    void oldObsWebSocketIsNamed();
    void nothingListeningSaysStartObs();
    void unavailableKeychainKeepsThePasswordForTheSession();
    void testSignalOnlyWhileInactive();
    void missingFfmpegIsExplained();
    void watchEndsWhenActive();
    void watchEndsOnAParticipantError();

private:
    FakeIvsServer* m_ivs = nullptr;
    FakeObsWebSocket* m_obs = nullptr;
    MainWindow* m_window = nullptr;
    SecretStore* m_keychain = nullptr;
    const QString m_password = QStringLiteral("obs-test-password");
    const QString m_inactiveArn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/ObsPanel1");
    const QString m_activeArn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1");
    const QString m_key = QStringLiteral("rt_123456789012_us-east-1_ObsPanel1_panelSecret7777");

    void makeWindow(SecretStore* keychain);
    ObsPanel* open(const QString& arn);
    void connectPanel(ObsPanel* panel, const QUrl& url, const QString& password);
    static QPushButton* button(ObsPanel* panel, const char* name);
};

void TestObsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestObsPanel::init()
{
    QSettings().clear();
    ObsConfirmation::setNextAnswer(std::nullopt);
    m_ivs = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"));
    QVERIFY(m_ivs->listen());
    // An INACTIVE configuration on a stage with RTMPS endpoints.
    m_ivs->data()->addIngestConfiguration(
        {{QStringLiteral("name"), QStringLiteral("obs-panel")},
         {QStringLiteral("arn"), m_inactiveArn},
         {QStringLiteral("ingestProtocol"), QStringLiteral("RTMPS")},
         {QStringLiteral("streamKey"), m_key},
         {QStringLiteral("stageArn"), QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/StageOne1")},
         {QStringLiteral("participantId"), QStringLiteral("pObsPanel1")},
         {QStringLiteral("state"), QStringLiteral("INACTIVE")},
         {QStringLiteral("userId"), QString()},
         {QStringLiteral("redundantIngest"), false},
         {QStringLiteral("attributes"), QJsonObject()},
         {QStringLiteral("tags"), QJsonObject()}});
    m_obs = new FakeObsWebSocket;
    m_obs->setPassword(m_password);
    QVERIFY(m_obs->listen());
}

void TestObsPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_keychain;
    m_keychain = nullptr;
    delete m_obs;
    m_obs = nullptr;
    delete m_ivs;
    m_ivs = nullptr;
}

void TestObsPanel::makeWindow(SecretStore* keychain)
{
    m_keychain = keychain;
    m_window = new MainWindow(keychain);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(FakeIvsServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(FakeIvsServer::SecretAccessKey));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), m_ivs->url().toString());
    m_window->setEnvironment(env);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

ObsPanel* TestObsPanel::open(const QString& arn)
{
    m_window->inspect(arn);
    if (!QTest::qWaitFor([&] { return !m_window->isBusy() && m_window->resultFor(arn); }, 10000)) {
        return nullptr;
    }
    ResultView* view = m_window->resultFor(arn);
    if (!QTest::qWaitFor([&] { return !view->goLive()->report().checks.isEmpty(); }, 10000)) {
        return nullptr;
    }
    auto* panel = view->findChild<ObsPanel*>();
    if (panel) {
        view->findChild<QTabWidget*>(QStringLiteral("resultTabWidget"))->setCurrentWidget(panel);
    }
    return panel;
}

QPushButton* TestObsPanel::button(ObsPanel* panel, const char* name)
{
    return panel->findChild<QPushButton*>(QString::fromLatin1(name));
}

void TestObsPanel::connectPanel(ObsPanel* panel, const QUrl& url, const QString& password)
{
    auto* address = panel->findChild<QLineEdit*>(QStringLiteral("obsAddressLineEdit"));
    auto* field = panel->findChild<QLineEdit*>(QStringLiteral("obsPasswordLineEdit"));
    address->setText(url.toString());
    field->setText(password);
    QTest::mouseClick(button(panel, "obsConnectPushButton"), Qt::LeftButton);
}

void TestObsPanel::sendAsksBeforeReplacingWithMaskedKeys()
{
    makeWindow(new MemorySecretStore);
    const QString otherKey = QStringLiteral("rt_210987654321_eu-west-1_Other9_otherSecretXYZ");
    m_obs->streamService = {{QStringLiteral("streamServiceType"), QStringLiteral("rtmp_custom")},
                            {QStringLiteral("streamServiceSettings"),
                             QJsonObject{{QStringLiteral("server"), QStringLiteral("rtmp://other.example/live/")},
                                         {QStringLiteral("key"), otherKey}}}};
    ObsPanel* panel = open(m_inactiveArn);
    QVERIFY(panel);
    QVERIFY(!button(panel, "obsSendPushButton")->isEnabled()); // not connected yet
    connectPanel(panel, m_obs->url(), m_password);
    QTRY_VERIFY(button(panel, "obsSendPushButton")->isEnabled());

    // Declined: the question shows both destinations, keys masked; nothing changes.
    ObsConfirmation::setNextAnswer(false);
    QTest::mouseClick(button(panel, "obsSendPushButton"), Qt::LeftButton);
    QTRY_COMPARE(panel->banner()->title(), QStringLiteral("Nothing changed"));
    const QString question = ObsConfirmation::lastQuestion();
    QVERIFY2(question.contains(QLatin1String("rtmp://other.example/live/")), qPrintable(question));
    QVERIFY2(question.contains(QLatin1String("rtmps://1a2b3c4d5e6f.global-contribute.live-video.net:443/app/")),
             qPrintable(question));
    QVERIFY(question.contains(QLatin1String("rt_210987654321_eu-west-1_Other9_")));
    QVERIFY(!question.contains(QLatin1String("otherSecretXYZ")));
    QVERIFY(question.contains(QLatin1String("rt_123456789012_us-east-1_ObsPanel1_")));
    QVERIFY(!question.contains(QLatin1String("panelSecret7777")));
    QCOMPARE(
        m_obs->streamService.value(QStringLiteral("streamServiceSettings")).toObject().value(QStringLiteral("key")),
        otherKey);

    // Accepted: OBS gets the server and the key, the clipboard never does.
    QApplication::clipboard()->setText(QStringLiteral("untouched"));
    ObsConfirmation::setNextAnswer(true);
    QTest::mouseClick(button(panel, "obsSendPushButton"), Qt::LeftButton);
    QTRY_COMPARE(panel->banner()->title(), QStringLiteral("Sent to OBS"));
    const QJsonObject set = m_obs->streamService.value(QStringLiteral("streamServiceSettings")).toObject();
    QCOMPARE(set.value(QStringLiteral("key")).toString(), m_key);
    QCOMPARE(set.value(QStringLiteral("server")).toString(),
             QStringLiteral("rtmps://1a2b3c4d5e6f.global-contribute.live-video.net:443/app/"));
    QCOMPARE(m_obs->streamService.value(QStringLiteral("streamServiceType")).toString(), QStringLiteral("rtmp_custom"));
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("untouched"));
    QVERIFY(!panel->banner()->text().contains(QLatin1String("panelSecret7777")));

    // Sent again: nothing to ask.
    const QString before = ObsConfirmation::lastQuestion();
    QTest::mouseClick(button(panel, "obsSendPushButton"), Qt::LeftButton);
    QTRY_COMPARE(panel->banner()->title(), QStringLiteral("Already set"));
    QCOMPARE(ObsConfirmation::lastQuestion(), before);

    // The password OBS accepted is kept in the keychain for the profile.
    std::optional<QString> kept;
    ObsConnectionStore store(m_keychain);
    store.loadPassword(QString(), this,
                       [&](SecretStore::Status, const QString& password, const QString&) { kept = password; });
    QTRY_VERIFY(kept.has_value());
    QCOMPARE(*kept, m_password);
    QCOMPARE(store.url(QString()), m_obs->url());
    QVERIFY(!QSettings().allKeys().join(u' ').contains(m_password));
}

void TestObsPanel::preflightShowsEveryCheckWithAWord()
{
    makeWindow(new MemorySecretStore);
    ObsPanel* panel = open(m_inactiveArn);
    QVERIFY(panel);
    connectPanel(panel, m_obs->url(), m_password);
    QTRY_COMPARE(panel->checks()->count(), 7);
    QStringList problems;
    for (int row = 0; row < panel->checks()->count(); ++row) {
        QListWidgetItem* item = panel->checks()->item(row);
        const QString text = item->text();
        QVERIFY2(text.startsWith(QStringLiteral("✔ OK")) || text.startsWith(QStringLiteral("✘ Problem")) ||
                     text.startsWith(QStringLiteral("? Cannot be read")),
                 qPrintable(text));
        QVERIFY(!item->icon().isNull());
        QCOMPARE(item->data(Qt::AccessibleTextRole).toString(), text);
        if (text.startsWith(QStringLiteral("✘ Problem"))) {
            problems.append(item->data(Qt::UserRole).toString());
            QVERIFY2(text.contains(QLatin1String("What to do: ")), qPrintable(text));
        }
    }
    // OBS 29's defaults: B-frames and a keyframe every 8.3 s.
    QCOMPARE(problems, (QStringList{QStringLiteral("b-frames"), QStringLiteral("keyframe-interval")}));
    auto* summary = panel->findChild<QLabel*>(QStringLiteral("obsPreflightSummaryLabel"));
    QVERIFY2(summary->text().startsWith(QLatin1String("Not IVS-safe: 2 setting")), qPrintable(summary->text()));
}

void TestObsPanel::advancedModeSaysWhatCannotBeRead()
{
    m_obs->profile.insert(QStringLiteral("Output/Mode"), QStringLiteral("Advanced"));
    makeWindow(new MemorySecretStore);
    ObsPanel* panel = open(m_inactiveArn);
    QVERIFY(panel);
    connectPanel(panel, m_obs->url(), m_password);
    QTRY_COMPARE(panel->checks()->count(), 7);
    int unreadable = 0;
    for (int row = 0; row < panel->checks()->count(); ++row) {
        unreadable += panel->checks()->item(row)->text().startsWith(QStringLiteral("? Cannot be read")) ? 1 : 0;
    }
    QVERIFY(unreadable > 0);
    auto* summary = panel->findChild<QLabel*>(QStringLiteral("obsPreflightSummaryLabel"));
    QVERIFY2(summary->text().contains(QLatin1String("cannot be read through OBS's API")), qPrintable(summary->text()));
}

void TestObsPanel::fixShowsChangesAndRestores()
{
    makeWindow(new MemorySecretStore);
    ObsPanel* panel = open(m_inactiveArn);
    QVERIFY(panel);
    const QMap<QString, QString> original = m_obs->profile;
    const QJsonObject originalVideo = m_obs->video;
    connectPanel(panel, m_obs->url(), m_password);
    QTRY_VERIFY(button(panel, "obsFixPushButton")->isEnabled());
    QVERIFY(!button(panel, "obsRestorePushButton")->isEnabled());

    // Declined: nothing changes.
    ObsConfirmation::setNextAnswer(false);
    QTest::mouseClick(button(panel, "obsFixPushButton"), Qt::LeftButton);
    QTRY_VERIFY(ObsConfirmation::lastQuestion().startsWith(QLatin1String("Make OBS IVS-safe?")));
    QTest::qWait(50);
    QCOMPARE(m_obs->profile, original);

    ObsConfirmation::setNextAnswer(true);
    QTest::mouseClick(button(panel, "obsFixPushButton"), Qt::LeftButton);
    QTRY_COMPARE(panel->banner()->title(), QStringLiteral("OBS is IVS-safe"));
    const QString question = ObsConfirmation::lastQuestion();
    QVERIFY2(question.contains(QStringLiteral("SimpleOutput/UseAdvanced: false → true")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("SimpleOutput/x264Settings: (not set) → bframes=0 keyint=60")),
             qPrintable(question));
    QCOMPARE(m_obs->profile.value(QStringLiteral("SimpleOutput/UseAdvanced")), QStringLiteral("true"));
    QTRY_VERIFY(panel->findChild<QLabel*>(QStringLiteral("obsPreflightSummaryLabel"))
                    ->text()
                    .startsWith(QLatin1String("OBS's encoder settings are IVS-safe.")));
    QTRY_VERIFY(button(panel, "obsRestorePushButton")->isEnabled());

    QTest::mouseClick(button(panel, "obsRestorePushButton"), Qt::LeftButton);
    QTRY_COMPARE(panel->banner()->title(), QStringLiteral("Previous settings restored"));
    QCOMPARE(m_obs->profile, original);
    QCOMPARE(m_obs->video, originalVideo);
    QTRY_VERIFY(!button(panel, "obsRestorePushButton")->isEnabled());
    QTRY_VERIFY(panel->findChild<QLabel*>(QStringLiteral("obsPreflightSummaryLabel"))
                    ->text()
                    .startsWith(QLatin1String("Not IVS-safe")));
}

void TestObsPanel::wrongPasswordIsNotKept()
{
    makeWindow(new MemorySecretStore);
    ObsPanel* panel = open(m_inactiveArn);
    QVERIFY(panel);
    connectPanel(panel, m_obs->url(), QStringLiteral("not-the-password"));
    QTRY_COMPARE(panel->banner()->title(), QStringLiteral("Wrong OBS password"));
    QVERIFY(panel->banner()->text().contains(QLatin1String("Show Connect Info")));
    QVERIFY(!panel->banner()->text().contains(QLatin1String("not-the-password")));
    QCOMPARE(panel->banner()->kind(), MessageBanner::Kind::Error);
    std::optional<SecretStore::Status> status;
    ObsConnectionStore(m_keychain)
        .loadPassword(QString(), this, [&](SecretStore::Status s, const QString&, const QString&) { status = s; });
    QTRY_VERIFY(status.has_value());
    QCOMPARE(*status, SecretStore::Status::NotFound);

    // No password at all: the window says where to type it.
    connectPanel(panel, m_obs->url(), QString());
    QTRY_COMPARE(panel->banner()->title(), QStringLiteral("OBS wants a password"));
    QVERIFY(panel->banner()->text().contains(QLatin1String("Password field")));
    QVERIFY(!panel->banner()->text().contains(QLatin1String("OBS_WEBSOCKET_PASSWORD")));
}

void TestObsPanel::oldObsWebSocketIsNamed()
{
    m_obs->setMode(FakeObsWebSocket::Mode::Version4);
    makeWindow(new MemorySecretStore);
    ObsPanel* panel = open(m_inactiveArn);
    QVERIFY(panel);
    connectPanel(panel, m_obs->url(), m_password);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->banner()->title().isEmpty(), 15000);
    QCOMPARE(panel->banner()->title(), QStringLiteral("obs-websocket is too old"));
    QVERIFY2(panel->banner()->text().contains(QLatin1String("OBS 28 or later")), qPrintable(panel->banner()->text()));
}

void TestObsPanel::nothingListeningSaysStartObs()
{
    makeWindow(new MemorySecretStore);
    ObsPanel* panel = open(m_inactiveArn);
    QVERIFY(panel);
    QUrl closed = m_obs->url();
    delete m_obs; // nothing listens there any more
    m_obs = nullptr;
    connectPanel(panel, closed, m_password);
    QTRY_COMPARE(panel->banner()->title(), QStringLiteral("OBS is not running"));
    QVERIFY(panel->banner()->text().contains(QLatin1String("Enable WebSocket server")));
    // Not an address at all.
    connectPanel(panel, QUrl(QStringLiteral("http://127.0.0.1:4455")), m_password);
    QTRY_COMPARE(panel->banner()->title(), QStringLiteral("Not a WebSocket address"));
}

void TestObsPanel::unavailableKeychainKeepsThePasswordForTheSession()
{
    makeWindow(new FailingSecretStore(SecretStore::Status::Unavailable));
    ObsPanel* panel = open(m_inactiveArn);
    QVERIFY(panel);
    connectPanel(panel, m_obs->url(), m_password);
    auto* connection = panel->findChild<QLabel*>(QStringLiteral("obsConnectionLabel"));
    QTRY_VERIFY2(connection->text().contains(QLatin1String("never written to a file")), qPrintable(connection->text()));
    QVERIFY(connection->text().contains(QLatin1String("kept for this session only")));
    QVERIFY(connection->text().startsWith(QLatin1String("Connected to obs-websocket 5.1.0")));
    QVERIFY(!QSettings().allKeys().join(u' ').contains(m_password));
    // Another tab of the same window finds it.
    ObsPanel* other = open(m_activeArn);
    QVERIFY(other);
    QTRY_COMPARE(other->findChild<QLineEdit*>(QStringLiteral("obsPasswordLineEdit"))->text(), m_password);
    // It shares the connection and reads OBS's settings when shown.
    QVERIFY(other->findChild<QPushButton*>(QStringLiteral("obsConnectPushButton"))->text().contains(u"Disco"));
    QTRY_COMPARE(other->checks()->count(), 7);
}

void TestObsPanel::testSignalOnlyWhileInactive()
{
    makeWindow(new MemorySecretStore);
    ObsPanel* active = open(m_activeArn);
    QVERIFY(active);
    QPushButton* send = active->streamBox()->testSignalButton();
    QVERIFY(!send->isEnabled());
    QVERIFY(send->toolTip().contains(QLatin1String("ACTIVE")));
    QVERIFY(active->streamBox()->testSignalNote()->text().contains(QLatin1String("would displace")));

    ObsPanel* inactive = open(m_inactiveArn);
    QVERIFY(inactive);
    QVERIFY(inactive->streamBox()->testSignalButton()->isEnabled());
    QVERIFY(inactive->streamBox()->testSignalBlocker().isEmpty());
}

void TestObsPanel::missingFfmpegIsExplained()
{
    makeWindow(new MemorySecretStore);
    ObsPanel* panel = open(m_inactiveArn);
    QVERIFY(panel);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "");
    ObsConfirmation::setNextAnswer(true);
    QTest::mouseClick(panel->streamBox()->testSignalButton(), Qt::LeftButton);
    qputenv("PATH", path);
    QTRY_COMPARE(panel->banner()->title(), QStringLiteral("FFmpeg is not installed"));
    QVERIFY(panel->banner()->text().contains(QLatin1String("apt install ffmpeg")));
    // It said so before asking anything.
    QVERIFY(!ObsConfirmation::lastQuestion().contains(QLatin1String("test signal")));
}

void TestObsPanel::watchEndsWhenActive()
{
    makeWindow(new MemorySecretStore);
    QVERIFY(open(m_inactiveArn));
    ResultView* view = m_window->resultFor(m_inactiveArn);
    LiveWatch watch(m_window->session()->engine(), view);
    watch.setIntervalMs(200);
    QSignalSpy finished(&watch, &LiveWatch::finished);
    watch.start();
    m_ivs->data()->setState(m_inactiveArn, QStringLiteral("ACTIVE"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<LiveWatch::Outcome>(), LiveWatch::Outcome::Live);
    QCOMPARE(view->badge()->state(), QStringLiteral("ACTIVE"));
    QVERIFY(view->goLive()->findChild<QLabel*>(QStringLiteral("verdictLabel"))->text().startsWith(u"Live"));
}

void TestObsPanel::watchEndsOnAParticipantError()
{
    makeWindow(new MemorySecretStore);
    QVERIFY(open(m_inactiveArn));
    ResultView* view = m_window->resultFor(m_inactiveArn);
    LiveWatch watch(m_window->session()->engine(), view);
    watch.setIntervalMs(200);
    QSignalSpy finished(&watch, &LiveWatch::finished);
    watch.start();
    // The publisher got in and was thrown out for B-frames between two looks.
    m_ivs->data()->setState(m_inactiveArn, QStringLiteral("ACTIVE"));
    m_ivs->data()->setState(m_inactiveArn, QStringLiteral("INACTIVE"), QStringLiteral("B_FRAME_PRESENT"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<LiveWatch::Outcome>(), LiveWatch::Outcome::ErrorReported);
    const QString text = finished.at(0).at(1).toString();
    QVERIFY2(text.startsWith(QLatin1String("Not live because")), qPrintable(text));
    QCOMPARE(view->goLive()->findChild<QLabel*>(QStringLiteral("verdictLabel"))->text(), text);
}

QTEST_MAIN(TestObsPanel)
#include "TestObsPanel.moc"
