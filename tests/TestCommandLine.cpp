#include "CliRunner.h"
#include "demo/FakeIvsServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The real ivs-inspector binary, run as a script would run it, against the
// fake endpoint served from this process.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void jsonOutputMatchesAwsCli_data();
    void jsonOutputMatchesAwsCli();
    void textOutput();
    void sessionTokenFromEnvironment();
    void serviceErrors_data();
    void serviceErrors();
    void badArgumentsSendNothing_data();
    void badArgumentsSendNothing();
    void noCredentials();
    void unknownProfile();
    void networkFailureExits255();
    void endpointPrecedence_data();
    void endpointPrecedence();
    void debugRedactsSecrets();
    void versionAndHelp();
    void runsWithoutDisplay();
    void windowWithoutDisplayExplains_data();
    void windowWithoutDisplayExplains();
    void unknownPlatformExplains();
    void regionFromTheProfileIsCheckedBeforeSending_data();
    void regionFromTheProfileIsCheckedBeforeSending();
    void badDefaultOutputNamesTheVariable();
    void settingsAreTheUsersAlone();
    void retriesAndLogsEachAttempt();
    void encoderSettings_data();
    void encoderSettings();
    void encoderSettingsShowsKeyOnlyWhenAsked();
    void maxAttemptsFromEnvironment();
    void clockSkewIsCorrectedAndReported();
    void plainHttpToAnotherHostIsRefused();

private:
    using Run = CliRunner::Result;

    FakeIvsServer* m_server = nullptr;
    QTemporaryDir m_home;

    QProcessEnvironment baseEnvironment() const;
    Run run(const QStringList& arguments, const QProcessEnvironment& env);
    Run run(const QStringList& arguments)
    {
        return run(arguments, baseEnvironment());
    }
    QString arn(const QString& id, const QString& account = QStringLiteral("123456789012")) const
    {
        return QStringLiteral("arn:aws:ivs:us-east-1:%1:ingest-configuration/%2").arg(account, id);
    }
    QString closedPortUrl() const;
};

void TestCommandLine::init()
{
    m_server = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_server->listen());
}

void TestCommandLine::cleanup()
{
    delete m_server;
}

QProcessEnvironment TestCommandLine::baseEnvironment() const
{
    QProcessEnvironment env = CliRunner::fakeAccountEnvironment(m_home.path(), m_server->url());
    return env;
}

TestCommandLine::Run TestCommandLine::run(const QStringList& arguments, const QProcessEnvironment& env)
{
    return CliRunner::run(arguments, env);
}

QString TestCommandLine::closedPortUrl() const
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

void TestCommandLine::jsonOutputMatchesAwsCli_data()
{
    QTest::addColumn<QString>("id");
    for (const char* id :
         {"RtmpsActive1", "RtmpUnicode1", "EmptyMaps1", "Redundant1", "NoStage1", "MissingStage1", "RtmpOld1",
          // null members and members the model does not know, nested ones too:
          // botocore drops them all
          "NullMembers1"}) {
        QTest::newRow(id) << QString::fromLatin1(id);
    }
}

void TestCommandLine::jsonOutputMatchesAwsCli()
{
    QFETCH(QString, id);
    const Run result = run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), arn(id)});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile expected(QStringLiteral(IVS_TEST_DATA_DIR "/cli/%1.json").arg(id));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QCOMPARE(result.out, expected.readAll());
    QVERIFY(result.err.isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(m_server->requests().first().signatureValid);
}

void TestCommandLine::textOutput()
{
    const Run result = run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--output"),
                            QStringLiteral("text"), QStringLiteral("--arn=") + arn(QStringLiteral("RtmpsActive1"))});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             QByteArray("INGESTCONFIGURATION\tarn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1\t"
                        "RTMPS\tstudio-a-main\tpArT1cIp4nT1\tFalse\t"
                        "arn:aws:ivs:us-east-1:123456789012:stage/StageOne1\tACTIVE\t"
                        "rt_123456789012_us-east-1_RtmpsActive1_abcd1234efgh5678ijkl9012MNOP34\tencoder-a\n"
                        "ATTRIBUTES\twide\tmain\n"
                        "TAGS\tprod\tlive\n"));
}

