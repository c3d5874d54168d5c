#include "demo/FakeIvsServer.h"

#include "core/PluralCatalog.h"
#include "secrets/MemorySecretStore.h"
#include "ui/AppSettings.h"
#include "ui/ClipboardGuard.h"
#include "ui/CredentialsDialog.h"
#include "ui/DebugLogDialog.h"
#include "ui/GoLivePanel.h"
#include "ui/IngestConfigModel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/ResultView.h"
#include "ui/StateBadge.h"
#include "ui/WindowSession.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

Q_DECLARE_METATYPE(FakeIvsServer::Fault)

// The window as an operator drives it, offscreen, against the fake endpoint:
// type an ARN, press Enter, read the tree and the badge, reveal and copy the
// stream key, and see each kind of failure in the inline banner.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typeArnAndPressEnter();
    void treeShowsEveryField();
    void streamKeyMaskRevealAndCopy();
    void revealMasksAgainOnFocusLoss();
    void emptyStageIsExplained();
    void redundantIngestAndUnknownMembers();
    void modelPassesTheTester_data();
    void modelPassesTheTester();
    void inlineArnCheck_data();
    void inlineArnCheck();
    void errorBanners_data();
    void errorBanners();
    void networkFailureBanner();
    void tlsFailureBanner();
    void wrongSecretNamesTheCredentials();
    void cancelStopsTheRequest();
    void retryingIsShown();
    void severalArnsStayWithinTheRateLimit();
    void recentArnsAndDraftAreRemembered();
    void keyboardOnlyAndAccessibleNames();
    void secretsNeverInTitleOrSettings();
    void debugLogShowsRequestsRedacted();
    void getItLiveShowsServerChecksAndEvents();
    void filterNarrowsTheTree();
    void getItLiveForRedundantIngest();
    void plainHttpToAnotherHostIsRefused();
    void staysResponsiveWhileWaiting();
    void firstRunWithoutCredentialsTakesSixActions();
    void brokenConfigFilesAreNamedAtOnce();
    void shortcutsReachTabsAndFilter();
    void closingATabCancelsItsRequests();
    void tabsShowNameStateAndBusy();
    void slowRequestShowsElapsedTime();
    void failedTabShowsNoEmptyPages();
    void clearButtonsHaveNames();
    void clipboardStatusFollowsTheClipboard();
    void arnHintIsAWarningAboveTheField();

private:
    FakeIvsServer* m_server = nullptr;
    MainWindow* m_window = nullptr;

    QProcessEnvironment environment() const;
    ResultView* inspectAndWait(const QString& id, const QString& account = QStringLiteral("123456789012"));
    static QString arn(const QString& id, const QString& account = QStringLiteral("123456789012"))
    {
        return QStringLiteral("arn:aws:ivs:us-east-1:%1:ingest-configuration/%2").arg(account, id);
    }
    static QModelIndex findKey(const QAbstractItemModel* model, const QString& key, const QModelIndex& parent = {});
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English plural forms, as the app installs them ("3 attempts").
    QVERIFY(PluralCatalog::install(QCoreApplication::instance()));
}

void TestMainWindow::init()
{
    QSettings().clear();
    AppSettings::setClipboardClearSeconds(1);
    AppSettings::setReadTimeoutSeconds(2);
    m_server = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_server->listen());
    m_window = new MainWindow(new MemorySecretStore(this));
    m_window->setEnvironment(environment());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_server;
    QSettings().clear();
    QGuiApplication::clipboard()->clear();
}

QProcessEnvironment TestMainWindow::environment() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(FakeIvsServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(FakeIvsServer::SecretAccessKey));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), m_server->url().toString());
    return env;
}

QModelIndex TestMainWindow::findKey(const QAbstractItemModel* model, const QString& key, const QModelIndex& parent)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, IngestConfigModel::ValueColumn, parent);
        if (index.data(IngestConfigModel::RawKeyRole).toString() == key) {
            return index;
        }
        const QModelIndex inner = findKey(model, key, model->index(row, 0, parent));
        if (inner.isValid()) {
            return inner;
        }
    }
    return {};
}

ResultView* TestMainWindow::inspectAndWait(const QString& id, const QString& account)
{
    auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"));
    field->clear();
    field->setFocus();
    QTest::keyClicks(field, arn(id, account));
    QTest::keyClick(field, Qt::Key_Return);
    if (!QTest::qWaitFor([this] { return !m_window->isBusy(); }, 10000)) {
        qWarning("the window stayed busy");
    }
    return m_window->resultFor(arn(id, account));
}

void TestMainWindow::typeArnAndPressEnter()
{
    ResultView* view = inspectAndWait(QStringLiteral("RtmpsActive1"));
    QVERIFY(view);
    QCOMPARE(m_server->requestsTo("/GetIngestConfiguration").size(), 1);
    for (const RecordedRequest& request : m_server->requests()) {
        QVERIFY(request.signatureValid);
    }
    QCOMPARE(view->findChild<QLabel*>(QStringLiteral("nameLabel"))->text(), QStringLiteral("studio-a-main"));
    QCOMPARE(view->badge()->state(), QStringLiteral("ACTIVE"));
    QVERIFY(view->badge()->accessibleName().contains(QLatin1String("ACTIVE")));
    QVERIFY(
        view->findChild<QLabel*>(QStringLiteral("refreshedLabel"))->text().startsWith(QLatin1String("Last refreshed")));
    QVERIFY(!view->banner()->isVisible());

    // F5 fetches again.
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_COMPARE(m_server->requestsTo("/GetIngestConfiguration").size(), 2);
}

