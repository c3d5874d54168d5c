#include "CliRunner.h"
#include "cli/CommandLine.h"
#include "demo/DemoDataSet.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// `ivs-inspector --demo …`: the real binary, headless, with no endpoint in
// the test and no network. The user's own AWS files and keys sit in HOME
// and the environment, and must neither be used nor changed.
class TestDemoCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void windowOrCommandLine_data();
    void windowOrCommandLine();
    void getBeforeOrAfterTheCommand_data();
    void getBeforeOrAfterTheCommand();
    void textOutput();
    void encoderSettingsExplainsTheErrorHistory();
    void encoderSettingsForThePairAndTheDetached();
    void checkCredentials();
    void configureListShowsOnlyTheDemo();
    void refusedCombinations_data();
    void refusedCombinations();
    void listIngestConfigurationsJoinsEveryPage();
    void watchPrintsTheStatesUntilInterrupted();
    void nothingIsReadOrWritten();
    void helpMentionsTheDemo();

private:
    using Run = CliRunner::Result;

    QTemporaryDir m_home;

    // A user with a profile of their own, in the files and in the environment.
    static void writeUserFiles(const QString& home);
    static QProcessEnvironment environment(const QString& home);
    Run run(const QStringList& arguments) const
    {
        return CliRunner::run(arguments, environment(m_home.path()));
    }
    static QString arn(const char* id)
    {
        return DemoDataSet::arn(QString::fromLatin1(id));
    }
    // Every entry under home (files and folders, hidden ones too) with its
    // size and time.
    static QStringList snapshot(const QString& home);
    // What writeUserFiles leaves: anything more was written by the demo.
    static QStringList userFilesOnly(const QString& home);
};

void TestDemoCommandLine::init()
{
    QVERIFY(m_home.isValid());
    writeUserFiles(m_home.path());
}

void TestDemoCommandLine::writeUserFiles(const QString& home)
{
    QVERIFY(QDir(home).mkpath(QStringLiteral(".aws")));
    QFile credentials(home + QStringLiteral("/.aws/credentials"));
    QVERIFY(credentials.open(QIODevice::WriteOnly | QIODevice::Truncate));
    credentials.write("[work]\naws_access_key_id = AKIDWORKEXAMPLE00001\naws_secret_access_key = workSecretEXAMPLE\n"
                      "[demo]\naws_access_key_id = AKIDSHADOWEXAMPLE001\naws_secret_access_key = shadowEXAMPLE\n");
    credentials.close();
    QFile config(home + QStringLiteral("/.aws/config"));
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write("[profile work]\nregion = eu-west-1\nendpoint_url = http://127.0.0.1:9/\n");
    config.close();
}

QProcessEnvironment TestDemoCommandLine::environment(const QString& home)
{
    QProcessEnvironment env = CliRunner::cleanEnvironment(home);
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENVIRONEXAMPLE01"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("environmentSecretEXAMPLE"));
    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("work"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://127.0.0.1:9/"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    return env;
}

QStringList TestDemoCommandLine::snapshot(const QString& home)
{
    QStringList files;
    QDirIterator it(home, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        files.append(QDir(home).relativeFilePath(info.filePath()) + u' ' + QString::number(info.size()) + u' ' +
                     info.lastModified().toString(Qt::ISODateWithMs));
    }
    files.sort();
    return files;
}

QStringList TestDemoCommandLine::userFilesOnly(const QString& home)
{
    QStringList names;
    for (const QString& entry : snapshot(home)) {
        names.append(entry.section(u' ', 0, 0));
    }
    return names;
}

void TestDemoCommandLine::windowOrCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("commandLine");
    const QString self = QStringLiteral("ivs-inspector");
    const QString demo = QStringLiteral("--demo");
    QTest::newRow("--demo alone: the window") << QStringList{self, demo} << false;
    QTest::newRow("--demo and an ARN: the window") << QStringList{self, demo, arn(DemoDataSet::Redundant)} << false;
    QTest::newRow("an ARN and --demo: the window") << QStringList{self, arn(DemoDataSet::Redundant), demo} << false;
    QTest::newRow("--demo before a command") << QStringList{self, demo, QStringLiteral("check-credentials")} << true;
    QTest::newRow("--demo after a command") << QStringList{self, QStringLiteral("check-credentials"), demo} << true;
    QTest::newRow("--demo --help") << QStringList{self, demo, QStringLiteral("--help")} << true;
}