void TestCommandLine::sessionTokenFromEnvironment()
{
    const QString token = QStringLiteral("FwoGZXIvYXdzEXAMPLETOKEN//session+token=");
    m_server->addKey(QStringLiteral("ASIATEMPORARYKEY"), QStringLiteral("temporarySecretKeyForTheCli001"), token);
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("ASIATEMPORARYKEY"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("temporarySecretKeyForTheCli001"));
    env.insert(QStringLiteral("AWS_SESSION_TOKEN"), token);
    const Run result = run(
        {QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), arn(QStringLiteral("EmptyMaps1"))}, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_server->requests().first().header("X-Amz-Security-Token"), token.toUtf8());
    QVERIFY(m_server->requests().first().signatureValid);
}

void TestCommandLine::serviceErrors_data()
{
    QTest::addColumn<QString>("arnText");
    QTest::addColumn<QString>("code");
    QTest::newRow("not found") << arn(QStringLiteral("Missing1")) << QStringLiteral("ResourceNotFoundException");
    QTest::newRow("access denied") << arn(QStringLiteral("RtmpsActive1"), QStringLiteral("111122223333"))
                                   << QStringLiteral("AccessDeniedException");
}

void TestCommandLine::serviceErrors()
{
    QFETCH(QString, arnText);
    QFETCH(QString, code);
    const Run result = run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), arnText});
    QCOMPARE(result.exitCode, 254);
    QVERIFY(result.out.isEmpty());
    const QByteArray prefix =
        "\nAn error occurred (" + code.toUtf8() + ") when calling the GetIngestConfiguration operation: ";
    QVERIFY2(result.err.startsWith(prefix), result.err.constData());
    QVERIFY(result.err.contains(arnText.toUtf8())); // the service's message names the ARN
}

void TestCommandLine::badArgumentsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString command = QStringLiteral("get-ingest-configuration");
    QTest::newRow("no arn") << QStringList{command} << QStringLiteral("--arn");
    QTest::newRow("stage arn") << QStringList{command, QStringLiteral("--arn"),
                                              QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/AbCd")}
                               << QStringLiteral("stage ARN");
    QTest::newRow("short account") << QStringList{command, QStringLiteral("--arn"),
                                                  QStringLiteral("arn:aws:ivs:us-east-1:1234:ingest-configuration/A")}
                                   << QStringLiteral("12 digits");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("get-stage")} << QStringLiteral("Invalid choice");
    QTest::newRow("unknown option") << QStringList{command, QStringLiteral("--bogus")} << QStringLiteral("--bogus");
    QTest::newRow("bad output") << QStringList{command, QStringLiteral("--output"), QStringLiteral("yaml"),
                                               QStringLiteral("--arn"), arn(QStringLiteral("A"))}
                                << QStringLiteral("yaml");
    QTest::newRow("bad timeout") << QStringList{command, QStringLiteral("--cli-read-timeout"), QStringLiteral("soon"),
                                                QStringLiteral("--arn"), arn(QStringLiteral("A"))}
                                 << QStringLiteral("soon");
    QTest::newRow("bad endpoint") << QStringList{command, QStringLiteral("--endpoint-url"), QStringLiteral("localhost"),
                                                 QStringLiteral("--arn"), arn(QStringLiteral("A"))}
                                  << QStringLiteral("--endpoint-url");
    QTest::newRow("missing value") << QStringList{command, QStringLiteral("--arn")} << QStringLiteral("expected one");
    // Timeouts that a 32-bit count turned into 0.7 s or into none at all.
    QTest::newRow("timeout that wrapped to 0.7 s")
        << QStringList{command, QStringLiteral("--cli-read-timeout"), QStringLiteral("4294968"),
                       QStringLiteral("--arn"), arn(QStringLiteral("A"))}
        << QStringLiteral("longest timeout");
    QTest::newRow("timeout that wrapped to none")
        << QStringList{command, QStringLiteral("--cli-connect-timeout"), QStringLiteral("2147484"),
                       QStringLiteral("--arn"), arn(QStringLiteral("A"))}
        << QStringLiteral("longest timeout");
    // A region ends up in the host name and the signing scope.
    for (const char* region : {"us-east-1/../x", "evil.example@us-east-1", "us-east-1#frag", "US-EAST-1", ""}) {
        for (const char* which : {"get-ingest-configuration", "encoder-settings", "check-credentials"}) {
            QTest::addRow("--region %s, %s", region, which)
                << QStringList{QLatin1String(which), QStringLiteral("--region"), QLatin1String(region),
                               QStringLiteral("--arn"), arn(QStringLiteral("RtmpsActive1"))}
                << QStringLiteral("argument --region");
        }
    }
}