void TestMainWindow::treeShowsEveryField()
{
    ResultView* view = inspectAndWait(QStringLiteral("RtmpUnicode1"));
    const IngestConfigModel* model = view->model();
    const QStringList labels{tr("Name"),       tr("ARN"),       tr("Ingest protocol"),
                             tr("Stream key"), tr("Stage ARN"), tr("Participant ID"),
                             tr("State"),      tr("User ID"),   tr("Redundant ingest")};
    for (int row = 0; row < labels.size(); ++row) {
        QCOMPARE(model->index(row, IngestConfigModel::FieldColumn).data().toString(), labels.at(row));
    }
    QCOMPARE(findKey(model, QStringLiteral("name")).data().toString(), QStringLiteral("Bühne-東京-1"));
    QCOMPARE(findKey(model, QStringLiteral("userId")).data().toString(),
             QStringLiteral("José \"DJ\" Müller / 配信者 🎥"));
    QCOMPARE(findKey(model, QStringLiteral("ingestProtocol")).data().toString(), QStringLiteral("RTMP"));
    QCOMPARE(findKey(model, QStringLiteral("attributes.会場")).data().toString(), QStringLiteral("東京ドーム"));
    QCOMPARE(findKey(model, QStringLiteral("state")).data(IngestConfigModel::StateRole).toString(),
             QStringLiteral("INACTIVE"));
    QCOMPARE(view->badge()->state(), QStringLiteral("INACTIVE"));
    // Groups show their counts.
    const QModelIndex attributes = findKey(model, QStringLiteral("attributes")).siblingAtColumn(0);
    QCOMPARE(attributes.data().toString(), QStringLiteral("Attributes (3)"));
    QCOMPARE(model->rowCount(attributes), 3);
    QCOMPARE(findKey(model, QStringLiteral("tags")).siblingAtColumn(0).data().toString(), QStringLiteral("Tags (1)"));
    // redundantIngest was not in this reply.
    QCOMPARE(findKey(model, QStringLiteral("redundantIngest")).data().toString(), QStringLiteral("(not returned)"));
}

void TestMainWindow::streamKeyMaskRevealAndCopy()
{
    const QString key = QStringLiteral("rt_123456789012_us-east-1_RtmpsActive1_abcd1234efgh5678ijkl9012MNOP34");
    ResultView* view = inspectAndWait(QStringLiteral("RtmpsActive1"));
    auto* field = view->findChild<QLineEdit*>(QStringLiteral("streamKeyLineEdit"));
    const QModelIndex keyIndex = findKey(view->model(), QStringLiteral("streamKey"));
    // Masked everywhere: the field, the tree and the raw JSON view.
    QVERIFY(field->text().startsWith(QLatin1String("rt_123456789012_us-east-1_RtmpsActive1_")));
    QVERIFY(!field->text().contains(QLatin1String("abcd1234")));
    QVERIFY(!keyIndex.data().toString().contains(QLatin1String("abcd1234")));
    QVERIFY(keyIndex.data(IngestConfigModel::IsSecretRole).toBool());
    auto* raw = view->findChild<QPlainTextEdit*>(QStringLiteral("rawJsonPlainTextEdit"));
    QVERIFY(raw->toPlainText().contains(QLatin1String("studio-a-main")));
    QVERIFY(!raw->toPlainText().contains(QLatin1String("abcd1234")));

    auto* reveal = view->findChild<QToolButton*>(QStringLiteral("revealToolButton"));
    reveal->click();
    QCOMPARE(field->text(), key);
    QCOMPARE(keyIndex.data().toString(), key);
    QVERIFY(raw->toPlainText().contains(key));
    reveal->click();
    QVERIFY(!field->text().contains(QLatin1String("abcd1234")));

    view->findChild<QToolButton*>(QStringLiteral("copyStreamKeyToolButton"))->click();
    const QMimeData* copied = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(copied->text(), key);
    QVERIFY(copied->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QCOMPARE(copied->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    // Cleared after the configured second, since it still holds the key.
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QString(), 4000);

    // Ctrl+C on the tree's stream key row goes through the same guard.
    view->tree()->setFocus();
    view->tree()->setCurrentIndex(view->treeIndex(keyIndex));
    QTest::keySequence(view->tree(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), key);
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    // A plain row is copied plainly.
    view->tree()->setCurrentIndex(view->treeIndex(findKey(view->model(), QStringLiteral("participantId"))));
    QTest::keySequence(view->tree(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("pArT1cIp4nT1"));
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
}

void TestMainWindow::revealMasksAgainOnFocusLoss()
{
    ResultView* view = inspectAndWait(QStringLiteral("RtmpsActive1"));
    view->tree()->setFocus();
    view->findChild<QToolButton*>(QStringLiteral("revealToolButton"))->click();
    QVERIFY(view->isStreamKeyRevealed());
    m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))->setFocus();
    QTRY_VERIFY(!view->isStreamKeyRevealed());
    // And after a while without focus changes.
    view->setRevealTimeoutSeconds(1);
    view->tree()->setFocus();
    view->setStreamKeyRevealed(true);
    QVERIFY(view->isStreamKeyRevealed());
    QTRY_VERIFY_WITH_TIMEOUT(!view->isStreamKeyRevealed(), 3000);
}

