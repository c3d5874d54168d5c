#include "FakeNotificationService.h"
#include "PagedIvsServer.h"

#include "inspect/StateTimeline.h"
#include "secrets/MemorySecretStore.h"
#include "ui/AppSettings.h"
#include "ui/ArnBar.h"
#include "ui/BrowsePanel.h"
#include "ui/ConfigurationFilterModel.h"
#include "ui/ConfigurationTableModel.h"
#include "ui/DesktopNotifier.h"
#include "ui/ElidedLabel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/ResultView.h"
#include "ui/ResultsOverview.h"
#include "ui/StateBadge.h"
#include "ui/WatchController.h"
#include "ui/WatchPanel.h"
#include "ui/WatchTimelineView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Watch and browse in the window, offscreen, against a fake with many
// configurations: list a region and open a row with the keyboard, all
// regions with one failing, the last listing offline, a watched tab noticing
// a change (timeline, badge) and its timeline after a restart, the overview
// for several ARNs, a bare ID looked up, and the last known view of a
// configuration when the endpoint is gone.
class TestWatchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void browseListsAndOpensARowWithTheKeyboard();
    void allRegionsWithOneFailing();
    void lastListingWhenOffline();
    void cancelledListingKeepsTheTable();
    void watchedTabNoticesAChangeAndKeepsItsTimeline();
    void overviewForSeveralArns();
    void bareIdIsLookedUp();
    void lastKnownViewWhenOffline();

private:
    PagedIvsServer* m_server = nullptr;
    MainWindow* m_window = nullptr;
    QTemporaryDir m_home;
    QProcess m_bus;
    QString m_busAddress;

    void makeWindow();
    QProcessEnvironment environment(const QUrl& endpoint) const;
    ResultView* waitForResult(const QString& arn);
    void listAndWait(BrowsePanel* browse);
};

void TestWatchWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Notifications go to a notification service on a bus of our own.
    m_busAddress = FakeNotificationService::startPrivateBus(&m_bus);
    QVERIFY2(!m_busAddress.isEmpty(), "dbus-daemon is needed");
}

void TestWatchWindow::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("notifications"));
    QDBusConnection::disconnectFromBus(QStringLiteral("window"));
    m_bus.terminate();
    m_bus.waitForFinished();
}

void TestWatchWindow::init()
{
    QSettings().clear();
    QFile::remove(StateTimeline::defaultPath());
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/last-known.json"));
    AppSettings::setReadTimeoutSeconds(2);
    m_server = new PagedIvsServer(250, this);
    QVERIFY(m_server->listen());
    makeWindow();
}

void TestWatchWindow::makeWindow()
{
    m_window = new MainWindow(new MemorySecretStore(this));
    m_window->setEnvironment(environment(m_server->url()));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestWatchWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_server;
    m_server = nullptr;
    QSettings().clear();
}

QProcessEnvironment TestWatchWindow::environment(const QUrl& endpoint) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(LoopbackHttpServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(LoopbackHttpServer::SecretAccessKey));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), endpoint.toString());
    return env;
}

ResultView* TestWatchWindow::waitForResult(const QString& arn)
{
    ResultView* view = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((view = m_window->resultFor(arn)) != nullptr, 10000);
    }();
    if (view) {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!view->badge()->state().isEmpty(), 10000);
        }();
    }
    return view;
}

void TestWatchWindow::listAndWait(BrowsePanel* browse)
{
    QSignalSpy done(browse, &BrowsePanel::listingFinished);
    QTest::mouseClick(browse->findChild<QPushButton*>(QStringLiteral("browseListButton")), Qt::LeftButton);
    QVERIFY(done.wait(30000));
}

