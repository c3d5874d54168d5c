#include "demo/DemoDataSet.h"
#include "demo/DemoEndpoint.h"
#include "inspect/LastKnownStore.h"
#include "inspect/StateTimeline.h"
#include "inspect/Watcher.h"
#include "ivs/IngestConfigurationArn.h"
#include "secrets/SecretStore.h"
#include "ui/AppSettings.h"
#include "ui/BrowsePanel.h"
#include "ui/DemoBanner.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/ResultView.h"
#include "ui/StateBadge.h"
#include "ui/WatchController.h"
#include "ui/WindowSession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace
{
// A keychain that only counts: the demo must never reach it.
class CountingSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    int calls = 0;

    void read(const QString&, QObject* context, Callback done) override
    {
        answer(context, std::move(done));
    }
    void write(const QString&, const QByteArray&, QObject* context, Callback done) override
    {
        answer(context, std::move(done));
    }
    void remove(const QString&, QObject* context, Callback done) override
    {
        answer(context, std::move(done));
    }
    QString displayName() const override
    {
        return QStringLiteral("Counting keychain");
    }

private:
    void answer(QObject* context, Callback done)
    {
        ++calls;
        QMetaObject::invokeMethod(
            context, [done] { done(Status::NotFound, {}, QString()); }, Qt::QueuedConnection);
    }
};
} // namespace

// The window in demo mode, offscreen: "Try the demo" turns a window without
// credentials into one that shows every feature on the demo's data, says so
// everywhere, keeps nothing, and goes back to the real profiles on request.
// HOME is a folder of the test's own, so "writes nothing" can be checked on
// everything under it.
class TestDemoWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tryTheDemoFromTheHelpMenu();
    void demoModeIsUnmistakable();
    void checkShowsTheDemoIdentity();
    void stateChangesShowOnRefresh();
    void nothingIsSaved();
    void backToRealCredentials();
    void watchAndBrowseWriteNothing();
    void noCredentialsBannerOffersTheDemo();

private:
    QTemporaryDir m_home;
    MainWindow* m_window = nullptr;
    CountingSecretStore* m_keychain = nullptr;
    const QString m_realArn = QStringLiteral("arn:aws:ivs:eu-west-1:111122223333:ingest-configuration/RealOne1");

    void makeWindow();
    void startDemo();
    // Every entry under HOME with its size and, for files, a hash of its bytes.
    QStringList homeSnapshot() const;
    static QString arn(const char* id)
    {
        return DemoDataSet::arn(QString::fromLatin1(id));
    }
    QComboBox* picker() const
    {
        return m_window->findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    }
};

void TestDemoWindow::initTestCase()
{
    // Before the first QSettings: it takes its folder from HOME once.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QSettings().fileName().startsWith(m_home.path()));
    QVERIFY(LastKnownStore::defaultPath().startsWith(m_home.path()));
    QVERIFY(StateTimeline::defaultPath().startsWith(m_home.path()));
}

void TestDemoWindow::init()
{
    QSettings().clear();
    QFile::remove(LastKnownStore::defaultPath());
    QFile::remove(StateTimeline::defaultPath());
    // What a real user left behind: a recent ARN, a draft, a chosen profile.
    AppSettings::addRecentArn(m_realArn);
    AppSettings::setDraftArnText(QStringLiteral("arn:aws:ivs:half-typed"));
    AppSettings::setLastProfile(QStringLiteral("work"));
    m_keychain = new CountingSecretStore(this);
    makeWindow();
}

void TestDemoWindow::makeWindow()
{
    m_window = new MainWindow(m_keychain);
    // No credentials anywhere.
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QString());
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QString());
    m_window->setEnvironment(env);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestDemoWindow::cleanup()
{
    delete m_window;
    delete m_keychain;
    QSettings().clear();
}

QStringList TestDemoWindow::homeSnapshot() const
{
    QStringList entries;
    QDirIterator it(m_home.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QString entry = QDir(m_home.path()).relativeFilePath(info.filePath());
        QFile file(info.filePath());
        if (info.isFile() && file.open(QIODevice::ReadOnly)) {
            entry += u' ' + QString::number(info.size()) + u' ' +
                     QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        }
        entries.append(entry);
    }
    entries.sort();
    return entries;
}