void TestMainWindow::emptyStageIsExplained()
{
    ResultView* view = inspectAndWait(QStringLiteral("NoStage1"));
    QCOMPARE(findKey(view->model(), QStringLiteral("stageArn")).data().toString(),
             QStringLiteral("Not associated with a stage"));
    QVERIFY(view->banner()->isVisible());
    QCOMPARE(view->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY(view->banner()->text().contains(QLatin1String("cannot be used")));
}

void TestMainWindow::redundantIngestAndUnknownMembers()
{
    ResultView* view = inspectAndWait(QStringLiteral("Redundant1"));
    const IngestConfigModel* model = view->model();
    const QModelIndex group = findKey(model, QStringLiteral("redundantIngestCredentials")).siblingAtColumn(0);
    QCOMPARE(group.data().toString(), QStringLiteral("Redundant ingest credentials (2)"));
    const QModelIndex second = findKey(model, QStringLiteral("redundantIngestCredentials[1].streamKey"));
    QVERIFY(second.data(IngestConfigModel::IsSecretRole).toBool());
    QVERIFY(!second.data().toString().contains(QLatin1String("backupSecretB002")));
    QCOMPARE(findKey(model, QStringLiteral("redundantIngestCredentials[1].participantId")).data().toString(),
             QStringLiteral("physicalB"));
    QVERIFY(findKey(model, QStringLiteral("futureMember")).isValid());
    QCOMPARE(findKey(model, QStringLiteral("redundantIngest")).data().toString(), QStringLiteral("Yes"));
}

void TestMainWindow::modelPassesTheTester_data()
{
    QTest::addColumn<QString>("id");
    for (const char* id : {"RtmpsActive1", "RtmpUnicode1", "EmptyMaps1", "Redundant1", "NoStage1"}) {
        QTest::newRow(id) << QString::fromLatin1(id);
    }
}

void TestMainWindow::modelPassesTheTester()
{
    QFETCH(QString, id);
    QFile file(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs/GetIngestConfiguration/%1.json").arg(id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString problem;
    const auto configuration =
        IngestConfiguration::fromResponse(QJsonDocument::fromJson(file.readAll()).object(), &problem);
    QVERIFY(configuration);
    IngestConfigModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConfiguration(*configuration);
    model.setSecretsRevealed(true);
    model.setSecretsRevealed(false);
    model.clear();
    model.setConfiguration(*configuration);
    QVERIFY(model.hasConfiguration());
}

void TestMainWindow::inlineArnCheck_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("valid, quoted") << QStringLiteral("  \"") + arn(QStringLiteral("A1")) + QStringLiteral("\" ") << true
                                   << QStringLiteral("us-east-1");
    QTest::newRow("stage") << QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/X") << false
                           << QStringLiteral("stage ARN");
    QTest::newRow("two") << arn(QStringLiteral("A1")) + u'\n' + arn(QStringLiteral("B2")) << true
                         << QStringLiteral("2 ARNs");
    // One bad ARN does not hold up the good ones (issue 12): Inspect stays
    // enabled, and the hint names the bad one.
    QTest::newRow("second bad") << arn(QStringLiteral("A1")) + QStringLiteral(" arn:aws:ivs::1:x") << true
                                << QStringLiteral("ARN 2");
    QTest::newRow("unknown region") << QStringLiteral("arn:aws:ivs:sa-east-1:123456789012:ingest-configuration/A")
                                    << true << QStringLiteral("not known to run in sa-east-1");
}

void TestMainWindow::inlineArnCheck()
{
    QFETCH(QString, text);
    QFETCH(bool, enabled);
    QFETCH(QString, mentions);
    m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))->setText(text);
    QCOMPARE(m_window->findChild<QPushButton*>(QStringLiteral("inspectPushButton"))->isEnabled(), enabled);
    const QString status = m_window->findChild<QLabel*>(QStringLiteral("arnStatusLabel"))->text();
    QVERIFY2(status.contains(mentions), qPrintable(status));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestMainWindow::errorBanners_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("account");
    QTest::addColumn<FakeIvsServer::Fault>("fault");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("advice");
    const QString mine = QStringLiteral("123456789012");
    QTest::newRow("not found") << QStringLiteral("Missing1") << mine << FakeIvsServer::Fault::None
                               << QStringLiteral("Not found") << QStringLiteral("region, account and ID");
    QTest::newRow("access denied") << QStringLiteral("RtmpsActive1") << QStringLiteral("111122223333")
                                   << FakeIvsServer::Fault::None << QStringLiteral("Access denied")
                                   << QStringLiteral("ivs:GetIngestConfiguration");
    QTest::newRow("throttled") << QStringLiteral("RtmpsActive1") << mine << FakeIvsServer::Fault::Throttle
                               << QStringLiteral("Too many requests") << QStringLiteral("5 requests a second");
    QTest::newRow("server error") << QStringLiteral("RtmpsActive1") << mine << FakeIvsServer::Fault::ServerError
                                  << QStringLiteral("Service error") << QStringLiteral("Try again");
    QTest::newRow("malformed") << QStringLiteral("RtmpsActive1") << mine << FakeIvsServer::Fault::NotJson
                               << QStringLiteral("Unreadable reply") << QStringLiteral("cut short");
    QTest::newRow("timeout") << QStringLiteral("RtmpsActive1") << mine << FakeIvsServer::Fault::Stall
                             << QStringLiteral("Timed out") << QStringLiteral("raise the timeout");
}