void TestCommandLine::badArgumentsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 252);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(mentions.toUtf8()), result.err.constData());
    QVERIFY(result.err.contains("ivs-inspector: error: "));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCommandLine::noCredentials()
{
    QProcessEnvironment env = baseEnvironment();
    env.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    const Run result =
        run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), arn(QStringLiteral("RtmpsActive1"))},
            env);
    QCOMPARE(result.exitCode, 253);
    QVERIFY(result.err.contains("Unable to locate credentials"));
    // configure needs a keychain; a headless machine has the AWS CLI's file.
    QVERIFY(result.err.contains("~/.aws/credentials"));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCommandLine::unknownProfile()
{
    // An explicit profile skips the environment's keys, as in the AWS CLI.
    const Run result = run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--profile"),
                            QStringLiteral("nowhere"), QStringLiteral("--arn"), arn(QStringLiteral("RtmpsActive1"))});
    QCOMPARE(result.exitCode, 255);
    QVERIFY2(result.err.contains("The config profile (nowhere) could not be found"), result.err.constData());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCommandLine::networkFailureExits255()
{
    const Run result = run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--endpoint-url"),
                            closedPortUrl(), QStringLiteral("--arn"), arn(QStringLiteral("RtmpsActive1"))});
    QCOMPARE(result.exitCode, 255);
    QVERIFY2(result.err.contains("Could not connect to the endpoint URL"), result.err.constData());
}

void TestCommandLine::endpointPrecedence_data()
{
    QTest::addColumn<bool>("explicitFlag");
    QTest::addColumn<bool>("serviceVariable");
    QTest::addColumn<bool>("globalVariable");
    // In each row only the source that must win points at the fake; every
    // other source points at a closed port.
    QTest::newRow("--endpoint-url wins") << true << false << false;
    QTest::newRow("AWS_ENDPOINT_URL_IVS_REALTIME beats AWS_ENDPOINT_URL") << false << true << false;
    QTest::newRow("AWS_ENDPOINT_URL alone") << false << false << true;
}

void TestCommandLine::endpointPrecedence()
{
    QFETCH(bool, explicitFlag);
    QFETCH(bool, serviceVariable);
    QFETCH(bool, globalVariable);
    const QString good = m_server->url().toString();
    const QString bad = closedPortUrl();
    QProcessEnvironment env = baseEnvironment();
    env.remove(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"));
    if (explicitFlag || serviceVariable) {
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), serviceVariable ? good : bad);
    }
    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), globalVariable ? good : bad);
    QStringList arguments{QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"),
                          arn(QStringLiteral("EmptyMaps1"))};
    if (explicitFlag) {
        arguments << QStringLiteral("--endpoint-url") << good;
    }
    const Run result = run(arguments, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestCommandLine::debugRedactsSecrets()
{
    const QString token = QStringLiteral("FwoGZXIvYXdzEXAMPLETOKEN//debug+token=");
    const QString secret = QStringLiteral("debugSecretKeyThatMustNotLeak0001");
    m_server->addKey(QStringLiteral("ASIADEBUGKEY"), secret, token);
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("ASIADEBUGKEY"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
    env.insert(QStringLiteral("AWS_SESSION_TOKEN"), token);
    const Run result = run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--debug"),
                            QStringLiteral("--arn"), arn(QStringLiteral("Redundant1"))},
                           env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const RecordedRequest sent = m_server->requests().first();
    const QByteArray signature =
        sent.header("Authorization").mid(sent.header("Authorization").indexOf("Signature=") + 10);
    // What was sent and received is in the log...
    QVERIFY(result.err.contains("Canonical request:"));
    QVERIFY(result.err.contains("String to sign:"));
    QVERIFY(result.err.contains("POST " + m_server->url().toString().toUtf8() + "/GetIngestConfiguration"));
    QVERIFY(result.err.contains("Received HTTP 200"));
    QVERIFY(result.err.contains("rt_123456789012_us-east-1_Redundant1_<redacted>"));
    QVERIFY(result.err.contains("Signature=<redacted>"));
    // ...but no secret is.
    QVERIFY(!result.err.contains(secret.toUtf8()));
    QVERIFY(!result.err.contains(token.toUtf8()));
    QVERIFY(!result.err.contains(signature));
    for (const char* key : {"primarySecret0001", "backupSecretA001", "backupSecretB002"}) {
        QVERIFY2(!result.err.contains(key), key);
    }
}

void TestCommandLine::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("ivs-inspector/" IVS_VERSION " Qt/"));
    const Run help = run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("get-ingest-configuration --arn ARN"));
    QVERIFY(help.out.contains("--cli-read-timeout"));
    // Every exit code the command line uses is explained.
    for (const char* code : {"0 success", "1 encoder-settings", "130 an MFA prompt", "244 the configuration is ACTIVE",
                             "245 not confirmed", "246 ffmpeg", "247 OBS refused", "248 OBS not running",
                             "249 OBS password", "250 obs-websocket too old", "252", "253", "254", "255"}) {
        QVERIFY2(help.out.contains(code), code);
    }
}

