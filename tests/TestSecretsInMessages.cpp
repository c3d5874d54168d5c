#include "CliRunner.h"
#include "HostileHttpServer.h"
#include "demo/FakeIvsServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// A known secret access key, session token and stream key fed through every
// path by which outside text reaches a message: broken ~/.aws/credentials and
// ~/.aws/config lines (also when the credentials come from elsewhere), a
// binary file read as a config file, configure's answers in the wrong order,
// --region, --profile and --arn, a service error message that echoes them, a
// reply with JSON-escaped keys under --debug, a credential process that
// prints them on stderr. None may appear on stdout or stderr, whatever the
// command.
class TestSecretsInMessages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void brokenSharedFiles_data();
    void brokenSharedFiles();
    void binaryConfigFileIsCappedAndClean();
    void configureAnswersInTheWrongOrder_data();
    void configureAnswersInTheWrongOrder();
    void argumentsQuotingASecret_data();
    void argumentsQuotingASecret();
    void serviceMessageEchoingSecrets();
    void jsonEscapedKeysInTheDebugLog();
    void credentialProcessEchoingSecrets();

private:
    using Run = CliRunner::Result;

    HostileHttpServer* m_server = nullptr;
    QTemporaryDir* m_home = nullptr;

    QProcessEnvironment environment() const;
    void writeFile(const QString& relativePath, const QByteArray& text) const;
    void assertClean(const Run& result, const QString& what) const;
    QList<QStringList> everyCommand() const;
};

namespace
{
// Shaped like real ones: a 40-character secret access key, a long session
// token, the secret part of a stream key.
const QByteArray kSecret = "kN0wnSecretAccessKey/ForHostileTest+0001";
const QByteArray kToken = "IQoJb3JpZ2luX2VjEKn//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+hostileSessionToken+0123456789abcdef"
                          "ABCDEF/0123456789abcdefABCDEFghijklmnopQRSTUVwxyz0123456789+/AbCdEfGh==";
const QByteArray kStreamSecret = "hostileStreamKeySecret0001";
const QByteArray kStreamKey = "rt_123456789012_us-east-1_RtmpsActive1_" + kStreamSecret;
// A stream key that does not even look like one: only the member's name,
// escaped, says what it is.
const QByteArray kPlainKey = "plainButSecret";
const QString kArn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1");
} // namespace

void TestSecretsInMessages::init()
{
    m_home = new QTemporaryDir;
    QVERIFY(m_home->isValid());
    m_server = new HostileHttpServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_server->listen());
}

void TestSecretsInMessages::cleanup()
{
    delete m_server;
    delete m_home;
}

QProcessEnvironment TestSecretsInMessages::environment() const
{
    QProcessEnvironment env = CliRunner::fakeAccountEnvironment(m_home->path(), m_server->url());
    // STS is not needed to see what is printed; the endpoint refuses.
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), QStringLiteral("http://127.0.0.1:9"));
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    // No keychain: configure fails cleanly, after reading its answers.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/secrets-bus"));
    return env;
}

void TestSecretsInMessages::writeFile(const QString& relativePath, const QByteArray& text) const
{
    const QString path = QDir(m_home->path()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

void TestSecretsInMessages::assertClean(const Run& result, const QString& what) const
{
    QVERIFY2(result.exitCode != -1, qPrintable(what + QStringLiteral(": did not finish")));
    for (const QByteArray& secret : {kSecret, kToken, kStreamSecret}) {
        for (const auto& [stream, text] : {std::pair{"stdout", result.out}, std::pair{"stderr", result.err}}) {
            if (text.contains(secret)) {
                QFAIL(qPrintable(QStringLiteral("%1: %2… appears on %3:\n%4")
                                     .arg(what, QString::fromLatin1(secret.left(10)), QLatin1String(stream),
                                          QString::fromUtf8(text))));
            }
        }
    }
}

QList<QStringList> TestSecretsInMessages::everyCommand() const
{
    return {
        {QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), kArn},
        {QStringLiteral("get-ingest-configuration"), QStringLiteral("--debug"), QStringLiteral("--arn"), kArn},
        {QStringLiteral("encoder-settings"), QStringLiteral("--arn"), kArn},
        {QStringLiteral("check-credentials")},
        {QStringLiteral("configure"), QStringLiteral("list")},
        {QStringLiteral("configure"), QStringLiteral("list"), QStringLiteral("--output"), QStringLiteral("json")},
        {QStringLiteral("configure"), QStringLiteral("delete"), QStringLiteral("--profile"), QStringLiteral("gone")},
    };
}

void TestSecretsInMessages::brokenSharedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    const QByteArray keys = "aws_access_key_id = AKIAHOSTILE\naws_secret_access_key = " + kSecret +
                            "\naws_session_token = " + kToken + "\n";
    QTest::newRow("credentials: missing ]") << QStringLiteral(".aws/credentials") << "[default\n" + keys;
    QTest::newRow("credentials: lines without =")
        << QStringLiteral(".aws/credentials")
        << "[default]\naws_secret_access_key " + kSecret + "\n" + kSecret + "\naws_session_token\t" + kToken + "\n";
    QTest::newRow("credentials: no key before =")
        << QStringLiteral(".aws/credentials") << "[default]\n= " + kSecret + "\n: " + kToken + "\n";
    QTest::newRow("credentials: duplicate keys")
        << QStringLiteral(".aws/credentials") << "[default]\n" + keys + keys + "[default]\n" + keys;
    QTest::newRow("config: missing ]") << QStringLiteral(".aws/config") << "[profile broken\n" + keys;
    QTest::newRow("config: nested without =")
        << QStringLiteral(".aws/config")
        << "[default]\nservices =\n  " + kSecret + "\n  aws_session_token " + kToken + "\n";
    QTest::newRow("config: section named by a secret")
        << QStringLiteral(".aws/config") << "[profile " + kSecret + " " + kToken + "]\n[profile a]\n[profile a]\n";
}