void TestMainWindow::errorBanners()
{
    QFETCH(QString, id);
    QFETCH(QString, account);
    QFETCH(FakeIvsServer::Fault, fault);
    QFETCH(QString, title);
    QFETCH(QString, advice);
    if (fault != FakeIvsServer::Fault::None) {
        // Every attempt fails: the banner comes after the last retry.
        AppSettings::setReadTimeoutSeconds(1);
        m_server->queueFault(fault, fault == FakeIvsServer::Fault::NotJson ? 1 : 3); // unreadable is not retried
    }
    ResultView* view = inspectAndWait(id, account);
    QVERIFY(view);
    QVERIFY(view->banner()->isVisible());
    QCOMPARE(view->banner()->kind(), MessageBanner::Kind::Error);
    QCOMPARE(view->banner()->title(), title);
    QVERIFY2(view->banner()->text().contains(advice), qPrintable(view->banner()->text()));
    if (fault == FakeIvsServer::Fault::None) {
        QVERIFY2(view->banner()->details().contains(QLatin1String("Request ID: ")),
                 qPrintable(view->banner()->details()));
    }
    // The window is still usable: the next inspection works.
    ResultView* next = inspectAndWait(QStringLiteral("EmptyMaps1"));
    QVERIFY(next->model()->hasConfiguration());
}

void TestMainWindow::networkFailureBanner()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"),
               QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    m_window->setEnvironment(env);
    ResultView* view = inspectAndWait(QStringLiteral("RtmpsActive1"));
    QCOMPARE(view->banner()->title(), QStringLiteral("Network error"));
    QVERIFY(view->banner()->text().contains(QLatin1String("network connection")));
    // Where it went and how often (issue 12).
    QVERIFY2(view->banner()->details().contains(QLatin1String("127.0.0.1, 3 attempts")),
             qPrintable(view->banner()->details()));
}

void TestMainWindow::tlsFailureBanner()
{
    QProcessEnvironment env = environment();
    QUrl url = m_server->url();
    url.setScheme(QStringLiteral("https")); // a TLS handshake with a plain-HTTP server
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), url.toString());
    m_window->setEnvironment(env);
    ResultView* view = inspectAndWait(QStringLiteral("RtmpsActive1"));
    QCOMPARE(view->banner()->title(), QStringLiteral("Secure connection failed"));
    QVERIFY(view->banner()->text().contains(QLatin1String("CA certificates")));
}

void TestMainWindow::wrongSecretNamesTheCredentials()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("wrongSecretForTheWindowTest0000001"));
    m_window->setEnvironment(env);
    ResultView* view = inspectAndWait(QStringLiteral("RtmpsActive1"));
    QCOMPARE(view->banner()->title(), QStringLiteral("Credentials rejected"));
    QVERIFY(view->banner()->text().contains(QLatin1String("environment")));
    QVERIFY(!view->banner()->text().contains(QLatin1String("wrongSecretForTheWindowTest")));
    QVERIFY(view->banner()->details().contains(QLatin1String("InvalidSignatureException")));
}

void TestMainWindow::cancelStopsTheRequest()
{
    m_server->queueFault(FakeIvsServer::Fault::Stall);
    auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"));
    field->setText(arn(QStringLiteral("RtmpsActive1")));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(m_server->requests().size(), 1);
    QVERIFY(m_window->isBusy());
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isBusy());
    ResultView* view = m_window->resultFor(arn(QStringLiteral("RtmpsActive1")));
    QCOMPARE(view->banner()->title(), QStringLiteral("Cancelled"));
    // "Cancelled", not "Failed at …" (issue 12).
    QCOMPARE(view->findChild<QLabel*>(QStringLiteral("refreshedLabel"))->text(), QStringLiteral("Cancelled"));
}