void TestDemoWindow::startDemo()
{
    m_window->findChild<QAction*>(QStringLiteral("tryDemoAction"))->trigger();
    QVERIFY(m_window->isDemo());
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isBusy(); }, 20000));
}

void TestDemoWindow::tryTheDemoFromTheHelpMenu()
{
    startDemo();
    // The most telling configurations open at once, the first one in front.
    auto* tabs = m_window->findChild<QTabWidget*>();
    QCOMPARE(tabs->count(), DemoDataSet::featuredArns().size());
    ResultView* live = m_window->resultFor(arn(DemoDataSet::ActiveRtmps));
    QVERIFY(live);
    QCOMPARE(m_window->currentResult(), live);
    QCOMPARE(live->findChild<QLabel*>(QStringLiteral("nameLabel"))->text(), QStringLiteral("studio-a-main"));
    QCOMPARE(live->badge()->state(), QStringLiteral("ACTIVE"));
    QCOMPARE(m_window->resultFor(arn(DemoDataSet::ErrorHistory))->badge()->state(), QStringLiteral("INACTIVE"));
    QCOMPARE(m_window->resultFor(arn(DemoDataSet::NonAscii))->findChild<QLabel*>(QStringLiteral("nameLabel"))->text(),
             QStringLiteral("Bühne-東京-1"));
    QVERIFY(m_window->resultFor(arn(DemoDataSet::Redundant)));
    QVERIFY(m_window->resultFor(arn(DemoDataSet::Detached)));
    // Every request was signed with the demo key and checked by the demo endpoint.
    FakeIvsServer* ivs = m_window->session()->demo()->ivs();
    QVERIFY(ivs->requestsTo("/GetIngestConfiguration").size() >= DemoDataSet::featuredArns().size());
    QVERIFY(!ivs->requestsTo("/ListParticipantEvents").isEmpty());
    for (const RecordedRequest& request : ivs->requests()) {
        QVERIFY(request.signatureValid);
    }
}

void TestDemoWindow::demoModeIsUnmistakable()
{
    startDemo();
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Demo")));
    auto* banner = m_window->findChild<DemoBanner*>(QStringLiteral("demoBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(
        banner->findChild<QLabel*>(QStringLiteral("demoBannerText"))->text().contains(QLatin1String("not from AWS")));
    // One profile, the demo's, and nothing to manage.
    QCOMPARE(picker()->count(), 1);
    QCOMPARE(picker()->currentData().toString(), QStringLiteral("demo"));
    QVERIFY(picker()->currentText().contains(QLatin1String("built-in demo")));
    QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("credentialsPushButton"))->isEnabled());
    QVERIFY(!m_window->tryDemoAction()->isEnabled());
    // The ARN field offers the demo's ARNs, not the user's.
    auto* completer = m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))->completer();
    QCOMPARE(completer->model()->rowCount(), DemoDataSet::allFeaturedArns().size());
    QCOMPARE(completer->model()->index(0, 0).data().toString(), arn(DemoDataSet::ActiveRtmps));
}

