#include "CliRunner.h"
#include "demo/FakeIvsServer.h"
#include "demo/FakeStsServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The command line's credential features that need no keychain: shared-file
// profiles, roles with an MFA code from stdin, check-credentials, the account
// warning, configure list, and a clear refusal when the keychain is missing.
class TestCommandLineCredentials : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sharedFileProfile();
    void roleWithMfaCodeFromStdin();
    void checkCredentials();
    void checkCredentialsText();
    void accountMismatchWarns();
    void configureListShowsSourcesNeverSecrets();
    void configureListJson();
    void configureWithoutKeychainSavesNothing();
    void configureRejectsIncompleteInput();
    void keychainThatNeverAnswersTimesOut();
    void configureOnATerminalHidesSecrets();
    void credentialProcessPromptsOnTheTerminal();
    void deleteSharedProfileIsRefused();

private:
    QTemporaryDir* m_home = nullptr;
    FakeIvsServer* m_ivs = nullptr;
    FakeStsServer* m_sts = nullptr;

    QProcessEnvironment environment() const;
    void writeFile(const QString& relativePath, const QByteArray& text);
    static QStringList get(const QString& id)
    {
        return {QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"),
                QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/") + id};
    }
};

void TestCommandLineCredentials::init()
{
    m_home = new QTemporaryDir;
    m_ivs = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_ivs->listen());
    m_sts = new FakeStsServer(this);
    QVERIFY(m_sts->listen());
}

void TestCommandLineCredentials::cleanup()
{
    delete m_sts;
    delete m_ivs;
    delete m_home;
}

QProcessEnvironment TestCommandLineCredentials::environment() const
{
    QProcessEnvironment env = CliRunner::cleanEnvironment(m_home->path());
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), m_ivs->url().toString());
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_sts->url().toString());
    return env;
}