void TestMainWindow::retryingIsShown()
{
    m_server->queueFault(FakeIvsServer::Fault::ServerError);
    m_window->inspect(arn(QStringLiteral("RtmpsActive1")));
    // The tab exists at once; nothing has been answered before the event
    // loop runs. Every status it shows is recorded: the retry's backoff can
    // be shorter than any polling interval.
    ResultView* view = m_window->resultFor(arn(QStringLiteral("RtmpsActive1")));
    QVERIFY(view);
    auto* status = view->findChild<QLabel*>(QStringLiteral("refreshedLabel"));
    QStringList shown;
    QObject recording; // ends the connection with this function
    connect(view, &ResultView::summaryChanged, &recording, [&] { shown.append(status->text()); });
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->hasConfiguration(), 10000);
    QTRY_VERIFY(!m_window->isBusy());
    QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                         [](const QString& text) { return text.startsWith(QLatin1String("Retrying (2 of 3)")); }),
             qPrintable(shown.join(QLatin1String(" | "))));
    QCOMPARE(m_server->requestsTo("/GetIngestConfiguration").size(), 2);
}

void TestMainWindow::severalArnsStayWithinTheRateLimit()
{
    QStringList arns;
    const QStringList ids{QStringLiteral("RtmpsActive1"), QStringLiteral("RtmpUnicode1"), QStringLiteral("EmptyMaps1"),
                          QStringLiteral("Redundant1"), QStringLiteral("NoStage1")};
    for (int i = 0; i < 12; ++i) {
        arns.append(arn(ids.at(i % ids.size())) + (i < ids.size() ? QString() : QStringLiteral("x%1").arg(i)));
    }
    m_window->inspect(arns.join(u'\n'));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 15000);
    QCOMPARE(m_server->requestsTo("/GetIngestConfiguration").size(), 12);
    QCOMPARE(m_window->findChild<QTabWidget*>(QStringLiteral("resultsTabWidget"))->count(), 12);
    // Never more than 5 starts within any second per account, region and
    // operation (IVS's quota), the follow-up calls for the encoder settings
    // included.
    QHash<QByteArray, QList<RecordedRequest>> byOperation;
    for (const RecordedRequest& request : m_server->requests()) {
        byOperation[request.target].append(request);
    }
    for (auto it = byOperation.cbegin(); it != byOperation.cend(); ++it) {
        const QList<RecordedRequest>& requests = it.value();
        for (int i = 0; i + 5 < requests.size(); ++i) {
            QVERIFY2(requests.at(i).receivedAt.msecsTo(requests.at(i + 5).receivedAt) >= 950,
                     qPrintable(QStringLiteral("%1: requests %2 and %3 too close")
                                    .arg(QString::fromLatin1(it.key()))
                                    .arg(i)
                                    .arg(i + 5)));
        }
    }
    QVERIFY(m_window->resultFor(arn(QStringLiteral("NoStage1")))->model()->hasConfiguration());
    QCOMPARE(m_window->resultFor(arn(QStringLiteral("RtmpsActive1x5")))->banner()->title(),
             QStringLiteral("Not found"));
}

void TestMainWindow::recentArnsAndDraftAreRemembered()
{
    inspectAndWait(QStringLiteral("EmptyMaps1"));
    QCOMPARE(AppSettings::recentArns().first(), arn(QStringLiteral("EmptyMaps1")));
    m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))->setText(QStringLiteral("arn:aws:ivs:unfinished"));
    delete m_window;
    m_window = new MainWindow(new MemorySecretStore(this));
    QCOMPARE(m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))->text(),
             QStringLiteral("arn:aws:ivs:unfinished"));
    auto* completer = m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))->completer();
    QVERIFY(completer);
    QCOMPARE(completer->model()->index(0, 0).data().toString(), arn(QStringLiteral("EmptyMaps1")));
}