void TestWatchWindow::browseListsAndOpensARowWithTheKeyboard()
{
    // Ctrl+B opens the panel and lists the profile's region, preselected.
    BrowsePanel* browse = m_window->browsePanel();
    QSignalSpy listed(browse, &BrowsePanel::listingFinished);
    QTest::keyClick(m_window, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(m_window->browseDock()->isVisible());
    QCOMPARE(browse->selectedRegion(), QStringLiteral("us-east-1"));
    QVERIFY(listed.wait(30000));
    QCOMPARE(browse->model()->rowCount(), 250);
    QVERIFY(!browse->isStale());
    QVERIFY(browse->statusLabel()->text().contains(QStringLiteral("250")));
    // Three pages of up to 100, through the quota.
    QCOMPARE(m_server->accepted(), 3);
    QCOMPARE(m_server->throttled(), 0);
    // Filter by typing, then open the one row left with Enter.
    QTest::keyClicks(browse->searchField(), QStringLiteral("encoder-00042"));
    QCOMPARE(browse->filter()->rowCount(), 1);
    browse->table()->setFocus();
    browse->table()->setCurrentIndex(browse->filter()->index(0, 0));
    QTest::keyClick(browse->table(), Qt::Key_Return);
    ResultView* view = waitForResult(PagedIvsServer::arnOf(42));
    QVERIFY(view);
    QCOMPARE(view->findChild<ElidedLabel*>(QStringLiteral("nameLabel"))->text(), QStringLiteral("encoder-00042"));
    // The state filter narrows too; every control has a name for screen readers.
    browse->searchField()->clear();
    browse->stateFilter()->setCurrentIndex(browse->stateFilter()->findData(QStringLiteral("ACTIVE")));
    QCOMPARE(browse->filter()->rowCount(), 50);
    for (QWidget* widget : browse->findChildren<QWidget*>()) {
        if ((qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
             qobject_cast<QTableView*>(widget)) &&
            widget->isVisible()) {
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
}

void TestWatchWindow::allRegionsWithOneFailing()
{
    m_server->failRegion(QStringLiteral("eu-west-1"));
    m_window->showBrowse(); // lists the profile's region first
    BrowsePanel* browse = m_window->browsePanel();
    QTRY_VERIFY_WITH_TIMEOUT(!browse->isListing(), 30000);
    browse->selectRegion(QString());
    listAndWait(browse);
    QCOMPARE(browse->model()->rowCount(), 250 * 6);
    QVERIFY(browse->banner()->isVisible());
    QVERIFY(browse->banner()->text().contains(QStringLiteral("eu-west-1")));
    QVERIFY(browse->banner()->text().contains(QStringLiteral("security token")));
    // The region column tells them apart.
    browse->searchField()->setText(QStringLiteral("ap-northeast-2"));
    QCOMPARE(browse->filter()->rowCount(), 250);
}

void TestWatchWindow::lastListingWhenOffline()
{
    m_window->showBrowse(); // lists by itself
    BrowsePanel* browse = m_window->browsePanel();
    QTRY_VERIFY_WITH_TIMEOUT(!browse->isListing(), 30000);
    QCOMPARE(browse->model()->rowCount(), 250);
    delete m_server; // the network is gone
    m_server = nullptr;
    listAndWait(browse);
    QVERIFY(browse->isStale());
    QCOMPARE(browse->model()->rowCount(), 250);
    QCOMPARE(browse->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY(browse->banner()->title().contains(QStringLiteral("Offline")));
    QVERIFY(browse->statusLabel()->text().contains(QStringLiteral("offline")));
    QVERIFY(browse->statusLabel()->text().contains(QStringLiteral("just now")));
}

void TestWatchWindow::cancelledListingKeepsTheTable()
{
    m_window->showBrowse(); // lists by itself
    BrowsePanel* browse = m_window->browsePanel();
    QTRY_VERIFY_WITH_TIMEOUT(!browse->isListing(), 30000);
    QCOMPARE(browse->model()->rowCount(), 250);
    auto* list = browse->findChild<QPushButton*>(QStringLiteral("browseListButton"));
    auto* cancel = browse->findChild<QPushButton*>(QStringLiteral("browseCancelButton"));
    QSignalSpy done(browse, &BrowsePanel::listingFinished);
    QTest::mouseClick(list, Qt::LeftButton);
    QVERIFY(browse->isListing());
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(done.count(), 1);
    QVERIFY(!browse->isListing());
    // What was listed before stays, and is not called stale.
    QCOMPARE(browse->model()->rowCount(), 250);
    QVERIFY(!browse->isStale());
    QCOMPARE(browse->banner()->title(), QStringLiteral("Listing cancelled"));
    QVERIFY(list->isEnabled());
    QVERIFY(!cancel->isEnabled());
}

void TestWatchWindow::watchedTabNoticesAChangeAndKeepsItsTimeline()
{
    const QString arn = PagedIvsServer::arnOf(1); // INACTIVE
    m_window->inspect(arn);
    ResultView* view = waitForResult(arn);
    QVERIFY(view);
    QCOMPARE(view->badge()->state(), QStringLiteral("INACTIVE"));
    FakeNotificationService service;
    QDBusConnection serviceBus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("notifications"));
    QVERIFY(serviceBus.registerObject(QString::fromLatin1(DesktopNotifier::Path), &service,
                                      QDBusConnection::ExportAllSlots));
    QVERIFY(serviceBus.registerService(QString::fromLatin1(DesktopNotifier::Service)));
    m_window->watchController()->setNotifier(
        new DesktopNotifier(QDBusConnection::connectToBus(m_busAddress, QStringLiteral("window")), m_window));
    auto* panel = view->findChild<WatchPanel*>();
    QVERIFY(panel);
    panel->intervalBox()->setValue(1);
    panel->watchToggle()->click();
    QVERIFY(m_window->watchController()->isWatching(arn));
    QTRY_COMPARE_WITH_TIMEOUT(panel->timeline()->rowCount(), 1, 10000);
    // Looks that change nothing add no line, yet move "Last refreshed" on.
    QLabel* refreshed = nullptr;
    for (QLabel* label : view->findChildren<QLabel*>()) {
        if (label->accessibleName() == QLatin1String("Last refreshed")) {
            refreshed = label;
        }
    }
    QVERIFY(refreshed);
    const QString before = refreshed->text();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed->text() != before, 10000);
    QVERIFY(refreshed->text().startsWith(QLatin1String("Last refreshed")));
    QCOMPARE(panel->timeline()->rowCount(), 1);
    m_server->setState(1, QStringLiteral("ACTIVE"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->timeline()->rowCount(), 2, 10000);
    QVERIFY(panel->timeline()->item(0, 2)->text().contains(QStringLiteral("INACTIVE → ACTIVE")));
    QCOMPARE(view->badge()->state(), QStringLiteral("ACTIVE")); // the tab follows
    // The desktop was told, once: the first look is no news.
    QTRY_COMPARE(service.calls.size(), 1);
    QCOMPARE(service.calls.first().summary, QStringLiteral("encoder-00001 is ACTIVE"));
    QVERIFY(service.calls.first().body.contains(QStringLiteral("INACTIVE → ACTIVE")));
    QVERIFY(!service.calls.first().body.contains(QStringLiteral("rt_")));
    serviceBus.unregisterService(QString::fromLatin1(DesktopNotifier::Service));
    serviceBus.unregisterObject(QString::fromLatin1(DesktopNotifier::Path));
    // Export.
    const QString csvPath = m_home.path() + QStringLiteral("/timeline.csv");
    QVERIFY(panel->exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains("state INACTIVE\xe2\x86\x92"
                                   "ACTIVE"));

    // A restart: a new window reads the timeline back.
    delete m_window;
    makeWindow();
    m_window->inspect(arn);
    ResultView* again = waitForResult(arn);
    QVERIFY(again);
    auto* reopened = again->findChild<WatchPanel*>();
    QCOMPARE(reopened->timeline()->rowCount(), 2);
    QVERIFY(!reopened->watchToggle()->isChecked());
}

void TestWatchWindow::overviewForSeveralArns()
{
    QVERIFY(!m_window->overview()->isVisible());
    const QStringList arns{PagedIvsServer::arnOf(3), PagedIvsServer::arnOf(5), PagedIvsServer::arnOf(10)};
    m_window->inspect(arns.join(u'\n'));
    for (const QString& arn : arns) {
        QVERIFY(waitForResult(arn));
    }
    ResultsOverview* overview = m_window->overview();
    QVERIFY(overview->isVisible());
    QCOMPARE(overview->table()->rowCount(), 3);
    QTRY_COMPARE(overview->table()->row(overview->table()->rowOf(arns.at(1))).state, QStringLiteral("ACTIVE"));
    QCOMPARE(overview->table()->row(overview->table()->rowOf(arns.at(0))).name,
             QString::fromUtf8("Kamera Süd 3 · カメラ"));
    QVERIFY(overview->table()->row(0).refreshed.isValid());
    // Enter on a row shows its tab.
    overview->setFocus();
    overview->setCurrentIndex(overview->model()->index(2, 0));
    QTest::keyClick(overview, Qt::Key_Return);
    QCOMPARE(m_window->currentResult()->arn().toString(),
             overview->model()->index(2, 0).data(ConfigurationTableModel::ArnRole).toString());
}

void TestWatchWindow::bareIdIsLookedUp()
{
    QLineEdit* field = m_window->findChild<ArnBar*>()->field();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("Cfg00000042x"));
    // The inline check says what Enter will do.
    QVERIFY(
        m_window->findChild<QLabel*>(QStringLiteral("arnStatusLabel"))->text().contains(QStringLiteral("looks up")));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(waitForResult(PagedIvsServer::arnOf(42)));
    // A name works too.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("encoder-00100"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(waitForResult(PagedIvsServer::arnOf(100)));
}

void TestWatchWindow::lastKnownViewWhenOffline()
{
    const QString arn = PagedIvsServer::arnOf(7);
    m_window->inspect(arn);
    ResultView* view = waitForResult(arn);
    QVERIFY(view);
    delete m_server;
    m_server = nullptr;
    m_window->refreshCurrent();
    auto* refreshed = view->findChild<QLabel*>(QStringLiteral("refreshedLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(refreshed->text().contains(QStringLiteral("Offline")), 10000);
    QVERIFY(refreshed->text().contains(QStringLiteral("just now")));
    // The banner still says what failed.
    QCOMPARE(view->banner()->kind(), MessageBanner::Kind::Error);
    QCOMPARE(view->banner()->title(), QStringLiteral("Network error"));
    QCOMPARE(view->findChild<ElidedLabel*>(QStringLiteral("nameLabel"))->text(), QStringLiteral("encoder-00007"));
    // No stream key was kept, so none is shown.
    QVERIFY(view->findChild<QLineEdit*>(QStringLiteral("streamKeyLineEdit"))->text().isEmpty());
}

QTEST_MAIN(TestWatchWindow)
#include "TestWatchWindow.moc"
