#include "demo/FakeIvsServer.h"

#include "secrets/MemorySecretStore.h"
#include "ui/AppSettings.h"
#include "ui/BrowsePanel.h"
#include "ui/GoLivePanel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/ResultView.h"
#include "ui/Translator.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The window beside OBS on a laptop: it opens inside the screen, shrinks to
// 800×500 at 100 % and to a 1280×800 screen at 150 % (853×533 logical
// pixels) whatever it shows and in every shipped language, keeps every
// control reachable there (inside the window or in a scroll area), and
// never resizes itself. ctest runs this twice: at scale 1 and at 1.5, on an
// offscreen 1280×800 screen.
class TestWindowSize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensInsideTheScreen();
    void shrinksAndNeverGrows_data();
    void shrinksAndNeverGrows();
    void longRunsOfTextNeverWidenTheWindow();

private:
    FakeIvsServer* m_server = nullptr;
    MainWindow* m_window = nullptr;

    QSize smallest() const;
    static QString arn(const QString& id)
    {
        return QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/") + id;
    }
    void checkReachable(const QString& where);
    void openAtSmallest(const QString& home);
};

void TestWindowSize::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowSize::init()
{
    QSettings().clear();
    m_server = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_server->listen());
}

void TestWindowSize::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_server;
    QSettings().clear();
}

QSize TestWindowSize::smallest() const
{
    // 800×500 at 100 %; on a smaller logical screen (150 %), the screen less
    // room for the title bar and a panel.
    const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
    return QSize(qMin(800, available.width()), qMin(500, available.height() - 40));
}

// The window at smallest(), with HOME at home and the fake account's keys.
void TestWindowSize::openAtSmallest(const QString& home)
{
    m_window = new MainWindow(new MemorySecretStore(this));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(FakeIvsServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(FakeIvsServer::SecretAccessKey));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), m_server->url().toString());
    m_window->setEnvironment(env);
    m_window->resize(smallest());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_COMPARE(m_window->size(), smallest());
}

void TestWindowSize::opensInsideTheScreen()
{
    // A geometry saved on a bigger screen is brought inside this one.
    MainWindow big(new MemorySecretStore(this));
    big.resize(2400, 1600);
    AppSettings::setWindowGeometry(big.saveGeometry());
    m_window = new MainWindow(new MemorySecretStore(this));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    const auto shown = [](const QRect& r) {
        return QStringLiteral("%1×%2 at %3,%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
    };
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("window %1 (frame %2) outside the available %3")
                            .arg(shown(m_window->geometry()), shown(m_window->frameGeometry()), shown(available))));
}