void TestMainWindow::keyboardOnlyAndAccessibleNames()
{
    // The ARN field has focus at start; Tab reaches Inspect next.
    auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QTest::keyClicks(field, arn(QStringLiteral("EmptyMaps1")));
    QTest::keyClick(field, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_window->findChild<QPushButton*>(QStringLiteral("inspectPushButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(m_window->resultFor(arn(QStringLiteral("EmptyMaps1"))));
    QTRY_VERIFY(!m_window->isBusy());
    // Every control that takes focus has an accessible name.
    for (QWidget* widget : m_window->findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_window) || qobject_cast<QTabBar*>(widget) ||
            widget->inherits("QScrollBar")) {
            continue;
        }
        QVERIFY2(!widget->accessibleName().isEmpty() || qobject_cast<QAbstractButton*>(widget),
                 qPrintable(widget->objectName() + QStringLiteral(" (") +
                            QString::fromLatin1(widget->metaObject()->className()) +
                            QStringLiteral(") has no accessible name")));
    }
}

void TestMainWindow::secretsNeverInTitleOrSettings()
{
    ResultView* view = inspectAndWait(QStringLiteral("RtmpsActive1"));
    view->setStreamKeyRevealed(true);
    view->findChild<QToolButton*>(QStringLiteral("copyStreamKeyToolButton"))->click();
    QVERIFY(!m_window->windowTitle().contains(QLatin1String("abcd1234")));
    QSettings settings;
    settings.sync();
    for (const QString& key : settings.allKeys()) {
        const QString value = settings.value(key).toStringList().join(u' ') + settings.value(key).toString();
        QVERIFY2(!value.contains(QLatin1String("abcd1234")), qPrintable(key));
        QVERIFY2(!value.contains(QString::fromLatin1(FakeIvsServer::SecretAccessKey)), qPrintable(key));
    }
}

void TestMainWindow::debugLogShowsRequestsRedacted()
{
    m_window->findChild<QAction*>(QStringLiteral("debugLogAction"))->trigger();
    auto* dialog = m_window->findChild<DebugLogDialog*>();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox*>(QStringLiteral("recordCheckBox"))->setChecked(true);
    inspectAndWait(QStringLiteral("Redundant1"));
    QTRY_VERIFY(dialog->view()->toPlainText().contains(QLatin1String("Received HTTP 200")));
    const QString log = dialog->view()->toPlainText();
    QVERIFY(log.contains(QLatin1String("Canonical request:")));
    QVERIFY(log.contains(QLatin1String("String to sign:")));
    // Qt 6.7 and later report request header names in lower case.
    QVERIFY(
        log.contains(QLatin1String("> Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), Qt::CaseInsensitive));
    QVERIFY(log.contains(QLatin1String("Signature=<redacted>")));
    QVERIFY(log.contains(QLatin1String("rt_123456789012_us-east-1_Redundant1_<redacted>")));
    QVERIFY(!log.contains(QLatin1String("primarySecret0001")));
    QVERIFY(!log.contains(QString::fromLatin1(FakeIvsServer::SecretAccessKey)));
    const QString signature =
        QString::fromLatin1(m_server->requests().first().header("Authorization")).section(u'=', -1);
    QVERIFY(!log.contains(signature));
    dialog->findChild<QCheckBox*>(QStringLiteral("recordCheckBox"))->setChecked(false);
}

void TestMainWindow::plainHttpToAnotherHostIsRefused()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), QStringLiteral("http://ivs.example.com:8080"));
    m_window->setEnvironment(env);
    ResultView* view = inspectAndWait(QStringLiteral("RtmpsActive1"));
    QCOMPARE(view->banner()->title(), QStringLiteral("Insecure endpoint"));
    QVERIFY(view->banner()->text().contains(QLatin1String("nothing was sent")));
    QVERIFY(view->banner()->text().contains(QLatin1String("Preferences")));
}

void TestMainWindow::staysResponsiveWhileWaiting()
{
    // While a request stalls, the window keeps taking input and painting.
    m_server->queueFault(FakeIvsServer::Fault::Stall);
    m_window->inspect(arn(QStringLiteral("RtmpsActive1")));
    QTRY_COMPARE(m_server->requests().size(), 1);
    QVERIFY(m_window->isBusy());
    auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("arn:aws:ivs:"));
    QCOMPARE(field->text(), QStringLiteral("arn:aws:ivs:"));
    QVERIFY(!m_window->grab().isNull());
    m_window->cancelAll();
    QTRY_VERIFY(!m_window->isBusy());
}