void TestCommandLineCredentials::writeFile(const QString& relativePath, const QByteArray& text)
{
    const QString path = QDir(m_home->path()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

void TestCommandLineCredentials::sharedFileProfile()
{
    writeFile(QStringLiteral(".aws/credentials"), "[ops]\naws_access_key_id = AKIDEXAMPLE\n"
                                                  "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
    const auto result = CliRunner::run(
        get(QStringLiteral("EmptyMaps1")) << QStringLiteral("--profile") << QStringLiteral("ops"), environment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(m_ivs->requests().first().signatureValid);
}

void TestCommandLineCredentials::roleWithMfaCodeFromStdin()
{
    m_sts->addRole({QStringLiteral("arn:aws:iam::123456789012:role/Operator"),
                    {},
                    QStringLiteral("arn:aws:iam::123456789012:mfa/me"),
                    QStringLiteral("654321"),
                    QStringLiteral("ASIAOPERATOR"),
                    QStringLiteral("operatorSecretKey0001"),
                    QStringLiteral("operatorSessionToken0001"),
                    3600});
    m_ivs->addKey(QStringLiteral("ASIAOPERATOR"), QStringLiteral("operatorSecretKey0001"),
                  QStringLiteral("operatorSessionToken0001"));
    writeFile(QStringLiteral(".aws/config"),
              "[profile operator]\nrole_arn = arn:aws:iam::123456789012:role/Operator\nsource_profile = base\n"
              "mfa_serial = arn:aws:iam::123456789012:mfa/me\nregion = us-east-1\n");
    writeFile(QStringLiteral(".aws/credentials"), "[base]\naws_access_key_id = AKIDEXAMPLE\n"
                                                  "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
    const auto result =
        CliRunner::run(get(QStringLiteral("RtmpsActive1")) << QStringLiteral("--profile") << QStringLiteral("operator"),
                       environment(), "654321\n");
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(m_sts->requests().first().body.contains("TokenCode=654321"));
    QVERIFY(m_ivs->requests().first().header("Authorization").contains("Credential=ASIAOPERATOR/"));

    // No code at all (stdin closed): nothing is sent to IVS.
    m_ivs->clearRequests();
    const auto cancelled =
        CliRunner::run(get(QStringLiteral("RtmpsActive1")) << QStringLiteral("--profile") << QStringLiteral("operator"),
                       environment());
    QCOMPARE(cancelled.exitCode, 130);
    QVERIFY(cancelled.err.contains("No MFA code"));
    QCOMPARE(m_ivs->requests().size(), 0);
}

void TestCommandLineCredentials::checkCredentials()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(LoopbackHttpServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(LoopbackHttpServer::SecretAccessKey));
    const auto result = CliRunner::run({QStringLiteral("check-credentials")}, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out,
             QByteArray("{\n    \"UserId\": \"AIDACKCEVSQ6C2EXAMPLE\",\n    \"Account\": \"123456789012\",\n"
                        "    \"Arn\": \"arn:aws:iam::123456789012:user/tester\"\n}\n"));
    QVERIFY(result.err.contains("Credentials from the environment"));
    QVERIFY(!result.err.contains(LoopbackHttpServer::SecretAccessKey));
    QVERIFY(m_sts->requests().first().signatureValid);
    QVERIFY(m_sts->requests().first().body.contains("Action=GetCallerIdentity"));
}

void TestCommandLineCredentials::checkCredentialsText()
{
    writeFile(QStringLiteral(".aws/credentials"), "[default]\naws_access_key_id = AKIDEXAMPLE\n"
                                                  "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
    const auto result = CliRunner::run(
        {QStringLiteral("check-credentials"), QStringLiteral("--output"), QStringLiteral("text")}, environment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out, QByteArray("123456789012\tarn:aws:iam::123456789012:user/tester\tAIDACKCEVSQ6C2EXAMPLE\n"));
    QVERIFY(result.err.contains("profile default"));
}

void TestCommandLineCredentials::accountMismatchWarns()
{
    writeFile(
        QStringLiteral(".aws/credentials"),
        "[other]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n"
        "aws_account_id = 999988887777\n");
    const auto result = CliRunner::run(
        get(QStringLiteral("EmptyMaps1")) << QStringLiteral("--profile") << QStringLiteral("other"), environment());
    QVERIFY(result.err.contains("account 999988887777, but the ARN is in account 123456789012"));
}

void TestCommandLineCredentials::configureListShowsSourcesNeverSecrets()
{
    writeFile(QStringLiteral(".aws/config"), "[profile sso]\nsso_session = corp\nsso_account_id = 1\n"
                                             "sso_role_name = R\nregion = eu-west-1\n");
    writeFile(QStringLiteral(".aws/credentials"), "[files]\naws_access_key_id = AKIAFILES\n"
                                                  "aws_secret_access_key = filesSecretNeverShown\n");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENVIRONMENT"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("environmentSecretNeverShown"));
    const auto result = CliRunner::run({QStringLiteral("configure"), QStringLiteral("list")}, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.split('\n');
    QVERIFY(lines.first().startsWith("NAME"));
    QVERIFY(result.out.contains("(environment)"));
    QVERIFY(result.out.contains("IAM Identity Center (SSO)"));
    QVERIFY(result.out.contains("eu-west-1"));
    QVERIFY(result.out.contains("shared credentials file"));
    QVERIFY(!result.out.contains("NeverShown"));
    QVERIFY(!result.err.contains("NeverShown"));
}

void TestCommandLineCredentials::configureListJson()
{
    writeFile(QStringLiteral(".aws/config"), "[profile proc]\ncredential_process = /bin/false\nregion = us-west-2\n");
    const auto result = CliRunner::run(
        {QStringLiteral("configure"), QStringLiteral("list"), QStringLiteral("--output"), QStringLiteral("json")},
        environment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("\"name\": \"proc\",\n            \"source\": \"process\",\n            \"region\": "
                                 "\"us-west-2\""),
             result.out.constData());
}

void TestCommandLineCredentials::configureWithoutKeychainSavesNothing()
{
    // No D-Bus session: QtKeychain fails with OtherError. The user is told,
    // and the secret goes nowhere, neither into settings nor any other file.
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/ivs-test-bus"));
    const QByteArray secret = "noKeychainSecretMustNotLand0001";
    const auto result =
        CliRunner::run({QStringLiteral("configure"), QStringLiteral("--profile"), QStringLiteral("lost")}, env,
                       "AKIALOST\n" + secret + "\nus-east-1\n\n");
    QCOMPARE(result.exitCode, 253);
    QVERIFY2(result.err.contains("keychain is not available"), result.err.constData());
    QVERIFY(result.err.contains("was not saved"));
    QVERIFY(!result.err.contains(secret));
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
    }
    const auto list = CliRunner::run({QStringLiteral("configure"), QStringLiteral("list")}, env);
    QVERIFY(!list.out.contains("lost"));
}

void TestCommandLineCredentials::keychainThatNeverAnswersTimesOut()
{
    // A "session bus" that accepts the connection and then says nothing, as
    // a Secret Service stuck on an unlock prompt does: every keychain job has
    // its own timeout, so configure ends with a clear message.
    QLocalServer silentBus;
    const QString path = QDir(m_home->path()).filePath(QStringLiteral("silent-bus"));
    QVERIFY(silentBus.listen(path));
    QList<QLocalSocket*> held;
    connect(&silentBus, &QLocalServer::newConnection, this, [&] {
        while (QLocalSocket* socket = silentBus.nextPendingConnection()) {
            held.append(socket); // keep it open, answer nothing
        }
    });
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + path);
    const auto result =
        CliRunner::run({QStringLiteral("configure"), QStringLiteral("--profile"), QStringLiteral("stuck")}, env,
                       "AKIASTUCK\nstuckSecretNeverSaved0001\nus-east-1\n\n");
    QCOMPARE(result.exitCode, 253);
    QVERIFY2(result.err.contains("did not answer"), result.err.constData());
    QVERIFY(!result.err.contains("stuckSecretNeverSaved0001"));
}

void TestCommandLineCredentials::configureOnATerminalHidesSecrets()
{
    // util-linux `script` gives the command a real terminal; the answers are
    // typed after each prompt. The key id is echoed, the secret is not.
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/ivs-test-bus"));
    const QString typing =
        QStringLiteral("(sleep 0.5; printf 'AKIATERMINAL\\n'; sleep 0.3; printf 'terminalSecretNoEcho01\\n'; "
                       "sleep 0.3; printf 'us-east-1\\n'; sleep 0.3; printf '\\n'; sleep 0.5) | "
                       "script -q -e -c '%1 configure --profile term' /dev/null")
            .arg(QStringLiteral(IVS_INSPECTOR_BINARY));
    QProcess shell;
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), typing});
    QVERIFY(shell.waitForFinished(30000));
    const QByteArray screen = shell.readAllStandardOutput() + shell.readAllStandardError();
    QVERIFY2(screen.contains("AWS Access Key ID: AKIATERMINAL"), screen.constData());
    QVERIFY(screen.contains("AWS Secret Access Key:"));
    QVERIFY2(!screen.contains("terminalSecretNoEcho01"), screen.constData());
    QVERIFY(screen.contains("keychain is not available")); // it got that far: every answer was read
}

void TestCommandLineCredentials::credentialProcessPromptsOnTheTerminal()
{
    // A helper that asks for an MFA code on /dev/tty (as aws-vault does) gets
    // its answer: on a terminal it is not put in a background process group,
    // where reading the terminal would stop it until the timeout.
    const QString helper = m_home->filePath(QStringLiteral("mfa-helper.sh"));
    writeFile(QStringLiteral("mfa-helper.sh"),
              "#!/bin/sh\nprintf 'MFA code: ' >/dev/tty\nread code </dev/tty\n[ \"$code\" = 123456 ] || exit 3\n"
              "printf '{\"Version\":1,\"AccessKeyId\":\"" +
                  QByteArray(FakeIvsServer::AccessKeyId) + "\",\"SecretAccessKey\":\"" +
                  QByteArray(FakeIvsServer::SecretAccessKey) + "\"}'\n");
    QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    writeFile(QStringLiteral(".aws/config"),
              "[profile mfa]\nregion = us-east-1\ncredential_process = " + helper.toUtf8() + "\n");
    const QString typing = QStringLiteral("(sleep 1; printf '123456\\n'; sleep 4) | "
                                          "script -q -e -c '%1 get-ingest-configuration --profile mfa --arn %2' "
                                          "/dev/null")
                               .arg(QStringLiteral(IVS_INSPECTOR_BINARY), get(QStringLiteral("RtmpsActive1")).last());
    QProcess shell;
    shell.setProcessEnvironment(environment());
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), typing});
    // Not waitForFinished: the fake endpoint in this process must answer.
    QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 30000);
    const QByteArray screen = shell.readAllStandardOutput() + shell.readAllStandardError();
    QVERIFY2(screen.contains("MFA code:"), screen.constData());
    QVERIFY2(screen.contains("\"ingestProtocol\""), screen.constData());
    QCOMPARE(shell.exitCode(), 0);
}

