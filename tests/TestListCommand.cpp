#include "CliRunner.h"
#include "PagedIvsServer.h"

#include "cli/PaginationToken.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `ivs-inspector list-ingest-configurations` byte for byte against what the
// real AWS CLI printed for the same listing (tests/data/cli/list, made by
// make-expected.py with botocore's own paginator against the same fake):
// pages joined, --max-items cutting inside a page and at a page's end, the
// AWS CLI's NextToken and --starting-token taking it back, the service's
// filters, and the text output. Also the token format itself, and the
// failures.
class TestListCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void matchesTheAwsCli_data();
    void matchesTheAwsCli();
    void tokenIsBotocores();
    void tokenFallbacks();
    void badArguments_data();
    void badArguments();
    void serviceErrorIsReported();
    void noRegion();

private:
    QJsonObject m_manifest;
    QJsonObject m_tokens;
    QTemporaryDir m_home;
    PagedIvsServer* m_server = nullptr;

    QProcessEnvironment environment() const;
    static QByteArray read(const QString& path);
};

QByteArray TestListCommand::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestListCommand::initTestCase()
{
    m_manifest = QJsonDocument::fromJson(read(QStringLiteral(IVS_TEST_DATA_DIR "/cli/list/cases.json"))).object();
    m_tokens = QJsonDocument::fromJson(read(QStringLiteral(IVS_TEST_DATA_DIR "/cli/list/tokens.json"))).object();
    QVERIFY(m_manifest.value(QStringLiteral("count")).toInt() > 0);
}

void TestListCommand::init()
{
    m_server = new PagedIvsServer(m_manifest.value(QStringLiteral("count")).toInt(), this);
    QVERIFY(m_server->listen());
}

void TestListCommand::cleanup()
{
    delete m_server;
}

QProcessEnvironment TestListCommand::environment() const
{
    QProcessEnvironment env = CliRunner::fakeAccountEnvironment(m_home.path(), m_server->url());
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    return env;
}

void TestListCommand::matchesTheAwsCli_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedPath");
    for (const QJsonValue& value : m_manifest.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject entry = value.toObject();
        QStringList arguments{QStringLiteral("list-ingest-configurations")};
        for (const QJsonValue& argument : entry.value(QStringLiteral("args")).toArray()) {
            const QString text = argument.toString();
            arguments.append(text.startsWith(u'@') ? m_tokens.value(text.mid(1)).toString() : text);
        }
        const QString name = entry.value(QStringLiteral("name")).toString();
        QTest::newRow(qPrintable(name)) << arguments << QStringLiteral(IVS_TEST_DATA_DIR "/cli/list/%1.out").arg(name);
    }
}

void TestListCommand::matchesTheAwsCli()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedPath);
    const QByteArray expected = read(expectedPath);
    QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath));
    const CliRunner::Result result = CliRunner::run(arguments, environment());
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expected);
    QCOMPARE(m_server->throttled(), 0);
}

void TestListCommand::tokenIsBotocores()
{
    // base64 of json.dumps({"nextToken": "abc", "boto_truncate_amount": 2}).
    PaginationToken token;
    token.nextToken = QStringLiteral("abc");
    token.truncateAmount = 2;
    token.hasTruncateAmount = true;
    QCOMPARE(token.encode(), QStringLiteral("eyJuZXh0VG9rZW4iOiAiYWJjIiwgImJvdG9fdHJ1bmNhdGVfYW1vdW50IjogMn0="));
    PaginationToken first;
    first.truncateAmount = 3;
    first.hasTruncateAmount = true;
    QCOMPARE(QByteArray::fromBase64(first.encode().toLatin1()),
             QByteArray("{\"nextToken\": null, \"boto_truncate_amount\": 3}"));
    QCOMPARE(PaginationToken::pythonJsonString(QString::fromUtf8("é\"\\\x01😀")),
             QByteArray("\"\\u00e9\\\"\\\\\\u0001\\ud83d\\ude00\""));
    const auto back = PaginationToken::decode(token.encode());
    QVERIFY(back);
    QCOMPARE(back->nextToken, QStringLiteral("abc"));
    QCOMPARE(back->truncateAmount, 2);
}

void TestListCommand::tokenFallbacks()
{
    // botocore's older "<token>___<index>" form, and a service token as is.
    const auto old = PaginationToken::decode(QStringLiteral("serviceToken___4"));
    QVERIFY(old);
    QCOMPARE(old->nextToken, QStringLiteral("serviceToken"));
    QCOMPARE(old->truncateAmount, 4);
    const auto plain = PaginationToken::decode(QStringLiteral("not-base64-at-all!"));
    QVERIFY(plain);
    QCOMPARE(plain->nextToken, QStringLiteral("not-base64-at-all!"));
    QVERIFY(!PaginationToken::decode(QString::fromLatin1(QByteArray("{\"other\": 1}").toBase64())));
}

void TestListCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("max-items not a number") << QStringList{QStringLiteral("--max-items"), QStringLiteral("ten")}
                                            << QStringLiteral("argument --max-items: invalid int value: 'ten'");
    QTest::newRow("page-size zero") << QStringList{QStringLiteral("--page-size"), QStringLiteral("0")}
                                    << QStringLiteral("argument --page-size");
    QTest::newRow("bad starting token") << QStringList{QStringLiteral("--starting-token"),
                                                       QString::fromLatin1(
                                                           QByteArray("{\"Marker\": \"x\"}").toBase64())}
                                        << QStringLiteral("Bad starting token");
}

void TestListCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRunner::Result result =
        CliRunner::run(QStringList{QStringLiteral("list-ingest-configurations")} + arguments, environment());
    QCOMPARE(result.exitCode, 252);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QCOMPARE(m_server->accepted(), 0);
}

void TestListCommand::serviceErrorIsReported()
{
    const CliRunner::Result result = CliRunner::run(
        {QStringLiteral("list-ingest-configurations"), QStringLiteral("--filter-by-state"), QStringLiteral("ACTIVE"),
         QStringLiteral("--filter-by-stage-arn"), QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/Stage2")},
        environment());
    QCOMPARE(result.exitCode, 254);
    QVERIFY2(result.err.contains("An error occurred (ValidationException) when calling the ListIngestConfigurations "
                                 "operation: Only one filter"),
             result.err.constData());
    QCOMPARE(result.out, QByteArray());
}

void TestListCommand::noRegion()
{
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("AWS_REGION"));
    const CliRunner::Result result = CliRunner::run({QStringLiteral("list-ingest-configurations")}, env);
    QCOMPARE(result.exitCode, 253);
    QVERIFY2(result.err.contains("You must specify a region."), result.err.constData());
}

QTEST_GUILESS_MAIN(TestListCommand)
#include "TestListCommand.moc"