void TestDemoWindow::checkShowsTheDemoIdentity()
{
    startDemo();
    m_window->findChild<QPushButton*>(QStringLiteral("checkCredentialsPushButton"))->click();
    auto* identity = m_window->findChild<QLabel*>(QStringLiteral("identityLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(identity->text().contains(QLatin1String("user/demo")), 10000);
    QVERIFY(identity->text().contains(QLatin1String("123456789012")));
    QVERIFY(m_window->session()->demo()->sts()->requests().first().signatureValid);
}

void TestDemoWindow::stateChangesShowOnRefresh()
{
    startDemo();
    // Move the demo's clock to when the rehearsal drops, and refresh its tab.
    IvsDataSet* data = m_window->session()->demo()->data();
    const IvsStateSchedule schedule = data->schedules().first();
    const QDateTime dropped = schedule.changeTime(schedule.changesBy(QDateTime::currentDateTimeUtc()) | 1);
    data->setClock([dropped] { return dropped.addSecs(1); });
    ResultView* view = m_window->resultFor(arn(DemoDataSet::Changing));
    QVERIFY(view);
    m_window->inspectArns({arn(DemoDataSet::Changing)});
    QTRY_COMPARE_WITH_TIMEOUT(view->badge()->state(), QStringLiteral("INACTIVE"), 10000);
    data->setClock([dropped, schedule] { return dropped.addSecs(schedule.inactiveSeconds + 1); });
    m_window->inspectArns({arn(DemoDataSet::Changing)});
    QTRY_COMPARE_WITH_TIMEOUT(view->badge()->state(), QStringLiteral("ACTIVE"), 10000);
}

void TestDemoWindow::nothingIsSaved()
{
    // As the window left them when it opened (it settles the profile choice).
    const QStringList recent = AppSettings::recentArns();
    const QString draft = AppSettings::draftArnText();
    const QString lastProfile = AppSettings::lastProfile();
    QCOMPARE(recent, QStringList{m_realArn});
    startDemo();
    m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))->setText(arn(DemoDataSet::StageGone));
    m_window->close();
    QCOMPARE(m_keychain->calls, 0);
    QCOMPARE(AppSettings::recentArns(), recent);
    QCOMPARE(AppSettings::draftArnText(), draft);
    QCOMPARE(AppSettings::lastProfile(), lastProfile);
    QSettings settings;
    settings.sync();
    for (const QString& key : settings.allKeys()) {
        const QString value = settings.value(key).toStringList().join(u' ') + settings.value(key).toString();
        QVERIFY2(!value.contains(QLatin1String("Demo")) && value != QLatin1String("demo"), qPrintable(key));
    }
}

void TestDemoWindow::backToRealCredentials()
{
    startDemo();
    QPointer<DemoEndpoint> endpoint = m_window->session()->demo();
    m_window->findChild<QPushButton*>(QStringLiteral("leaveDemoPushButton"))->click();
    QVERIFY(!m_window->isDemo());
    QVERIFY(!endpoint); // the endpoint is gone with the demo
    QVERIFY(!m_window->windowTitle().contains(QLatin1String("Demo")));
    QVERIFY(!m_window->findChild<DemoBanner*>(QStringLiteral("demoBanner"))->isVisible());
    QCOMPARE(m_window->findChild<QTabWidget*>()->count(), 0);
    // The real profile list (Automatic only: this user has none), the draft and the recent ARNs.
    QVERIFY(picker()->itemData(0).toString().isEmpty());
    QCOMPARE(picker()->findData(QStringLiteral("demo")), -1);
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("credentialsPushButton"))->isEnabled());
    QCOMPARE(m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))->text(),
             QStringLiteral("arn:aws:ivs:half-typed"));
    auto* completer = m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))->completer();
    QCOMPARE(completer->model()->index(0, 0).data().toString(), m_realArn);
    QVERIFY(m_window->tryDemoAction()->isEnabled());
    QCOMPARE(m_keychain->calls, 0);
}