void TestCommandLineCredentials::configureRejectsIncompleteInput()
{
    const auto result = CliRunner::run({QStringLiteral("configure")}, environment(), "AKIAONLY\n");
    QCOMPARE(result.exitCode, 252);
    QVERIFY(result.err.contains("secret access key are needed"));
    const auto badName = CliRunner::run(
        {QStringLiteral("configure"), QStringLiteral("--profile"), QStringLiteral("a/b")}, environment(), "A\nB\n\n\n");
    QCOMPARE(badName.exitCode, 252);
}

void TestCommandLineCredentials::deleteSharedProfileIsRefused()
{
    writeFile(QStringLiteral(".aws/credentials"), "[files]\naws_access_key_id = A\naws_secret_access_key = B\n");
    const auto result = CliRunner::run(
        {QStringLiteral("configure"), QStringLiteral("delete"), QStringLiteral("--profile"), QStringLiteral("files")},
        environment());
    QCOMPARE(result.exitCode, 253);
    QVERIFY(result.err.contains("never edits"));
    const auto missing = CliRunner::run(
        {QStringLiteral("configure"), QStringLiteral("delete"), QStringLiteral("--profile"), QStringLiteral("ghost")},
        environment());
    QCOMPARE(missing.exitCode, 255);
    QVERIFY(missing.err.contains("The config profile (ghost) could not be found"));
}

QTEST_GUILESS_MAIN(TestCommandLineCredentials)
#include "TestCommandLineCredentials.moc"