void TestMainWindow::getItLiveShowsServerChecksAndEvents()
{
    ResultView* view = inspectAndWait(QStringLiteral("RtmpUnicode1"));
    GoLivePanel* panel = view->goLive();
    QTRY_VERIFY(!panel->report().checks.isEmpty());
    const QString server = QStringLiteral("rtmp://1a2b3c4d5e6f.global-contribute.live-video.net/app/");
    QCOMPARE(panel->findChild<QLineEdit*>(QStringLiteral("serverLineEdit"))->text(), server);
    // INACTIVE with a BITRATE_EXCEEDED event: the headline names that cause
    // and its fix, never "Ready" above an INACTIVE badge (issue 12).
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("verdictLabel"))->text(),
             QStringLiteral("Not live because the bitrate went above 8.5 Mbps."));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("fixLabel"))->text().contains(QLatin1String("6 Mbps")));
    QStringList checks;
    for (int i = 0; i < panel->checklist()->count(); ++i) {
        checks.append(panel->checklist()->item(i)->text());
    }
    const QString all = checks.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("✔ OK — RTMP is allowed")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("• Note — Nothing is being published")));
    QVERIFY(all.contains(QLatin1String("BITRATE_EXCEEDED")));
    // The events, with what the error means for the encoder.
    QTreeWidgetItem* participant = panel->events()->topLevelItem(0);
    QVERIFY(participant->text(0).startsWith(QLatin1String("uNiC0de (DISCONNECTED, RTMP)")));
    QCOMPARE(participant->childCount(), 4);
    QCOMPARE(participant->child(2)->text(0), QStringLiteral("PUBLISH_ERROR: BITRATE_EXCEEDED"));
    QVERIFY(participant->child(2)->text(2).contains(QLatin1String("6 Mbps")));
    QVERIFY(
        panel->findChild<QLabel*>(QStringLiteral("silentFailuresLabel"))->text().contains(QLatin1String("no event")));
    // Copy full URL: the server and the key, as a secret.
    panel->findChild<QPushButton*>(QStringLiteral("copyUrlPushButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             server + QStringLiteral("rt_123456789012_us-east-1_RtmpUnicode1_Zz9_yY8-xX7wW6vV5"));
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    panel->findChild<QPushButton*>(QStringLiteral("copyServerPushButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), server);
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
}

void TestMainWindow::filterNarrowsTheTree()
{
    ResultView* view = inspectAndWait(QStringLiteral("RtmpUnicode1"));
    // Case-insensitive, over labels, keys and values (typed text may be any script).
    view->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"))->setText(QStringLiteral("KÖLN"));
    const QAbstractItemModel* shown = view->tree()->model();
    QCOMPARE(shown->rowCount(), 1); // only the Attributes group…
    const QModelIndex group = shown->index(0, 0);
    QCOMPARE(shown->rowCount(group), 1); // …with the one matching attribute
    QCOMPARE(shown->index(0, IngestConfigModel::ValueColumn, group).data().toString(), QStringLiteral("Köln"));
    view->setFilterText(QString());
    QVERIFY(shown->rowCount() > 9);
}

void TestMainWindow::getItLiveForRedundantIngest()
{
    ResultView* view = inspectAndWait(QStringLiteral("Redundant1"));
    GoLivePanel* panel = view->goLive();
    QTRY_VERIFY(!panel->report().checks.isEmpty());
    auto* second = panel->findChild<QPushButton*>(QStringLiteral("copyRedundantKey2PushButton"));
    QVERIFY(second);
    second->click();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("rt_123456789012_us-east-1_Redundant1_backupSecretB002"));
    QCOMPARE(panel->events()->topLevelItemCount(), 2);
    QVERIFY(panel->events()->topLevelItem(1)->child(1)->text(0).contains(QLatin1String("B_FRAME_PRESENT")));
    // Nothing on screen shows the keys unmasked.
    for (QLabel* label : panel->findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(QLatin1String("backupSecret")));
    }
}

void TestMainWindow::brokenConfigFilesAreNamedAtOnce()
{
    // ~/.aws/config is there but unreadable: the setup banner names the first
    // problem before any inspection, not just "there is no profile".
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aws")));
    QFile config(home.filePath(QStringLiteral(".aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("profile work\nregion = us-east-1\n");
    config.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    m_window->setEnvironment(env);
    auto* setup = m_window->findChild<MessageBanner*>(QStringLiteral("setupMessageBanner"));
    QVERIFY(setup->isVisible());
    QCOMPARE(setup->title(), QStringLiteral("No AWS credentials found"));
    QVERIFY2(setup->text().contains(QLatin1String("2 problems")), qPrintable(setup->text()));
    QVERIFY2(setup->text().contains(QLatin1String("line 1")), qPrintable(setup->text()));
    QVERIFY(setup->text().contains(QLatin1String("Fix the file")));
}

void TestMainWindow::firstRunWithoutCredentialsTakesSixActions()
{
    // A new user with no credentials anywhere is told so before inspecting.
    QProcessEnvironment bare;
    bare.insert(QStringLiteral("HOME"), QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    bare.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), m_server->url().toString());
    m_window->setEnvironment(bare);
    auto* setup = m_window->findChild<MessageBanner*>(QStringLiteral("setupMessageBanner"));
    QVERIFY(setup->isVisible());
    QCOMPARE(setup->title(), QStringLiteral("No AWS credentials found"));
    // 1 paste, 2 Enter: the result says why in window words, not command-line advice.
    auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"));
    field->setText(arn(QStringLiteral("RtmpsActive1")));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!m_window->isBusy());
    ResultView* view = m_window->resultFor(arn(QStringLiteral("RtmpsActive1")));
    QCOMPARE(view->banner()->title(), QStringLiteral("No credentials"));
    QVERIFY(!view->banner()->text().contains(QLatin1String("ivs-inspector configure")));
    // 3 Add credentials…, 4 key id, 5 secret, 6 Enter: saved, selected, and
    // the ARN inspected again on its own.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        QTRY_VERIFY(qobject_cast<CredentialsDialog*>(QApplication::activeWindow()));
        auto* dialog = qobject_cast<CredentialsDialog*>(QApplication::activeWindow());
        auto* keyId = dialog->findChild<QLineEdit*>(QStringLiteral("accessKeyIdLineEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), keyId);
        QTest::keyClicks(keyId, QString::fromLatin1(FakeIvsServer::AccessKeyId));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("secretAccessKeyLineEdit")),
                         QString::fromLatin1(FakeIvsServer::SecretAccessKey));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        answered = true;
    });
    QPushButton* add = setup->findChild<QPushButton*>(QStringLiteral("addCredentialsPushButton"));
    QVERIFY(add);
    add->click();
    QVERIFY(answered);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->hasConfiguration(), 10000);
    QCOMPARE(m_window->findChild<QComboBox*>(QStringLiteral("profileComboBox"))->currentData().toString(),
             QStringLiteral("default"));
    QVERIFY(!setup->isVisible());
}