void TestSecretsInMessages::brokenSharedFiles()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    writeFile(file, text);
    bool warned = false;
    for (const QStringList& command : everyCommand()) {
        const Run result = CliRunner::run(command, environment());
        assertClean(result, command.join(u' '));
        warned = warned || result.err.contains("Warning: ");
    }
    // The problem is still reported, just without the secret.
    QVERIFY(warned);
}

void TestSecretsInMessages::binaryConfigFileIsCappedAndClean()
{
    QByteArray noise(256 * 1024, '\0');
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    // Lines of noise, and the secret in between.
    for (qsizetype i = 64; i < noise.size(); i += 97) {
        noise[i] = '\n';
    }
    writeFile(QStringLiteral(".aws/config"),
              noise.left(100000) + "\naws_secret_access_key=" + kSecret + "\n" + kToken + "\n" + noise.mid(100000));
    const Run result =
        CliRunner::run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), kArn}, environment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    assertClean(result, QStringLiteral("a binary config file"));
    // The first few problems and a count of the rest, not thousands of lines.
    QCOMPARE(result.err.count("Warning: "), qsizetype(6));
    QVERIFY2(result.err.contains(" more."), result.err.constData());
    QVERIFY(result.err.count('\n') < 20);
}

void TestSecretsInMessages::configureAnswersInTheWrongOrder_data()
{
    QTest::addColumn<QByteArray>("answers");
    QTest::newRow("secret first") << kSecret + "\nAKIAHOSTILE\nus-east-1\n" + kToken + "\n";
    QTest::newRow("secret as region") << "AKIAHOSTILE\nus-east-1\n" + kSecret + "\n" + kToken + "\n";
    QTest::newRow("token as region") << "AKIAHOSTILE\n" + kSecret + "\n" + kToken + "\nus-east-1\n";
    QTest::newRow("secret in every line") << kSecret + "\n" + kSecret + "\n" + kSecret + "\n" + kSecret + "\n";
    QTest::newRow("region with a secret in it") << "AKIAHOSTILE\nus-east-1\nus " + kSecret + "\n\n";
}

void TestSecretsInMessages::configureAnswersInTheWrongOrder()
{
    QFETCH(QByteArray, answers);
    const Run result = CliRunner::run({QStringLiteral("configure"), QStringLiteral("--profile"), QStringLiteral("x")},
                                      environment(), answers);
    assertClean(result, QStringLiteral("configure"));
    QVERIFY(result.exitCode == 252 || result.exitCode == 253);
}

void TestSecretsInMessages::argumentsQuotingASecret_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString secret = QString::fromLatin1(kSecret);
    const QString token = QString::fromLatin1(kToken);
    QTest::newRow("--region") << QStringList{QStringLiteral("get-ingest-configuration"), QStringLiteral("--region"),
                                             secret, QStringLiteral("--arn"), kArn};
    QTest::newRow("--profile") << QStringList{QStringLiteral("get-ingest-configuration"), QStringLiteral("--profile"),
                                              token, QStringLiteral("--arn"), kArn};
    QTest::newRow("region of the ARN") << QStringList{
        QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"),
        QStringLiteral("arn:aws:ivs:%1:123456789012:ingest-configuration/A").arg(token)};
    QTest::newRow("partition of the ARN")
        << QStringList{QStringLiteral("encoder-settings"), QStringLiteral("--arn"),
                       QStringLiteral("arn:%1:ivs:us-east-1:123456789012:ingest-configuration/A").arg(secret)};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("check-credentials"), QStringLiteral("--") + token};
    QTest::newRow("timeout") << QStringList{QStringLiteral("check-credentials"), QStringLiteral("--cli-read-timeout"),
                                            secret};
    QTest::newRow("endpoint") << QStringList{QStringLiteral("get-ingest-configuration"),
                                             QStringLiteral("--endpoint-url"), secret, QStringLiteral("--arn"), kArn};
    QTest::newRow("output") << QStringList{QStringLiteral("get-ingest-configuration"), QStringLiteral("--output"),
                                           token, QStringLiteral("--arn"), kArn};
}

