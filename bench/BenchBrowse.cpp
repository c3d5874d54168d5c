#include "PagedIvsServer.h"

#include "secrets/MemorySecretStore.h"
#include "ui/BrowsePanel.h"
#include "ui/ConfigurationFilterModel.h"
#include "ui/ConfigurationTableModel.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The Browse table at 10,000 rows (Qt Test QBENCHMARK; not part of the test
// suite): the memory the window holds for them (resident set size before and
// after filling the model behind a shown table), filling it, sorting it, and
// one keystroke in the search field (refilter, then the table lays out and
// paints what it shows). Run: build/bench/BenchBrowse -platform offscreen.
class BenchBrowse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void memoryOf10000Rows();
    void windowListing10000();
    void fill10000Rows();
    void sortByState();
    void filterPerKeystroke_data();
    void filterPerKeystroke();

private:
    QJsonArray m_summaries;
    static double residentMiB();
};

double BenchBrowse::residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

void BenchBrowse::initTestCase()
{
    // Shaped like the fake's (tests/support/PagedIvsServer).
    for (int i = 0; i < 10000; ++i) {
        m_summaries.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("encoder-%1").arg(i, 5, 10, QChar(u'0'))},
            {QStringLiteral("arn"), QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/Cfg%1x")
                                        .arg(i, 8, 10, QChar(u'0'))},
            {QStringLiteral("ingestProtocol"), i % 3 == 0 ? QStringLiteral("RTMP") : QStringLiteral("RTMPS")},
            {QStringLiteral("stageArn"),
             QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/Stage%1").arg(i % 20)},
            {QStringLiteral("participantId"), QStringLiteral("p%1").arg(i, 11, 36, QChar(u'0'))},
            {QStringLiteral("state"), i % 5 == 0 ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE")},
            {QStringLiteral("userId"), QStringLiteral("user-%1").arg(i % 250)},
            {QStringLiteral("redundantIngest"), false},
        });
    }
}

void BenchBrowse::memoryOf10000Rows()
{
    ConfigurationTableModel model;
    ConfigurationFilterModel filter;
    filter.setSourceTable(&model);
    QTableView table;
    table.setModel(&filter);
    table.setSortingEnabled(true);
    table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table.resize(1200, 700);
    table.show();
    QApplication::processEvents();
    const double before = residentMiB();
    model.setSummaries(m_summaries, QDateTime::currentDateTimeUtc());
    table.viewport()->repaint();
    QApplication::processEvents();
    const double after = residentMiB();
    qInfo("RSS before %.1f MiB, after 10,000 rows %.1f MiB: %.1f MiB for the rows (%.0f bytes a row)", before, after,
          after - before, (after - before) * 1024 * 1024 / 10000);
    QCOMPARE(filter.rowCount(), 10000);
}

void BenchBrowse::windowListing10000()
{
    // The whole window: Browse lists 10,000 from the fake (100 pages, paced
    // by the scheduler: about 20 s) and holds them, with the last listing
    // kept for the offline view.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir home;
    PagedIvsServer server(10000);
    QVERIFY(server.listen());
    MainWindow window(new MemorySecretStore(this));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(LoopbackHttpServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(LoopbackHttpServer::SecretAccessKey));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), server.url().toString());
    window.setEnvironment(env);
    window.resize(1200, 800);
    window.show();
    window.showBrowse();
    QApplication::processEvents();
    const double before = residentMiB();
    QElapsedTimer timer;
    timer.start();
    QSignalSpy done(window.browsePanel(), &BrowsePanel::listingFinished);
    window.browsePanel()->list();
    QVERIFY(done.wait(120000));
    window.browsePanel()->table()->viewport()->repaint();
    QApplication::processEvents();
    const double after = residentMiB();
    QCOMPARE(window.browsePanel()->model()->rowCount(), 10000);
    qInfo("window: listed 10,000 (100 pages) in %lld ms; RSS %.1f -> %.1f MiB (+%.1f MiB)", timer.elapsed(), before,
          after, after - before);
    // IVS_BENCH_SCREENSHOT=file.png: how it looked (for the docs).
    const QString screenshot = qEnvironmentVariable("IVS_BENCH_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        window.browsePanel()->searchField()->setText(QStringLiteral("kamera"));
        window.inspect(PagedIvsServer::arnOf(3) + u'\n' + PagedIvsServer::arnOf(5));
        QTest::qWait(3000);
        QVERIFY2(window.grab().save(screenshot), qPrintable(screenshot));
    }
}

void BenchBrowse::fill10000Rows()
{
    ConfigurationTableModel model;
    QBENCHMARK
    {
        model.setSummaries(m_summaries, QDateTime::currentDateTimeUtc());
    }
    QCOMPARE(model.rowCount(), 10000);
}

void BenchBrowse::sortByState()
{
    ConfigurationTableModel model;
    model.setSummaries(m_summaries, QDateTime::currentDateTimeUtc());
    ConfigurationFilterModel filter;
    filter.setSourceTable(&model);
    Qt::SortOrder order = Qt::AscendingOrder;
    QBENCHMARK
    {
        filter.sort(ConfigurationTableModel::StateColumn, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
}

void BenchBrowse::filterPerKeystroke_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("first letter (most rows stay)") << QStringLiteral("e");
    QTest::newRow("narrow (10 rows)") << QStringLiteral("encoder-0999");
    QTest::newRow("two words") << QStringLiteral("user-7 stage1");
    QTest::newRow("no match") << QStringLiteral("zzz");
}

void BenchBrowse::filterPerKeystroke()
{
    QFETCH(QString, text);
    ConfigurationTableModel model;
    model.setSummaries(m_summaries, QDateTime::currentDateTimeUtc());
    ConfigurationFilterModel filter;
    filter.setSourceTable(&model);
    QTableView table;
    table.setModel(&filter);
    table.setSortingEnabled(true);
    table.sortByColumn(ConfigurationTableModel::NameColumn, Qt::AscendingOrder);
    // As the Browse panel sets it up.
    table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table.verticalHeader()->hide();
    table.setWordWrap(false);
    table.resize(1200, 700);
    table.show();
    QApplication::processEvents();
    // What a keystroke costs: refilter (sorted), then the table takes the
    // change and paints. Alternating with the empty filter, so every
    // iteration is a real change.
    bool on = false;
    QBENCHMARK
    {
        on = !on;
        filter.setText(on ? text : QString());
        table.viewport()->repaint();
    }
    QVERIFY(filter.rowCount() >= 0);
}

QTEST_MAIN(BenchBrowse)
#include "BenchBrowse.moc"
