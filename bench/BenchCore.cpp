#include "aws/SigV4Signer.h"
#include "ivs/IngestConfiguration.h"
#include "ui/IngestConfigModel.h"

#include <QFile>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QTest>

// Microbenchmarks (Qt Test QBENCHMARK; not part of the test suite):
// signing, reply parsing, filling the field model with 10,000 rows, and
// filtering those rows as one keystroke does. Run: build/bench/BenchCore
// (add -callgrind for instruction counts).
class BenchCore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signRequest();
    void parseReply();
    void fillModelWith10000Rows();
    void filter10000RowsPerKeystroke_data();
    void filter10000RowsPerKeystroke();

private:
    QByteArray m_reply;
    IngestConfiguration m_large;
};

void BenchCore::initTestCase()
{
    QFile file(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs/GetIngestConfiguration/RtmpUnicode1.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_reply = file.readAll();
    // A configuration with 10,000 attribute rows (far beyond the 1 KB the API
    // allows, to find the model's limits).
    QString problem;
    m_large = *IngestConfiguration::fromResponse(QJsonDocument::fromJson(m_reply).object(), &problem);
    m_large.attributes.clear();
    QJsonObject attributes;
    for (int i = 0; i < 10000; ++i) {
        const QString key = QStringLiteral("attribute-%1").arg(i, 5, 10, QChar(u'0'));
        const QString value = QStringLiteral("value %1 camera-%2").arg(i).arg(i % 37);
        m_large.attributes.append({key, value});
        attributes.insert(key, value);
    }
    m_large.raw.insert(QStringLiteral("attributes"), attributes);
}

void BenchCore::signRequest()
{
    SigV4Request request;
    request.method = "POST";
    request.host = "ivsrealtime.us-east-1.amazonaws.com";
    request.path = "/GetIngestConfiguration";
    request.headers = {{"Content-Type", "application/json"}};
    request.body = R"({"arn":"arn:aws:ivs:us-east-1:123456789012:ingest-configuration/AbCdEfGh1234"})";
    request.region = QStringLiteral("us-east-1");
    request.service = QStringLiteral("ivs");
    const AwsCredentials credentials{QStringLiteral("AKIDEXAMPLE"),
                                     QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), QString()};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QBENCHMARK
    {
        const SigV4Result result = SigV4Signer::sign(request, credentials, now);
        Q_UNUSED(result)
    }
}

void BenchCore::parseReply()
{
    QBENCHMARK
    {
        QString problem;
        const auto configuration =
            IngestConfiguration::fromResponse(QJsonDocument::fromJson(m_reply).object(), &problem);
        Q_UNUSED(configuration)
    }
}

void BenchCore::fillModelWith10000Rows()
{
    IngestConfigModel model;
    QBENCHMARK
    {
        model.setConfiguration(m_large);
    }
    int attributes = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(IngestConfigModel::RawKeyRole).toString() == QLatin1String("attributes")) {
            attributes = model.rowCount(model.index(row, 0));
        }
    }
    QCOMPARE(attributes, 10000);
}

void BenchCore::filter10000RowsPerKeystroke_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("one letter") << QStringLiteral("c");
    QTest::newRow("narrow") << QStringLiteral("camera-36");
    QTest::newRow("no match") << QStringLiteral("zzz");
}

void BenchCore::filter10000RowsPerKeystroke()
{
    QFETCH(QString, text);
    IngestConfigModel model;
    model.setConfiguration(m_large);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    // What the tree does on a keystroke: refilter, then ask for the rows it
    // shows (the proxy maps children lazily).
    const auto visibleRows = [&proxy] {
        int rows = 0;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            rows += 1 + proxy.rowCount(proxy.index(row, 0));
        }
        return rows;
    };
    int shown = 0;
    QBENCHMARK
    {
        proxy.setFilterFixedString(text);
        shown = visibleRows();
    }
    QVERIFY(shown >= 0);
}

QTEST_GUILESS_MAIN(BenchCore)
#include "BenchCore.moc"
