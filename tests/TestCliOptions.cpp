#include "cli/CliOptions.h"

#include <QTest>

// Validation before anything is sent: timeouts read in 64 bits and bounded by
// what a timer can wait for, --region checked like the ARN's region for every
// command, and a bad AWS_DEFAULT_OUTPUT blamed on that variable.
class TestCliOptions : public QObject
{
    Q_OBJECT

private slots:
    void timeouts_data();
    void timeouts();
    void regions_data();
    void regions();
    void outputFromTheEnvironment();
};

void TestCliOptions::timeouts_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("default-like") << QStringLiteral("60") << true << qint64(60);
    QTest::newRow("none") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("the longest a timer can wait") << QStringLiteral("2147483") << true << qint64(2147483);
    // These used to wrap around: 2147484 s became "no timeout", 4294968 s 0.7 s.
    QTest::newRow("one second more") << QStringLiteral("2147484") << false << qint64(0);
    QTest::newRow("wraps to 0.7 s in 32 bits") << QStringLiteral("4294968") << false << qint64(0);
    QTest::newRow("beyond 64 bits") << QStringLiteral("99999999999999999999999") << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-1") << false << qint64(0);
    QTest::newRow("fraction") << QStringLiteral("1.5") << false << qint64(0);
    QTest::newRow("word") << QStringLiteral("soon") << false << qint64(0);
}

void TestCliOptions::timeouts()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(qint64, seconds);
    for (const char* name : {"--cli-read-timeout", "--cli-connect-timeout"}) {
        const CliOptions options =
            CliOptions::parse({QStringLiteral("check-credentials"), QLatin1String(name), value}, QProcessEnvironment());
        QCOMPARE(options.error.isEmpty(), accepted);
        if (accepted) {
            const qint64 parsed = QLatin1String(name) == QLatin1String("--cli-read-timeout")
                                      ? options.readTimeoutSeconds
                                      : options.connectTimeoutSeconds;
            QCOMPARE(parsed, seconds);
        } else {
            QVERIFY2(options.error.contains(QLatin1String(name)), qPrintable(options.error));
        }
    }
}

void TestCliOptions::regions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QStringLiteral("us-east-1") << true;
    QTest::newRow("trimmed") << QStringLiteral(" eu-west-2 ") << true;
    QTest::newRow("path segments") << QStringLiteral("us-east-1/../evil") << false;
    QTest::newRow("user info") << QStringLiteral("attacker.example@us-east-1") << false;
    QTest::newRow("fragment") << QStringLiteral("us-east-1#x") << false;
    QTest::newRow("upper case") << QStringLiteral("US-EAST-1") << false;
    QTest::newRow("dots") << QStringLiteral("evil.example") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("zero-width space") << QStringLiteral("us-east-1\u200b") << false;
    QTest::newRow("port") << QStringLiteral("us-east-1:443") << false;
}

void TestCliOptions::regions()
{
    QFETCH(QString, region);
    QFETCH(bool, accepted);
    for (const char* command : {"get-ingest-configuration", "encoder-settings", "check-credentials", "configure"}) {
        const CliOptions options =
            CliOptions::parse({QLatin1String(command), QStringLiteral("--region"), region, QStringLiteral("--arn"),
                               QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/A")},
                              QProcessEnvironment());
        QVERIFY2(options.error.isEmpty() == accepted, qPrintable(options.error));
        if (!accepted) {
            QVERIFY(options.error.startsWith(QLatin1String("argument --region: ")));
        }
    }
}

void TestCliOptions::outputFromTheEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_DEFAULT_OUTPUT"), QStringLiteral("yaml"));
    const CliOptions fromEnv = CliOptions::parse({QStringLiteral("check-credentials")}, env);
    QVERIFY2(fromEnv.error.contains(QLatin1String("AWS_DEFAULT_OUTPUT")), qPrintable(fromEnv.error));
    QVERIFY(!fromEnv.error.contains(QLatin1String("--output")));
    const CliOptions fromOption =
        CliOptions::parse({QStringLiteral("check-credentials"), QStringLiteral("--output"), QStringLiteral("yaml")},
                          QProcessEnvironment());
    QVERIFY(fromOption.error.startsWith(QLatin1String("argument --output")));
    // --output wins over the variable, as in the AWS CLI.
    const CliOptions both = CliOptions::parse(
        {QStringLiteral("check-credentials"), QStringLiteral("--output"), QStringLiteral("text")}, env);
    QVERIFY(both.error.isEmpty());
    QCOMPARE(both.output, QStringLiteral("text"));
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "TestCliOptions.moc"