void TestCommandLine::runsWithoutDisplay()
{
    // baseEnvironment() has no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: a
    // QApplication would abort here, the command line must not.
    const Run result =
        run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), arn(QStringLiteral("NoStage1"))});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("\"stageArn\": \"\""));
}

void TestCommandLine::windowWithoutDisplayExplains_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no display at all") << QStringList() << QStringLiteral("neither DISPLAY nor WAYLAND_DISPLAY");
    QTest::newRow("empty platform") << QStringList{QStringLiteral("QT_QPA_PLATFORM=")}
                                    << QStringLiteral("neither DISPLAY nor WAYLAND_DISPLAY");
    // Nothing listens there: Qt would abort with a fatal error.
    QTest::newRow("dead X display") << QStringList{QStringLiteral("DISPLAY=:97")}
                                    << QStringLiteral("DISPLAY=:97 does not answer");
    QTest::newRow("dead X display, xcb asked for")
        << QStringList{QStringLiteral("DISPLAY=:97.0"), QStringLiteral("QT_QPA_PLATFORM=xcb")}
        << QStringLiteral("DISPLAY=:97.0 does not answer");
    QTest::newRow("dead TCP display") << QStringList{QStringLiteral("DISPLAY=127.0.0.1:97")}
                                      << QStringLiteral("DISPLAY=127.0.0.1:97 does not answer");
    QTest::newRow("dead Wayland") << QStringList{QStringLiteral("WAYLAND_DISPLAY=wayland-97"),
                                                 QStringLiteral("QT_QPA_PLATFORM=wayland")}
                                  << QStringLiteral("WAYLAND_DISPLAY=wayland-97 does not answer");
}

void TestCommandLine::windowWithoutDisplayExplains()
{
    // The window cannot open; say so, do not abort.
    QFETCH(QStringList, variables);
    QFETCH(QString, mentions);
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    for (const QString& variable : variables) {
        env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    }
    const Run result = run({}, env);
    QCOMPARE(result.exitCode, 255);
    QVERIFY2(result.err.contains("there is no display"), result.err.constData());
    QVERIFY2(result.err.contains(mentions.toUtf8()), result.err.constData());
    // The hint names the program the way it was started, so it works as typed.
    QVERIFY2(result.err.contains(IVS_INSPECTOR_BINARY " --help"), result.err.constData());
    QVERIFY(!result.err.contains("core dumped"));
}

void TestCommandLine::unknownPlatformExplains()
{
    // Past the display check, Qt itself fails to start: still a sentence
    // and the hint with the program's name, no abort.
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    const Run result = run({}, env);
    QCOMPARE(result.exitCode, 255);
    QVERIFY2(result.err.contains("the window cannot be opened"), result.err.constData());
    QVERIFY2(result.err.contains(IVS_INSPECTOR_BINARY " --help"), result.err.constData());
    QVERIFY2(!result.err.contains("%s"), result.err.constData());
    QVERIFY(!result.err.contains("core dumped"));
}

void TestCommandLine::regionFromTheProfileIsCheckedBeforeSending_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("AWS_REGION") << QStringLiteral("AWS_REGION");
    QTest::newRow("AWS_DEFAULT_REGION") << QStringLiteral("AWS_DEFAULT_REGION");
    QTest::newRow("the profile") << QStringLiteral("config");
}