void TestSecretsInMessages::argumentsQuotingASecret()
{
    QFETCH(QStringList, arguments);
    const Run result = CliRunner::run(arguments, environment());
    assertClean(result, arguments.join(u' '));
    QVERIFY(result.exitCode != 0);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestSecretsInMessages::serviceMessageEchoingSecrets()
{
    m_server->on("/GetIngestConfiguration", [](const RecordedRequest&, const HttpReply&) {
        return HostileHttpServer::normal(HostileHttpServer::awsError(
            400, "Bad Request", QStringLiteral("ValidationException"),
            QStringLiteral("Your secret %1, token %2 and stream key %3 are not welcome here")
                .arg(QString::fromLatin1(kSecret), QString::fromLatin1(kToken), QString::fromLatin1(kStreamKey))));
    });
    for (const QStringList& extra : {QStringList(), QStringList{QStringLiteral("--debug")}}) {
        const Run result = CliRunner::run(
            QStringList{QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), kArn} + extra,
            environment());
        QCOMPARE(result.exitCode, 254);
        QVERIFY2(result.err.contains("are not welcome here"), result.err.constData());
        QVERIFY2(result.err.contains("rt_123456789012_us-east-1_RtmpsActive1_<redacted>"), result.err.constData());
        assertClean(result, QStringLiteral("a service message ") + extra.join(u' '));
    }
}

void TestSecretsInMessages::jsonEscapedKeysInTheDebugLog()
{
    // The same reply, with the stream key's "r" and a key name escaped as
    // JSON allows: the debug log must still hide the key.
    m_server->on("/GetIngestConfiguration", [](const RecordedRequest&, const HttpReply& fixture) {
        QByteArray body = fixture.body;
        body.replace("\"streamKey\":\"rt_123456789012_us-east-1_RtmpsActive1_abcd1234efgh5678ijkl9012MNOP34\"",
                     "\"streamKey\":\"\\u0072t_123456789012_us-east-1_RtmpsActive1_" + kStreamSecret +
                         "\",\"redundantIngestCredentials\":[{\"participantId\":\"b\",\"\\u0073treamKey\":\"" +
                         kPlainKey + "\"}]");
        return HostileHttpServer::normal(HttpReply::json(200, "OK", body));
    });
    const Run result = CliRunner::run(
        {QStringLiteral("get-ingest-configuration"), QStringLiteral("--debug"), QStringLiteral("--arn"), kArn},
        environment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.contains("Received HTTP 200"));
    for (const QByteArray& secret : {kStreamSecret, kPlainKey}) {
        QVERIFY2(!result.err.contains(secret), result.err.constData());
    }
    // stdout is the reply the user asked for: the key is there, as with aws.
    QVERIFY(result.out.contains(kStreamSecret));
}

void TestSecretsInMessages::credentialProcessEchoingSecrets()
{
    const QString script = QDir(m_home->path()).filePath(QStringLiteral("creds.sh"));
    writeFile(QStringLiteral("creds.sh"), "#!/bin/sh\necho 'AccessKeyId AKIAHOSTILE SecretAccessKey " + kSecret +
                                              " SessionToken " + kToken + "' >&2\nexit 3\n");
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    writeFile(QStringLiteral("creds-bad-time.sh"),
              "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIAHOSTILE\", \"SecretAccessKey\": \"" + kSecret +
                  "\", \"SessionToken\": \"" + kToken + "\", \"Expiration\": \"soon " + kToken + "\"}'\n");
    QFile::setPermissions(QDir(m_home->path()).filePath(QStringLiteral("creds-bad-time.sh")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    writeFile(QStringLiteral(".aws/config"),
              "[profile proc]\ncredential_process = " + script.toUtf8() + "\n[profile time]\ncredential_process = " +
                  QDir(m_home->path()).filePath(QStringLiteral("creds-bad-time.sh")).toUtf8() + "\n");
    for (const char* profile : {"proc", "time"}) {
        const Run result = CliRunner::run({QStringLiteral("get-ingest-configuration"), QStringLiteral("--profile"),
                                           QString::fromLatin1(profile), QStringLiteral("--arn"), kArn},
                                          environment());
        QCOMPARE(result.exitCode, 255);
        QVERIFY2(result.err.contains("credential process"), result.err.constData());
        assertClean(result, QStringLiteral("credential_process ") + QLatin1String(profile));
    }
}

QTEST_GUILESS_MAIN(TestSecretsInMessages)
#include "TestSecretsInMessages.moc"
