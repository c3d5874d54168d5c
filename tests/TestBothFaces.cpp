#include "CliRunner.h"
#include "demo/FakeIvsServer.h"

#include "inspect/InspectionEngine.h"
#include "secrets/MemorySecretStore.h"
#include "ui/MainWindow.h"
#include "ui/WindowSession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The window and the command line are two faces of one engine: given the
// same inputs, they warn about the same things in the same words.
class TestBothFaces : public QObject
{
    Q_OBJECT

private slots:
    void sameWarningsForTheSameInputs();

private:
    static QStringList cliWarnings(const QByteArray& stderrText);
};

QStringList TestBothFaces::cliWarnings(const QByteArray& stderrText)
{
    QStringList warnings;
    for (const QString& line : QString::fromUtf8(stderrText).split(u'\n')) {
        if (line.startsWith(QLatin1String("Warning: "))) {
            warnings.append(line.mid(9));
        }
    }
    warnings.sort();
    return warnings;
}

void TestBothFaces::sameWarningsForTheSameInputs()
{
    FakeIvsServer server(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"));
    QVERIFY(server.listen());
    // The server's clock is ten minutes ahead: both faces learn it.
    server.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(600); });
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aws")));
    QFile config(home.filePath(QStringLiteral(".aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[default]\nregion = us-east-1\nthis line has no equals sign\n");
    config.close();
    QProcessEnvironment env = CliRunner::cleanEnvironment(home.path());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(FakeIvsServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(FakeIvsServer::SecretAccessKey));
    env.insert(QStringLiteral("AWS_ACCOUNT_ID"), QStringLiteral("999999999999"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), server.url().toString());
    const QString arn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1");

    const CliRunner::Result cli =
        CliRunner::run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), arn}, env);
    QCOMPARE(cli.exitCode, 0);
    const QStringList fromCli = cliWarnings(cli.err);

    MainWindow window(new MemorySecretStore(this));
    QStringList fromWindow;
    connect(window.session()->engine(), &InspectionEngine::warning, this,
            [&fromWindow](const QString&, const InspectionWarning& warning) { fromWindow.append(warning.text); });
    window.setEnvironment(env);
    window.inspect(arn);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 10000);
    fromWindow.sort();

    // The three kinds this input triggers, and nothing else.
    QCOMPARE(fromCli.size(), 3);
    QVERIFY2(fromCli.join(u'\n').contains(QLatin1String("no equals sign")), qPrintable(fromCli.join(u'\n')));
    QVERIFY(fromCli.join(u'\n').contains(QLatin1String("account 999999999999")));
    QVERIFY(fromCli.join(u'\n').contains(QLatin1String("clock is off")));
    QCOMPARE(fromWindow, fromCli);
}

QTEST_MAIN(TestBothFaces)
#include "TestBothFaces.moc"