void TestCommandLine::regionFromTheProfileIsCheckedBeforeSending()
{
    // check-credentials asks STS in the profile's region: a region that is
    // not one is a configuration problem (253), and nothing is sent.
    QFETCH(QString, where);
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_server->url().toString());
    const QString bad = QStringLiteral("us-east-1/../evil");
    if (where == QLatin1String("config")) {
        QDir().mkpath(m_home.filePath(QStringLiteral(".aws")));
        QFile config(m_home.filePath(QStringLiteral(".aws/config")));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write("[profile bad]\nregion = " + bad.toUtf8() + "\n");
        config.close();
        QFile credentials(m_home.filePath(QStringLiteral(".aws/credentials")));
        QVERIFY(credentials.open(QIODevice::WriteOnly | QIODevice::Truncate));
        credentials.write(QByteArray("[bad]\naws_access_key_id = ") + FakeIvsServer::AccessKeyId +
                          "\naws_secret_access_key = " + FakeIvsServer::SecretAccessKey + "\n");
        credentials.close();
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("bad"));
        env.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
        env.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    } else {
        env.insert(where, bad);
    }
    const Run result = run({QStringLiteral("check-credentials")}, env);
    QDir(m_home.filePath(QStringLiteral(".aws"))).removeRecursively();
    QCOMPARE(result.exitCode, 253);
    QVERIFY2(result.err.contains("\"us-east-1/../evil\" is not a region name"), result.err.constData());
    QVERIFY(!result.err.contains("Could not connect"));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCommandLine::badDefaultOutputNamesTheVariable()
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_DEFAULT_OUTPUT"), QStringLiteral("table"));
    const Run result =
        run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), arn(QStringLiteral("A"))}, env);
    QCOMPARE(result.exitCode, 252);
    QVERIFY2(result.err.contains("AWS_DEFAULT_OUTPUT"), result.err.constData());
    QVERIFY(!result.err.contains("argument --output"));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCommandLine::retriesAndLogsEachAttempt()
{
    m_server->queueFault(FakeIvsServer::Fault::Throttle, 3);
    const Run failed = run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--debug"),
                            QStringLiteral("--arn"), arn(QStringLiteral("RtmpsActive1"))});
    QCOMPARE(failed.exitCode, 254);
    QVERIFY(failed.err.contains("Attempt 1 of 3 for GetIngestConfiguration failed"));
    QVERIFY(failed.err.contains("Attempt 2 of 3 for GetIngestConfiguration failed"));
    QVERIFY(failed.err.contains("An error occurred (ThrottlingException) when calling the GetIngestConfiguration "
                                "operation: Rate exceeded"));
    QCOMPARE(m_server->requests().size(), 3);
    m_server->clearRequests();
    m_server->queueFault(FakeIvsServer::Fault::ServerError);
    const Run recovered =
        run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), arn(QStringLiteral("RtmpsActive1"))});
    QVERIFY2(recovered.exitCode == 0, recovered.err.constData());
    QCOMPARE(m_server->requests().size(), 2);
}

void TestCommandLine::maxAttemptsFromEnvironment()
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    m_server->queueFault(FakeIvsServer::Fault::ServerError);
    const Run result =
        run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), arn(QStringLiteral("RtmpsActive1"))},
            env);
    QCOMPARE(result.exitCode, 254);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestCommandLine::clockSkewIsCorrectedAndReported()
{
    m_server->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-600); });
    const Run result =
        run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), arn(QStringLiteral("EmptyMaps1"))});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("clock is off by -"), result.err.constData());
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(m_server->requests().at(0).signatureProblem.contains(QLatin1String("Signature expired")));
}

void TestCommandLine::plainHttpToAnotherHostIsRefused()
{
    const Run result = run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--endpoint-url"),
                            QStringLiteral("http://ivs.example.com:8080"), QStringLiteral("--arn"),
                            arn(QStringLiteral("RtmpsActive1"))});
    QCOMPARE(result.exitCode, 255);
    QVERIFY2(result.err.contains("plain http://"), result.err.constData());
    QVERIFY(result.err.contains("nothing was sent"));
}

void TestCommandLine::encoderSettings_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("server");
    QTest::newRow("ready, RTMPS") << QStringLiteral("RtmpsActive1") << 0
                                  << QByteArray("\"rtmps://1a2b3c4d5e6f.global-contribute.live-video.net:443/app/\"");
    QTest::newRow("ready, RTMP") << QStringLiteral("RtmpUnicode1") << 0
                                 << QByteArray("\"rtmp://1a2b3c4d5e6f.global-contribute.live-video.net/app/\"");
    QTest::newRow("no stage") << QStringLiteral("NoStage1") << 1 << QByteArray("null");
    QTest::newRow("stage deleted") << QStringLiteral("MissingStage1") << 1 << QByteArray("null");
}

