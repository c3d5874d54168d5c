#include "CliRunner.h"
#include "FakeSsoPortal.h"
#include "demo/FakeIvsServer.h"
#include "demo/FakeStsServer.h"

#include "aws/SsoTokenCache.h"
#include "secrets/MemorySecretStore.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/ResultView.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// Every command, with --debug and every logging category on, over every
// credential source and the failure paths: the secret access keys, session
// tokens, SSO token and stream keys appear in no log, no error text, no
// settings file and no file under HOME. The one place a stream key is
// printed is the reply of get-ingest-configuration on stdout, which is the
// data the user asked for (as with the AWS CLI).
class TestSecretHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void commandLine();
    void window();

private:
    QTemporaryDir m_home;
    FakeIvsServer* m_ivs = nullptr;
    FakeStsServer* m_sts = nullptr;
    FakeSsoPortal* m_sso = nullptr;
    QList<QByteArray> m_secrets;

    QProcessEnvironment environment() const;
    void writeFile(const QString& relativePath, const QByteArray& text);
    void assertClean(const QByteArray& text, const QString& where) const;
    void assertHomeClean() const;
};

namespace
{
const QByteArray kSecret = "hygieneSecretAccessKey/000000000000001";
const QByteArray kToken = "hygieneSessionToken//0000000000000000001==";
const QByteArray kRoleSecret = "hygieneRoleSecret000000000000000000002";
const QByteArray kRoleToken = "hygieneRoleToken//00000000000000000002==";
const QByteArray kSsoToken = "hygieneSsoAccessToken0000000000000000003";
const QByteArray kSsoSecret = "hygieneSsoSecret00000000000000000000003";
const QByteArray kProcessSecret = "hygieneProcessSecret0000000000000000004";
// The secret parts of the fixtures' stream keys (after the rt_..._ prefix).
const QList<QByteArray> kStreamKeySecrets{"abcd1234efgh5678ijkl9012MNOP34", "primarySecret0001", "backupSecretA001",
                                          "backupSecretB002", "orphanSecret777"};

QtMessageHandler g_previous = nullptr;
QByteArray g_captured;
void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_captured += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    if (g_previous && type >= QtWarningMsg) {
        g_previous(type, context, message);
    }
}
} // namespace

void TestSecretHygiene::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_secrets = {kSecret, kToken, kRoleSecret, kRoleToken, kSsoToken, kSsoSecret, kProcessSecret};
    m_secrets += kStreamKeySecrets;
    m_ivs = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_ivs->listen());
    m_sts = new FakeStsServer(this);
    QVERIFY(m_sts->listen());
    m_sso = new FakeSsoPortal(this);
    QVERIFY(m_sso->listen());
    m_ivs->addKey(QStringLiteral("ASIAHYGIENE"), QString::fromLatin1(kSecret), QString::fromLatin1(kToken));
    m_sts->addKey(QStringLiteral("ASIAHYGIENE"), QString::fromLatin1(kSecret), QString::fromLatin1(kToken));
    m_sts->addRole({QStringLiteral("arn:aws:iam::123456789012:role/Hygiene"),
                    {},
                    {},
                    {},
                    QStringLiteral("ASIAROLEHYG"),
                    QString::fromLatin1(kRoleSecret),
                    QString::fromLatin1(kRoleToken),
                    3600});
    m_ivs->addKey(QStringLiteral("ASIAROLEHYG"), QString::fromLatin1(kRoleSecret), QString::fromLatin1(kRoleToken));
    m_sso->addGrant({QString::fromLatin1(kSsoToken), QStringLiteral("123456789012"), QStringLiteral("Ops"),
                     QStringLiteral("ASIASSOHYG"), QString::fromLatin1(kSsoSecret), QString::fromLatin1(kToken)});
    m_ivs->addKey(QStringLiteral("ASIASSOHYG"), QString::fromLatin1(kSsoSecret), QString::fromLatin1(kToken));
    m_ivs->addKey(QStringLiteral("AKIAPROCESSHYG"), QString::fromLatin1(kProcessSecret));

    const QString helper = QDir(m_home.path()).filePath(QStringLiteral("creds.sh"));
    writeFile(QStringLiteral("creds.sh"), "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIAPROCESSHYG\", "
                                          "\"SecretAccessKey\": \"" +
                                              kProcessSecret + "\"}'\n");
    QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    writeFile(QStringLiteral(".aws/config"),
              "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/Hygiene\nsource_profile = base\n"
              "[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Ops\n"
              "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n"
              "[profile proc]\ncredential_process = " +
                  helper.toUtf8() + "\n");
    writeFile(QStringLiteral(".aws/credentials"), "[base]\naws_access_key_id = ASIAHYGIENE\naws_secret_access_key = " +
                                                      kSecret + "\naws_session_token = " + kToken + "\n");
    writeFile(QDir(m_home.path()).relativeFilePath(SsoTokenCache::cachePath(m_home.path(), QStringLiteral("corp"))),
              "{\"accessToken\": \"" + kSsoToken + "\", \"expiresAt\": \"" +
                  QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate).toUtf8() + "\"}");
}