void TestDemoCommandLine::windowOrCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, commandLine);
    QCOMPARE(CommandLine::wantsCommandLine(arguments), commandLine);
}

void TestDemoCommandLine::getBeforeOrAfterTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString get = QStringLiteral("get-ingest-configuration");
    const QString demo = QStringLiteral("--demo");
    const QString option = QStringLiteral("--arn");
    QTest::newRow("before") << QStringList{demo, get, option, arn(DemoDataSet::ActiveRtmps)};
    QTest::newRow("after") << QStringList{get, option, arn(DemoDataSet::ActiveRtmps), demo};
    QTest::newRow("between") << QStringList{get, demo, option, arn(DemoDataSet::ActiveRtmps)};
}

void TestDemoCommandLine::getBeforeOrAfterTheCommand()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject configuration =
        QJsonDocument::fromJson(result.out).object().value(QStringLiteral("ingestConfiguration")).toObject();
    QCOMPARE(configuration.value(QStringLiteral("arn")).toString(), arn(DemoDataSet::ActiveRtmps));
    QCOMPARE(configuration.value(QStringLiteral("state")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(configuration.value(QStringLiteral("name")).toString(), QStringLiteral("studio-a-main"));
    // One line on stderr says it is the demo; nothing else.
    QCOMPARE(result.err,
             QByteArray("Demo mode: made-up data from the built-in endpoint on 127.0.0.1, not from AWS.\n"));
}

void TestDemoCommandLine::textOutput()
{
    const Run result =
        run({QStringLiteral("--demo"), QStringLiteral("get-ingest-configuration"), QStringLiteral("--output"),
             QStringLiteral("text"), QStringLiteral("--arn"), arn(DemoDataSet::NonAscii)});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.startsWith("INGESTCONFIGURATION\t"));
    QVERIFY(QString::fromUtf8(result.out).contains(QStringLiteral("Bühne-東京-1")));
}

void TestDemoCommandLine::encoderSettingsExplainsTheErrorHistory()
{
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("encoder-settings"), QStringLiteral("--arn"),
                            arn(DemoDataSet::ErrorHistory)});
    // Ready (the stage exists and offers RTMP), with the participant's failures explained.
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QVERIFY(json.value(QStringLiteral("server")).toString().startsWith(QLatin1String("rtmp://demo")));
    QCOMPARE(json.value(QStringLiteral("protocol")).toString(), QStringLiteral("RTMP"));
    QStringList codes;
    QStringList advice;
    for (const QJsonValue& participant : json.value(QStringLiteral("participants")).toArray()) {
        for (const QJsonValue& event : participant.toObject().value(QStringLiteral("events")).toArray()) {
            const QString code = event.toObject().value(QStringLiteral("errorCode")).toString();
            if (!code.isEmpty()) {
                codes.append(code);
                advice.append(event.toObject().value(QStringLiteral("advice")).toString());
            }
        }
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("B_FRAME_PRESENT"), QStringLiteral("BITRATE_EXCEEDED")}));
    QVERIFY(advice.first().contains(QLatin1String("B-frames off")));
    QVERIFY(advice.last().contains(QLatin1String("8.5 Mbps")));
    // The key stays masked.
    QVERIFY(json.value(QStringLiteral("streamKey")).toString().endsWith(QLatin1String("_************")));
    QVERIFY(!result.out.contains("demoNotASecret"));
}