void TestCommandLine::encoderSettings()
{
    QFETCH(QString, id);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, server);
    const Run result = run({QStringLiteral("encoder-settings"), QStringLiteral("--arn"), arn(id)});
    QCOMPARE(result.exitCode, exitCode);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QVERIFY2(result.out.startsWith("{\n    \"server\": " + server + ",\n    \"protocol\": "), result.out.constData());
    QCOMPARE(json.value(QStringLiteral("ready")).toBool(), exitCode == 0);
    QVERIFY(json.value(QStringLiteral("streamKey")).toString().endsWith(QLatin1String("_************")));
    QVERIFY(!json.contains(QStringLiteral("url")));
    const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
    QVERIFY(!checks.isEmpty());
    for (const QJsonValue& check : checks) {
        QCOMPARE(check.toObject().keys(),
                 (QStringList{QStringLiteral("detail"), QStringLiteral("id"), QStringLiteral("ok")}));
    }
    if (exitCode == 0) {
        QVERIFY(result.err.contains("Some failures leave no event"));
    }
}

void TestCommandLine::encoderSettingsShowsKeyOnlyWhenAsked()
{
    const Run shown = run({QStringLiteral("encoder-settings"), QStringLiteral("--show-stream-key"),
                           QStringLiteral("--arn"), arn(QStringLiteral("Redundant1"))});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(shown.out).object();
    const QString server = QStringLiteral("rtmps://9z8y7x6w5v4u.global-contribute.live-video.net:443/app/");
    QCOMPARE(json.value(QStringLiteral("streamKey")).toString(),
             QStringLiteral("rt_123456789012_us-east-1_Redundant1_primarySecret0001"));
    QCOMPARE(json.value(QStringLiteral("url")).toString(),
             server + QStringLiteral("rt_123456789012_us-east-1_Redundant1_primarySecret0001"));
    const QJsonArray redundant = json.value(QStringLiteral("redundantIngest")).toArray();
    QCOMPARE(redundant.size(), 2);
    QCOMPARE(redundant.at(1).toObject().value(QStringLiteral("participantId")).toString(), QStringLiteral("physicalB"));
    QCOMPARE(redundant.at(1).toObject().value(QStringLiteral("url")).toString(),
             server + QStringLiteral("rt_123456789012_us-east-1_Redundant1_backupSecretB002"));
    const QJsonArray participants = json.value(QStringLiteral("participants")).toArray();
    QCOMPARE(participants.size(), 2);
    QVERIFY(shown.out.contains("\"errorCode\": \"B_FRAME_PRESENT\""));
    // Without the flag: masked, no URL, and the secret parts appear nowhere.
    const Run masked = run({QStringLiteral("encoder-settings"), QStringLiteral("--output"), QStringLiteral("text"),
                            QStringLiteral("--arn"), arn(QStringLiteral("Redundant1"))});
    QCOMPARE(masked.exitCode, 0);
    for (const char* secret : {"primarySecret0001", "backupSecretA001", "backupSecretB002"}) {
        QVERIFY(!masked.out.contains(secret));
        QVERIFY(!masked.err.contains(secret));
    }
    // awscli text: a CHECKS row per check, columns in key order (detail, id, ok).
    QVERIFY2(masked.out.contains("\tstage-associated\tTrue\n"), masked.out.constData());
    QVERIFY(masked.out.startsWith("CHECKS\t") || masked.out.contains("\nCHECKS\t"));
}

void TestCommandLine::settingsAreTheUsersAlone()
{
    // encoder-settings caches the stage's endpoints in the settings file.
    QTemporaryDir home;
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    const Run result =
        run({QStringLiteral("encoder-settings"), QStringLiteral("--arn"), arn(QStringLiteral("RtmpsActive1"))}, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString folder = home.filePath(QStringLiteral(".config/ivs-inspector"));
    const QString file = folder + QStringLiteral("/ivs-inspector.conf");
    QVERIFY(QFileInfo(file).size() > 0);
    const auto mask = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup |
                      QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(file).permissions() & mask, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFileInfo(folder).permissions() & mask, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