void TestSecretHygiene::cleanupTestCase()
{
    QSettings().clear();
}

QProcessEnvironment TestSecretHygiene::environment() const
{
    QProcessEnvironment env = CliRunner::cleanEnvironment(m_home.path());
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), m_ivs->url().toString());
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_sts->url().toString());
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), m_sso->url().toString());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    // No keychain here: configure must fail cleanly, and say so.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/hygiene-bus"));
    return env;
}

void TestSecretHygiene::writeFile(const QString& relativePath, const QByteArray& text)
{
    const QString path = QDir(m_home.path()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

void TestSecretHygiene::assertClean(const QByteArray& text, const QString& where) const
{
    for (const QByteArray& secret : m_secrets) {
        if (text.contains(secret)) {
            QFAIL(qPrintable(
                QStringLiteral("a secret (%1…) appears in %2").arg(QString::fromLatin1(secret.left(12)), where)));
        }
    }
}

void TestSecretHygiene::assertHomeClean() const
{
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        // The user's own AWS files hold their keys by design; we never write them.
        if (path.contains(QLatin1String("/.aws/")) || path.endsWith(QLatin1String("creds.sh"))) {
            continue;
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        assertClean(file.readAll(), path);
    }
}

void TestSecretHygiene::commandLine()
{
    const QString arn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/Redundant1");
    const QStringList get{QStringLiteral("get-ingest-configuration"), QStringLiteral("--debug"),
                          QStringLiteral("--arn"), arn};
    struct Case
    {
        QStringList arguments;
        QByteArray input;
        bool stdoutHasStreamKey;
    };
    const QString profile = QStringLiteral("--profile");
    const QList<Case> cases{
        {get + QStringList{profile, QStringLiteral("base")}, {}, true},
        {get + QStringList{profile, QStringLiteral("role")}, {}, true},
        {get + QStringList{profile, QStringLiteral("sso")}, {}, true},
        {get + QStringList{profile, QStringLiteral("proc")}, {}, true},
        {get + QStringList{profile, QStringLiteral("base"), QStringLiteral("--output"), QStringLiteral("text")},
         {},
         true},
        {QStringList{QStringLiteral("check-credentials"), QStringLiteral("--debug"), profile, QStringLiteral("base")},
         {},
         false},
        {QStringList{QStringLiteral("check-credentials"), QStringLiteral("--debug"), profile, QStringLiteral("role")},
         {},
         false},
        {QStringList{QStringLiteral("configure"), QStringLiteral("--debug"), profile, QStringLiteral("saved")},
         "ASIAHYGIENE\n" + kSecret + "\nus-east-1\n" + kToken + "\n", false},
        {QStringList{QStringLiteral("configure"), QStringLiteral("list"), QStringLiteral("--debug")}, {}, false},
        {QStringList{QStringLiteral("configure"), QStringLiteral("list"), QStringLiteral("--output"),
                     QStringLiteral("json")},
         {},
         false},
        {QStringList{QStringLiteral("configure"), QStringLiteral("delete"), profile, QStringLiteral("saved")},
         {},
         false},
        {QStringList{QStringLiteral("--help")}, {}, false},
        {QStringList{QStringLiteral("--version")}, {}, false},
    };
    for (const Case& c : cases) {
        const auto result = CliRunner::run(c.arguments, environment(), c.input);
        const QString name = c.arguments.join(u' ');
        QVERIFY2(result.exitCode != -1, qPrintable(name));
        assertClean(result.err, QStringLiteral("stderr of ") + name);
        if (c.stdoutHasStreamKey) {
            QVERIFY2(result.exitCode == 0, result.err.constData());
            // Only the reply itself: the stream keys, nothing else secret.
            QVERIFY(result.out.contains("primarySecret0001"));
            for (const QByteArray& secret :
                 {kSecret, kToken, kRoleSecret, kRoleToken, kSsoToken, kSsoSecret, kProcessSecret}) {
                QVERIFY2(!result.out.contains(secret), qPrintable(name));
            }
        } else {
            assertClean(result.out, QStringLiteral("stdout of ") + name);
        }
    }
    // Failure paths: a wrong secret, throttling with retries, a wrong clock.
    QProcessEnvironment wrong = environment();
    wrong.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("ASIAHYGIENE"));
    wrong.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(kProcessSecret));
    wrong.insert(QStringLiteral("AWS_SESSION_TOKEN"), QString::fromLatin1(kToken));
    const auto refused = CliRunner::run(get, wrong);
    QCOMPARE(refused.exitCode, 254);
    assertClean(refused.err + refused.out, QStringLiteral("a refused request"));
    m_ivs->queueFault(LoopbackHttpServer::Fault::Throttle, 3);
    const auto throttled = CliRunner::run(get + QStringList{profile, QStringLiteral("base")}, environment());
    QCOMPARE(throttled.exitCode, 254);
    QVERIFY(throttled.err.contains("retrying in"));
    assertClean(throttled.err + throttled.out, QStringLiteral("a throttled request"));
    m_ivs->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-700); });
    const auto skewed = CliRunner::run(get + QStringList{profile, QStringLiteral("base")}, environment());
    m_ivs->setClock([] { return QDateTime::currentDateTimeUtc(); });
    QVERIFY2(skewed.exitCode == 0, skewed.err.constData());
    QVERIFY(skewed.err.contains("clock is off by"));
    assertClean(skewed.err, QStringLiteral("a clock-skew correction"));
    assertHomeClean();
}

void TestSecretHygiene::window()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    g_previous = qInstallMessageHandler(capture);
    AppSettings::setClipboardClearSeconds(1);
    {
        MainWindow window(new MemorySecretStore(this));
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("role"));
        window.setEnvironment(env);
        window.show();
        window.inspect(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/Redundant1"));
        QTRY_VERIFY(!window.isBusy());
        // Pick a profile through the chain, reveal and copy the key.
        ResultView* view = window.currentResult();
        QVERIFY(view);
        view->setStreamKeyRevealed(true);
        view->findChild<QToolButton*>(QStringLiteral("copyStreamKeyToolButton"))->click();
        QVERIFY(!window.windowTitle().contains(QLatin1String("primarySecret0001")));
        window.close();
    }
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(g_captured.contains("ivs.http"));
    assertClean(g_captured, QStringLiteral("the window's log"));
    QSettings().sync();
    const QString settingsFile = QSettings().fileName();
    QFile file(settingsFile);
    if (file.open(QIODevice::ReadOnly)) {
        assertClean(file.readAll(), settingsFile);
    }
}

QTEST_MAIN(TestSecretHygiene)
#include "TestSecretHygiene.moc"