void TestDemoCommandLine::encoderSettingsForThePairAndTheDetached()
{
    const Run pair = run({QStringLiteral("encoder-settings"), QStringLiteral("--arn"), arn(DemoDataSet::Redundant),
                          QStringLiteral("--demo"), QStringLiteral("--show-stream-key")});
    QVERIFY2(pair.exitCode == 0, pair.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(pair.out).object();
    const QJsonArray keys = json.value(QStringLiteral("redundantIngest")).toArray();
    QCOMPARE(keys.size(), 2);
    QVERIFY(keys.at(0).toObject().value(QStringLiteral("url")).toString().startsWith(QLatin1String("rtmps://demo")));
    QCOMPARE(json.value(QStringLiteral("participants")).toArray().size(), 2);

    const Run detached = run({QStringLiteral("--demo"), QStringLiteral("encoder-settings"), QStringLiteral("--arn"),
                              arn(DemoDataSet::Detached)});
    QCOMPARE(detached.exitCode, 1); // not ready: no stage
    QCOMPARE(QJsonDocument::fromJson(detached.out).object().value(QStringLiteral("server")),
             QJsonValue(QJsonValue::Null));
}

void TestDemoCommandLine::checkCredentials()
{
    const Run result = run({QStringLiteral("check-credentials"), QStringLiteral("--demo")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject identity = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(identity.value(QStringLiteral("Account")).toString(), QStringLiteral("123456789012"));
    QCOMPARE(identity.value(QStringLiteral("Arn")).toString(), QStringLiteral("arn:aws:iam::123456789012:user/demo"));
    QVERIFY2(result.err.contains("Credentials from profile demo (built-in demo), access key AKIDDEMOEXAMPLE00001."),
             result.err.constData());
}

void TestDemoCommandLine::configureListShowsOnlyTheDemo()
{
    const Run table = run({QStringLiteral("--demo"), QStringLiteral("configure"), QStringLiteral("list")});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).startsWith("demo "));
    QVERIFY(lines.at(1).contains("built-in demo"));
    QVERIFY(!table.out.contains("work") && !table.out.contains("environment"));

    const Run json = run({QStringLiteral("configure"), QStringLiteral("list"), QStringLiteral("--output"),
                          QStringLiteral("json"), QStringLiteral("--demo")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray profiles = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject demo = profiles.first().toObject();
    QCOMPARE(demo.value(QStringLiteral("name")).toString(), QStringLiteral("demo"));
    QCOMPARE(demo.value(QStringLiteral("source")).toString(), QStringLiteral("demo"));
    QCOMPARE(demo.value(QStringLiteral("region")).toString(), QStringLiteral("us-east-1"));
}

void TestDemoCommandLine::refusedCombinations_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    const QString demo = QStringLiteral("--demo");
    QTest::newRow("configure stores") << QStringList{demo, QStringLiteral("configure")} << QByteArray("keychain");
    QTest::newRow("configure delete") << QStringList{QStringLiteral("configure"), QStringLiteral("delete"),
                                                     QStringLiteral("--profile"), QStringLiteral("work"), demo}
                                      << QByteArray("real profile");
    QTest::newRow("another endpoint") << QStringList{demo, QStringLiteral("check-credentials"),
                                                     QStringLiteral("--endpoint-url"),
                                                     QStringLiteral("http://127.0.0.1:9")}
                                      << QByteArray("--endpoint-url");
    QTest::newRow("another profile") << QStringList{demo, QStringLiteral("check-credentials"),
                                                    QStringLiteral("--profile"), QStringLiteral("work")}
                                     << QByteArray("--profile");
}

void TestDemoCommandLine::refusedCombinations()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 252);
    QVERIFY2(result.err.contains(mentions), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestDemoCommandLine::listIngestConfigurationsJoinsEveryPage()
{
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("list-ingest-configurations")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    // The AWS CLI's way: every page fetched and joined, so no token is left.
    QVERIFY(!json.contains(QStringLiteral("nextToken")) && !json.contains(QStringLiteral("NextToken")));
    const QJsonArray items = json.value(QStringLiteral("ingestConfigurations")).toArray();
    QCOMPARE(items.size(), 308); // the 8 featured and the 300 generated
    QSet<QString> arns;
    QSet<QString> states;
    for (const QJsonValue& item : items) {
        arns.insert(item.toObject().value(QStringLiteral("arn")).toString());
        states.insert(item.toObject().value(QStringLiteral("state")).toString());
    }
    QCOMPARE(arns.size(), 308); // no page repeated
    for (const QString& featured : DemoDataSet::allFeaturedArns()) {
        QVERIFY2(arns.contains(featured), qPrintable(featured));
    }
    QCOMPARE(states, (QSet<QString>{QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE")}));
    QCOMPARE(result.err,
             QByteArray("Demo mode: made-up data from the built-in endpoint on 127.0.0.1, not from AWS.\n"));
}

void TestDemoCommandLine::watchPrintsTheStatesUntilInterrupted()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    writeUserFiles(home.path());
    const QStringList before = userFilesOnly(home.path());
    QProcess watch;
    watch.setProcessEnvironment(environment(home.path()));
    watch.start(QStringLiteral(IVS_INSPECTOR_BINARY),
                {QStringLiteral("--demo"), QStringLiteral("watch"), QStringLiteral("--arn"),
                 arn(DemoDataSet::ActiveRtmps), QStringLiteral("--arn"), arn(DemoDataSet::ErrorHistory),
                 QStringLiteral("--interval"), QStringLiteral("2")});
    QVERIFY(watch.waitForStarted());
    // The first look prints one line per ARN, its state as it is now.
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).count('\n') >= 2, 20000);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const auto lineFor = [&lines](const QString& wanted) {
        for (const QByteArray& line : lines) {
            if (line.contains("  " + wanted.toUtf8() + "  ")) {
                return line;
            }
        }
        return QByteArray();
    };
    QVERIFY2(lineFor(arn(DemoDataSet::ActiveRtmps)).contains("  ACTIVE  "), out.constData());
    QVERIFY2(lineFor(arn(DemoDataSet::ErrorHistory)).contains("  INACTIVE  "), out.constData());
    // Ctrl-C ends it, as a success.
    ::kill(static_cast<pid_t>(watch.processId()), SIGINT);
    QTRY_VERIFY_WITH_TIMEOUT(watch.state() == QProcess::NotRunning, 10000);
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 0);
    QVERIFY(watch.readAllStandardError().startsWith("Demo mode: made-up data"));
    // No timeline, no settings: the watch wrote nothing.
    QCOMPARE(userFilesOnly(home.path()), before);
}

void TestDemoCommandLine::nothingIsReadOrWritten()
{
    // A HOME of its own that holds only the user's AWS files, so that any
    // file or folder a demo command makes shows, whichever test ran before.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    writeUserFiles(home.path());
    const QStringList before = snapshot(home.path());
    QCOMPARE(userFilesOnly(home.path()),
             (QStringList{QStringLiteral(".aws"), QStringLiteral(".aws/config"), QStringLiteral(".aws/credentials")}));
    // The user's files point every endpoint at a closed port and name other
    // keys: the demo works only because it reads none of them.
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--demo"), QStringLiteral("check-credentials")},
          QStringList{QStringLiteral("--demo"), QStringLiteral("--profile"), QStringLiteral("demo"),
                      QStringLiteral("encoder-settings"), QStringLiteral("--arn"), arn(DemoDataSet::Changing)},
          QStringList{QStringLiteral("--demo"), QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"),
                      arn(DemoDataSet::NonAscii)},
          QStringList{QStringLiteral("--demo"), QStringLiteral("list-ingest-configurations")},
          QStringList{QStringLiteral("--demo"), QStringLiteral("configure"), QStringLiteral("list")}}) {
        const Run result = CliRunner::run(arguments, environment(home.path()));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(!result.err.contains("AKIDENVIRONEXAMPLE01") && !result.err.contains("AKIDSHADOWEXAMPLE001"));
    }
    // Nothing made (no settings file, no folder), nothing changed.
    QCOMPARE(snapshot(home.path()), before);
    // Afterwards the real chain is as it was: no "demo" profile was kept.
    const Run list = CliRunner::run(
        {QStringLiteral("configure"), QStringLiteral("list"), QStringLiteral("--output"), QStringLiteral("json")},
        environment(home.path()));
    QCOMPARE(list.exitCode, 0);
    for (const QJsonValue& profile :
         QJsonDocument::fromJson(list.out).object().value(QStringLiteral("profiles")).toArray()) {
        QVERIFY(profile.toObject().value(QStringLiteral("source")).toString() != QLatin1String("demo"));
    }
}

void TestDemoCommandLine::helpMentionsTheDemo()
{
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("--demo"));
    QVERIFY(result.out.contains(arn(DemoDataSet::ActiveRtmps).toUtf8()));
}

QTEST_GUILESS_MAIN(TestDemoCommandLine)
#include "TestDemoCommandLine.moc"