void TestDemoWindow::watchAndBrowseWriteNothing()
{
    // A user with a real AWS profile named "demo": its last listing of
    // us-east-1 (offline, this is what Browse would show) and a watch
    // timeline, both on disk before the window opens.
    delete m_window;
    m_window = nullptr;
    const QString realKey = LastKnownStore::listKey(QStringLiteral("demo"), QStringLiteral("us-east-1"), QString());
    const QString realListedArn =
        QStringLiteral("arn:aws:ivs:us-east-1:444455556666:ingest-configuration/RealDemoProfile1");
    const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-3600);
    {
        LastKnownStore real;
        real.rememberList(realKey, QJsonArray{QJsonObject{{QStringLiteral("arn"), realListedArn}}}, earlier);
        StateTimeline timeline;
        WatchObservation observation;
        observation.arn = m_realArn;
        observation.at = earlier;
        observation.state = QStringLiteral("ACTIVE");
        observation.first = true;
        QVERIFY(timeline.append(observation));
    }
    makeWindow();
    const QStringList before = homeSnapshot();
    QVERIFY(before.join(u'\n').contains(QLatin1String("last-known.json")));
    QVERIFY(before.join(u'\n').contains(QLatin1String("watch-timeline.jsonl")));

    startDemo();
    LastKnownStore* store = m_window->browsePanel()->lastKnown();
    QVERIFY(!store->list(realKey)); // the real profile's listing is not the demo's
    // Watch the rehearsal through one change, with an interval of its own.
    // The demo's clock stands still between the looks, so the change is
    // the one made here.
    IvsDataSet* data = m_window->session()->demo()->data();
    const IvsStateSchedule schedule = data->schedules().first();
    const qint64 change = schedule.changesBy(QDateTime::currentDateTimeUtc());
    data->setClock([at = schedule.changeTime(change).addSecs(1)] { return at; });
    WatchController* watch = m_window->watchController();
    watch->setNotifier(nullptr); // no desktop notifications from a test
    const QString changing = arn(DemoDataSet::Changing);
    watch->setIntervalSeconds(watch->intervalSeconds() + 60);
    watch->setWatching(IngestConfigurationArn::parse(changing), true);
    QTRY_COMPARE_WITH_TIMEOUT(watch->timeline()->entries(changing).size(), 1, 20000);
    QVERIFY(watch->timeline()->entries(m_realArn).isEmpty());
    const QString stateBefore = watch->timeline()->entries(changing).first().state;
    data->setClock([at = schedule.changeTime(change + 1).addSecs(1)] { return at; });
    watch->watcher()->pollNow();
    QTRY_COMPARE_WITH_TIMEOUT(watch->timeline()->entries(changing).size(), 2, 20000);
    QVERIFY(watch->timeline()->entries(changing).last().state != stateBefore);
    // Browse lists the demo's account.
    BrowsePanel* browse = m_window->browsePanel();
    browse->selectRegion(QStringLiteral("us-east-1"));
    QSignalSpy listed(browse, &BrowsePanel::listingFinished);
    browse->list();
    QVERIFY(listed.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!browse->isListing(), 10000);
    QVERIFY(store->list(realKey));
    QCOMPARE(store->list(realKey)->items.size(), 308);
    QVERIFY(store->configuration(arn(DemoDataSet::ActiveRtmps)));
    // All of it in memory: nothing under HOME was made or changed.
    QCOMPARE(homeSnapshot(), before);

    m_window->findChild<QPushButton*>(QStringLiteral("leaveDemoPushButton"))->click();
    QVERIFY(!m_window->isDemo());
    // The real listing and timeline, as they were; the demo's are gone.
    const auto listing = store->list(realKey);
    QVERIFY(listing);
    QCOMPARE(listing->items, (QJsonArray{QJsonObject{{QStringLiteral("arn"), realListedArn}}}));
    QVERIFY(!store->configuration(arn(DemoDataSet::ActiveRtmps)));
    QCOMPARE(watch->timeline()->entries(m_realArn).size(), 1);
    QCOMPARE(watch->timeline()->entries(m_realArn).first().state, QStringLiteral("ACTIVE"));
    QVERIFY(watch->timeline()->entries(changing).isEmpty());
    QVERIFY(!watch->isWatching(changing));
    QCOMPARE(homeSnapshot(), before);
    QCOMPARE(m_keychain->calls, 0);
}

void TestDemoWindow::noCredentialsBannerOffersTheDemo()
{
    m_window->findChild<QPushButton*>(QStringLiteral("checkCredentialsPushButton"))->click();
    auto* banner = m_window->findChild<MessageBanner*>(QStringLiteral("windowMessageBanner"));
    QTRY_COMPARE_WITH_TIMEOUT(banner->title(), QStringLiteral("No credentials"), 10000);
    QPushButton* tryIt = nullptr;
    for (QPushButton* button : banner->findChildren<QPushButton*>()) {
        tryIt = button->text() == QLatin1String("Try the demo") ? button : tryIt;
    }
    QVERIFY(tryIt);
    tryIt->click();
    QVERIFY(m_window->isDemo());
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isBusy(); }, 20000));
    QVERIFY(m_window->resultFor(arn(DemoDataSet::ActiveRtmps)));
}

QTEST_MAIN(TestDemoWindow)
#include "TestDemoWindow.moc"