void TestMainWindow::shortcutsReachTabsAndFilter()
{
    inspectAndWait(QStringLiteral("RtmpsActive1"));
    inspectAndWait(QStringLiteral("EmptyMaps1"));
    auto* results = m_window->findChild<QTabWidget*>(QStringLiteral("resultsTabWidget"));
    QCOMPARE(results->count(), 2);
    const int before = results->currentIndex();
    // (The recent-ARN pop-up took the activation while the ARNs were typed.)
    m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))->completer()->popup()->hide();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // From the ARN field, not only from inside the tab bar.
    m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(results->currentIndex(), (before + 1) % 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("filterLineEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(results->count(), 1);
}

void TestMainWindow::closingATabCancelsItsRequests()
{
    m_server->queueFault(FakeIvsServer::Fault::Stall);
    m_window->inspect(arn(QStringLiteral("RtmpsActive1")));
    QTRY_COMPARE(m_server->requests().size(), 1);
    QVERIFY(m_window->isBusy());
    auto* results = m_window->findChild<QTabWidget*>(QStringLiteral("resultsTabWidget"));
    emit results->tabCloseRequested(0);
    QTRY_VERIFY(!m_window->isBusy());
    // Nothing comes back to re-create the closed tab.
    QTest::qWait(300);
    QCOMPARE(results->count(), 0);
    QVERIFY(!m_window->resultFor(arn(QStringLiteral("RtmpsActive1"))));
}

void TestMainWindow::tabsShowNameStateAndBusy()
{
    m_server->queueFault(FakeIvsServer::Fault::Stall);
    AppSettings::setReadTimeoutSeconds(1);
    m_window->session()->applySettings();
    auto* results = m_window->findChild<QTabWidget*>(QStringLiteral("resultsTabWidget"));
    m_window->inspect(arn(QStringLiteral("RtmpsActive1")));
    QTRY_COMPARE(m_server->requests().size(), 1);
    QVERIFY(!results->tabIcon(0).isNull()); // spinning while it loads
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 15000);
    m_window->inspect(arn(QStringLiteral("RtmpsActive1")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->resultFor(arn(QStringLiteral("RtmpsActive1")))->hasResult(), 10000);
    ResultView* view = m_window->resultFor(arn(QStringLiteral("RtmpsActive1")));
    QCOMPARE(results->tabText(results->indexOf(view)), view->title() + QStringLiteral(" · ACTIVE"));
    QVERIFY(!results->tabIcon(results->indexOf(view)).isNull()); // the state's icon
}

void TestMainWindow::slowRequestShowsElapsedTime()
{
    m_server->queueFault(FakeIvsServer::Fault::Stall);
    AppSettings::setReadTimeoutSeconds(10);
    m_window->session()->applySettings();
    m_window->inspect(arn(QStringLiteral("RtmpsActive1")));
    ResultView* view = nullptr;
    QTRY_VERIFY(view = m_window->resultFor(arn(QStringLiteral("RtmpsActive1"))));
    auto* status = view->findChild<QLabel*>(QStringLiteral("refreshedLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QLatin1String("(3 s)")), qPrintable(status->text()), 6000);
    m_window->cancelAll();
}

void TestMainWindow::failedTabShowsNoEmptyPages()
{
    ResultView* view = inspectAndWait(QStringLiteral("DoesNotExist1"));
    QCOMPARE(view->banner()->title(), QStringLiteral("Not found"));
    QVERIFY(!view->findChild<QTabWidget*>(QStringLiteral("resultTabWidget"))->isVisible());
    QVERIFY(!view->findChild<QLineEdit*>(QStringLiteral("streamKeyLineEdit"))->isVisible());
}

void TestMainWindow::clearButtonsHaveNames()
{
    inspectAndWait(QStringLiteral("RtmpsActive1"));
    for (const char* name : {"arnLineEdit", "filterLineEdit"}) {
        auto* edit = m_window->findChild<QLineEdit*>(QLatin1String(name));
        const QList<QToolButton*> buttons = edit->findChildren<QToolButton*>();
        QVERIFY(!buttons.isEmpty());
        for (QToolButton* button : buttons) {
            QVERIFY2(!button->accessibleName().isEmpty(), name);
        }
    }
}

void TestMainWindow::clipboardStatusFollowsTheClipboard()
{
    AppSettings::setClipboardClearSeconds(30);
    m_window->session()->applySettings();
    ResultView* view = inspectAndWait(QStringLiteral("RtmpsActive1"));
    m_window->clipboardGuard()->setClearAfterSeconds(30);
    view->findChild<QToolButton*>(QStringLiteral("copyStreamKeyToolButton"))->click();
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("cleared in")));
    // Another application takes the clipboard: the key is not there any more.
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("no longer on the clipboard")));
    QCOMPARE(m_window->clipboardGuard()->secondsLeft(), 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
}

void TestMainWindow::arnHintIsAWarningAboveTheField()
{
    auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("arnLineEdit"));
    field->setText(QStringLiteral("arn:aws:ivs:sa-east-1:123456789012:ingest-configuration/A"));
    auto* hint = m_window->findChild<QLabel*>(QStringLiteral("arnStatusLabel"));
    QVERIFY(hint->text().contains(QLatin1String("Warning:")));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("arnHintIconLabel"))->isVisible());
    // Above the field: the recent-ARN pop-up opens below it.
    QVERIFY(hint->mapTo(m_window, QPoint(0, hint->height())).y() <= field->mapTo(m_window, QPoint(0, 0)).y());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
