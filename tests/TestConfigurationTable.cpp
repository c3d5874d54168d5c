#include "inspect/ConfigurationLookup.h"
#include "ui/ConfigurationFilterModel.h"
#include "ui/ConfigurationTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// The Browse table's model with 10,000 rows under QAbstractItemModelTester
// (through the filter and sort proxy too), each client-side filter, sorting
// by state, and matching a bare ID or name against a listing.
class TestConfigurationTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tenThousandRowsPassTheTester();
    void filtersNarrowTheRows();
    void sortsByState();
    void overviewRowsUpdateInPlace();
    void lookupMatchesIdThenName();

private:
    QJsonArray m_summaries;
};

void TestConfigurationTable::initTestCase()
{
    for (int i = 0; i < 10000; ++i) {
        QJsonObject summary{
            {QStringLiteral("name"), QStringLiteral("encoder-%1").arg(i, 5, 10, QChar(u'0'))},
            {QStringLiteral("arn"), QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/Cfg%1x")
                                        .arg(i, 8, 10, QChar(u'0'))},
            {QStringLiteral("ingestProtocol"), i % 3 == 0 ? QStringLiteral("RTMP") : QStringLiteral("RTMPS")},
            {QStringLiteral("stageArn"),
             i % 4 == 1 ? QString() : QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/Stage%1").arg(i % 20)},
            {QStringLiteral("participantId"), QStringLiteral("p%1").arg(i)},
            {QStringLiteral("state"), i % 5 == 0 ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE")},
            {QStringLiteral("userId"), QStringLiteral("user-%1").arg(i % 250)},
        };
        m_summaries.append(summary);
    }
}

void TestConfigurationTable::tenThousandRowsPassTheTester()
{
    ConfigurationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConfigurationFilterModel filter;
    filter.setSourceTable(&model);
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries(m_summaries, QDateTime::currentDateTimeUtc());
    QCOMPARE(model.rowCount(), 10000);
    QCOMPARE(model.columnCount(), int(ConfigurationTableModel::ColumnCount));
    filter.sort(ConfigurationTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, ConfigurationTableModel::NameColumn).data().toString(), QStringLiteral("encoder-09999"));
    filter.setText(QStringLiteral("encoder-0999"));
    QCOMPARE(filter.rowCount(), 10);
    model.addPending(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/New1"));
    model.removeArn(m_summaries.at(5).toObject().value(QStringLiteral("arn")).toString());
    QCOMPARE(model.rowCount(), 10000);
    model.clear();
    QCOMPARE(filter.rowCount(), 0);
}

void TestConfigurationTable::filtersNarrowTheRows()
{
    ConfigurationTableModel model;
    model.setSummaries(m_summaries, QDateTime::currentDateTimeUtc());
    ConfigurationFilterModel filter;
    filter.setSourceTable(&model);
    filter.setStateFilter(QStringLiteral("ACTIVE"));
    QCOMPARE(filter.rowCount(), 2000);
    filter.setProtocolFilter(QStringLiteral("RTMP")); // every 15th
    QCOMPARE(filter.rowCount(), 667);
    filter.setStateFilter(QString());
    filter.setProtocolFilter(QString());
    filter.setStageFilter(ConfigurationFilterModel::noStage());
    QCOMPARE(filter.rowCount(), 2500);
    filter.setStageFilter(QStringLiteral("stage/Stage3"));
    // Stage3 and Stage30..: i % 20 == 3 only (no Stage30+ exists), and never one without a stage.
    QCOMPARE(filter.rowCount(), 500);
    filter.setStageFilter(QString());
    // Every word must match, in any of name, user ID, participant ID, ARN.
    filter.setText(QStringLiteral("USER-7 p1007"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(ConfigurationTableModel::ArnRole).toString(),
             m_summaries.at(1007).toObject().value(QStringLiteral("arn")).toString());
    filter.setText(QStringLiteral("cfg00004242x"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QStringLiteral("nothing-like-this"));
    QCOMPARE(filter.rowCount(), 0);
}

void TestConfigurationTable::sortsByState()
{
    ConfigurationTableModel model;
    model.setSummaries(m_summaries, QDateTime::currentDateTimeUtc());
    ConfigurationFilterModel filter;
    filter.setSourceTable(&model);
    filter.sort(ConfigurationTableModel::StateColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, ConfigurationTableModel::StateColumn).data(ConfigurationTableModel::SortRole).toString(),
             QStringLiteral("ACTIVE"));
    QCOMPARE(
        filter.index(9999, ConfigurationTableModel::StateColumn).data(ConfigurationTableModel::SortRole).toString(),
        QStringLiteral("INACTIVE"));
    // The state is told by word and icon, not colour alone.
    const QModelIndex state = filter.index(0, ConfigurationTableModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("ACTIVE"));
    QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(state.data(Qt::AccessibleTextRole).toString(), QStringLiteral("ACTIVE"));
}

void TestConfigurationTable::overviewRowsUpdateInPlace()
{
    ConfigurationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString arn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/Abc1");
    model.addPending(arn);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ConfigurationTableModel::NameColumn).data().toString(), QStringLiteral("Abc1"));
    QCOMPARE(model.index(0, ConfigurationTableModel::RegionColumn).data().toString(), QStringLiteral("us-east-1"));
    model.addPending(arn);
    QCOMPARE(model.rowCount(), 1);
}

void TestConfigurationTable::lookupMatchesIdThenName()
{
    QVERIFY(ConfigurationLookup::isCandidate(QStringLiteral("Cfg00000042x")));
    QVERIFY(ConfigurationLookup::isCandidate(QStringLiteral("encoder_hall-3")));
    QVERIFY(!ConfigurationLookup::isCandidate(QStringLiteral("arn:aws:ivs:us-east-1:1:ingest-configuration/x")));
    QVERIFY(!ConfigurationLookup::isCandidate(QStringLiteral("two words")));
    QVERIFY(!ConfigurationLookup::isCandidate(QString()));
    const QString arn42 = m_summaries.at(42).toObject().value(QStringLiteral("arn")).toString();
    QCOMPARE(ConfigurationLookup::match(m_summaries, QStringLiteral("Cfg00000042x")), QStringList{arn42});
    QCOMPARE(ConfigurationLookup::match(m_summaries, QStringLiteral("encoder-00042")), QStringList{arn42});
    QCOMPARE(ConfigurationLookup::match(m_summaries, QStringLiteral("ENCODER-00042")), QStringList{arn42});
    QJsonArray twins = m_summaries;
    QJsonObject twin = twins.at(7).toObject();
    twin.insert(QStringLiteral("name"), QStringLiteral("encoder-00042"));
    twins.replace(7, twin);
    QCOMPARE(ConfigurationLookup::match(twins, QStringLiteral("encoder-00042")).size(), 2);
    QVERIFY(ConfigurationLookup::match(m_summaries, QStringLiteral("missing")).isEmpty());
}

QTEST_MAIN(TestConfigurationTable)
#include "TestConfigurationTable.moc"