void TestWindowSize::shrinksAndNeverGrows_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    for (const QString& language : Translator::shippedLanguages()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestWindowSize::shrinksAndNeverGrows()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/ivs-inspector_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    openAtSmallest(QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    if (QTest::currentTestFailed()) {
        return;
    }
    const QSize target = smallest();
    // Results with long names, a redundant pair, events, and a banner for a
    // flawed ARN: everything that used to widen the window.
    m_window->inspect(arn(QStringLiteral("RtmpUnicode1")) + u' ' + arn(QStringLiteral("Redundant1")) +
                      QStringLiteral(" arn:aws:ivs:us-east-1:123456789012:stage/NotThisOne"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 10000);
    for (const QString& id : {QStringLiteral("RtmpUnicode1"), QStringLiteral("Redundant1")}) {
        ResultView* view = m_window->resultFor(arn(id));
        QVERIFY(view);
        QTRY_VERIFY(!view->goLive()->report().checks.isEmpty());
        auto* results = m_window->findChild<QTabWidget*>(QStringLiteral("resultsTabWidget"));
        results->setCurrentWidget(view);
        auto* pages = view->findChild<QTabWidget*>(QStringLiteral("resultTabWidget"));
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QApplication::processEvents();
            const QSize minimum = m_window->minimumSizeHint();
            const QString where = QStringLiteral("%1 %2 page %3").arg(language, id).arg(page);
            QVERIFY2(
                minimum.width() <= target.width() && minimum.height() <= target.height(),
                qPrintable(QStringLiteral("%1 needs %2×%3").arg(where).arg(minimum.width()).arg(minimum.height())));
            QCOMPARE(m_window->size(), target);
            checkReachable(where);
        }
    }
    // The Browse panel and the watch page open inside the window: they take
    // room from the results, never add it to the window.
    m_window->showBrowse();
    m_window->browsePanel()->list();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->browsePanel()->isListing(), 10000);
    QApplication::processEvents();
    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(
        minimum.width() <= target.width() && minimum.height() <= target.height(),
        qPrintable(
            QStringLiteral("%1 with Browse needs %2×%3").arg(language).arg(minimum.width()).arg(minimum.height())));
    QCOMPARE(m_window->size(), target);
    checkReachable(language + QStringLiteral(" with Browse"));
    // Too small to share: Browse is a window of its own, inside the screen.
    QVERIFY(m_window->browseDock()->isFloating());
    const QRect screen = m_window->screen()->availableGeometry();
    const QRect browse = m_window->browseDock()->frameGeometry();
    QVERIFY2(screen.contains(browse), qPrintable(QStringLiteral("Browse at %1,%2 %3×%4 in %5×%6")
                                                     .arg(browse.x())
                                                     .arg(browse.y())
                                                     .arg(browse.width())
                                                     .arg(browse.height())
                                                     .arg(screen.width())
                                                     .arg(screen.height())));
    QCoreApplication::removeTranslator(&translator);
}

void TestWindowSize::checkReachable(const QString& where)
{
    // Every control a user can reach is inside the window, or inside a
    // scroll area that can bring it into view.
    const QRect window = m_window->rect();
    for (QWidget* widget : m_window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->window() != m_window) {
            continue;
        }
        bool scrolls = false;
        for (QWidget* ancestor = widget->parentWidget(); ancestor && ancestor != m_window;
             ancestor = ancestor->parentWidget()) {
            if (qobject_cast<QAbstractScrollArea*>(ancestor) && ancestor != widget) {
                scrolls = true;
            }
        }
        if (scrolls) {
            continue;
        }
        const QRect area(widget->mapTo(m_window, QPoint(0, 0)), widget->size());
        QVERIFY2(
            window.contains(area.center()) && area.width() > 0 && area.height() > 0,
            qPrintable(QStringLiteral("%1: %2 (%3) is out of reach at %4,%5")
                           .arg(where, widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))
                           .arg(area.x())
                           .arg(area.y())));
    }
}

void TestWindowSize::longRunsOfTextNeverWidenTheWindow()
{
    // A broken ~/.aws/config line of 5,000 characters without a space is
    // quoted (cut) in the warning banner; that one long word used to set the
    // window's minimum width, and the window grew past the screen.
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aws")));
    QFile config(home.filePath(QStringLiteral(".aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[default]\n" + QByteArray(5000, 'x') + "\n");
    config.close();
    openAtSmallest(home.path());
    if (QTest::currentTestFailed()) {
        return;
    }
    const QSize target = smallest();
    m_window->inspect(arn(QStringLiteral("RtmpsActive1")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 10000);
    auto* banner = m_window->findChild<MessageBanner*>(QStringLiteral("windowMessageBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
             qPrintable(banner->text()));
    QApplication::processEvents();
    QVERIFY2(m_window->minimumSizeHint().width() <= target.width(),
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QCOMPARE(m_window->size(), target);
    // The run is cut at the label's edge, but every line of the text shows.
    auto* text = banner->findChild<QLabel*>(QStringLiteral("textLabel"));
    QVERIFY(text);
    QVERIFY2(text->height() >= text->heightForWidth(text->width()),
             qPrintable(
                 QStringLiteral("%1 px tall, needs %2").arg(text->height()).arg(text->heightForWidth(text->width()))));
}

QTEST_MAIN(TestWindowSize)
#include "TestWindowSize.moc"
