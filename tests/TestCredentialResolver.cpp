#include "FakeSsoPortal.h"
#include "demo/FakeIvsServer.h"
#include "demo/FakeStsServer.h"

#include "aws/AwsTransport.h"
#include "aws/CredentialResolver.h"
#include "aws/SsoTokenCache.h"
#include "secrets/AppProfileStore.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The credential chain against temporary shared files, a memory keychain,
// scripts as credential processes, and fake STS and SSO portal endpoints
// reached through AWS_ENDPOINT_URL_STS and AWS_ENDPOINT_URL_SSO.
class TestCredentialResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void environmentComesFirst();
    void explicitProfileSkipsEnvironment();
    void awsProfileThenDefault();
    void noCredentialsAnywhere();
    void unknownProfile();
    void keychainProfileBeforeSharedFiles();
    void credentialsFileBeforeConfigFile();
    void regionPrecedence();
    void environmentKeysTakeTheProfilesRegion();
    void profileEndpoint();
    void credentialProcess();
    void credentialProcessFailureShowsStderr();
    void credentialProcessBadOutput_data();
    void credentialProcessBadOutput();
    void credentialProcessExpirationIsHonoured();
    void ssoSession();
    void ssoLegacyProfile();
    void ssoExpiredTokenAndRecovery();
    void ssoRevokedToken();
    void assumeRoleWithSourceProfile();
    void assumeRoleChainAndCache();
    void assumeRoleCycle();
    void assumeRoleExternalIdAndMfa();
    void assumeRoleMfaCancelled();
    void assumeRoleFromEnvironment();
    void assumeRoleMisconfigured_data();
    void assumeRoleMisconfigured();
    void listProfiles();
    void listingNamesTheFileTheCredentialsComeFrom();

private:
    QTemporaryDir* m_home = nullptr;
    AwsTransport* m_transport = nullptr;
    MemorySecretStore* m_keychain = nullptr;
    AppProfileStore* m_store = nullptr;
    CredentialResolver* m_resolver = nullptr;
    FakeStsServer* m_sts = nullptr;
    FakeSsoPortal* m_sso = nullptr;

    QProcessEnvironment baseEnvironment() const;
    void writeFile(const QString& relativePath, const QByteArray& text);
    void setEnvironment(const QProcessEnvironment& env);
    QString script(const QString& name, const QByteArray& body);
    std::pair<ResolvedCredentials, CredentialError> resolve(const QString& profile = QString());
    void writeSsoToken(const QString& key, const QString& token, const QDateTime& expiresAt);
};

void TestCredentialResolver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCredentialResolver::init()
{
    m_home = new QTemporaryDir;
    QVERIFY(m_home->isValid());
    QSettings().clear();
    m_transport = new AwsTransport(this);
    m_keychain = new MemorySecretStore(this);
    m_store = new AppProfileStore(m_keychain, this);
    m_sts = new FakeStsServer(this);
    QVERIFY(m_sts->listen());
    m_sso = new FakeSsoPortal(this);
    QVERIFY(m_sso->listen());
    m_resolver = new CredentialResolver(m_transport, m_store, this);
    setEnvironment(baseEnvironment());
}

void TestCredentialResolver::cleanup()
{
    delete m_resolver;
    delete m_sso;
    delete m_sts;
    delete m_store;
    delete m_keychain;
    delete m_transport;
    delete m_home;
    QSettings().clear();
}

QProcessEnvironment TestCredentialResolver::baseEnvironment() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_sts->url().toString());
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), m_sso->url().toString());
    return env;
}

void TestCredentialResolver::setEnvironment(const QProcessEnvironment& env)
{
    m_resolver->setEnvironment(env);
}

void TestCredentialResolver::writeFile(const QString& relativePath, const QByteArray& text)
{
    const QString path = QDir(m_home->path()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

QString TestCredentialResolver::script(const QString& name, const QByteArray& body)
{
    const QString path = QDir(m_home->path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write script");
    }
    file.write("#!/bin/sh\n" + body);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

std::pair<ResolvedCredentials, CredentialError> TestCredentialResolver::resolve(const QString& profile)
{
    std::pair<ResolvedCredentials, CredentialError> result;
    bool done = false;
    m_resolver->resolve(profile, this, [&](const ResolvedCredentials& credentials, const CredentialError& error) {
        result = {credentials, error};
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000)) {
        qWarning("resolve did not finish");
    }
    return result;
}

void TestCredentialResolver::writeSsoToken(const QString& key, const QString& token, const QDateTime& expiresAt)
{
    const QString path = SsoTokenCache::cachePath(m_home->path(), key);
    writeFile(QDir(m_home->path()).relativeFilePath(path),
              "{\"accessToken\": \"" + token.toUtf8() + "\", \"expiresAt\": \"" +
                  expiresAt.toString(Qt::ISODate).toUtf8() + "\", \"region\": \"us-east-1\"}");
}

void TestCredentialResolver::environmentComesFirst()
{
    writeFile(QStringLiteral(".aws/credentials"),
              "[default]\naws_access_key_id = AKIAFILE\naws_secret_access_key = filesecret\n");
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("envsecret"));
    env.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("envtoken"));
    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("default"));
    setEnvironment(env);
    const auto [credentials, error] = resolve();
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(credentials.credentials.accessKeyId, QStringLiteral("AKIAENV"));
    QCOMPARE(credentials.credentials.sessionToken, QStringLiteral("envtoken"));
    QCOMPARE(credentials.source, CredentialSource::Environment);
    QVERIFY(credentials.profile.isEmpty());
}

void TestCredentialResolver::explicitProfileSkipsEnvironment()
{
    writeFile(QStringLiteral(".aws/credentials"),
              "[work]\naws_access_key_id = AKIAWORK\naws_secret_access_key = worksecret\n");
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("envsecret"));
    setEnvironment(env);
    const auto [credentials, error] = resolve(QStringLiteral("work"));
    QVERIFY(!error.isError());
    QCOMPARE(credentials.credentials.accessKeyId, QStringLiteral("AKIAWORK"));
    QCOMPARE(credentials.profile, QStringLiteral("work"));
    QCOMPARE(credentials.source, CredentialSource::SharedCredentialsFile);
}

void TestCredentialResolver::awsProfileThenDefault()
{
    writeFile(QStringLiteral(".aws/credentials"),
              "[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = d\n"
              "[picked]\naws_access_key_id = AKIAPICKED\naws_secret_access_key = p\n");
    setEnvironment(baseEnvironment());
    QCOMPARE(resolve().first.credentials.accessKeyId, QStringLiteral("AKIADEFAULT"));
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("picked"));
    setEnvironment(env);
    QCOMPARE(m_resolver->defaultProfileName(), QStringLiteral("picked"));
    QCOMPARE(resolve().first.credentials.accessKeyId, QStringLiteral("AKIAPICKED"));
}

void TestCredentialResolver::noCredentialsAnywhere()
{
    const auto [credentials, error] = resolve();
    QCOMPARE(error.kind, CredentialError::NoCredentials);
    QVERIFY(error.message.contains(QLatin1String("Unable to locate credentials")));
}

void TestCredentialResolver::unknownProfile()
{
    const auto [credentials, error] = resolve(QStringLiteral("nowhere"));
    QCOMPARE(error.kind, CredentialError::ProfileNotFound);
    QCOMPARE(error.message, QStringLiteral("The config profile (nowhere) could not be found"));
    // AWS_PROFILE naming a missing profile is the same mistake.
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("gone"));
    setEnvironment(env);
    QCOMPARE(resolve().second.kind, CredentialError::ProfileNotFound);
}

void TestCredentialResolver::keychainProfileBeforeSharedFiles()
{
    writeFile(QStringLiteral(".aws/credentials"), "[dual]\naws_access_key_id = AKIAFILE\naws_secret_access_key = f\n");
    setEnvironment(baseEnvironment());
    bool saved = false;
    m_store->save(QStringLiteral("dual"), {QStringLiteral("AKIAKEYCHAIN"), QStringLiteral("k"), QString()},
                  QStringLiteral("eu-west-1"), this,
                  [&](SecretStore::Status status, const QString&) { saved = status == SecretStore::Status::Ok; });
    QTRY_VERIFY(saved);
    const auto [credentials, error] = resolve(QStringLiteral("dual"));
    QVERIFY(!error.isError());
    QCOMPARE(credentials.credentials.accessKeyId, QStringLiteral("AKIAKEYCHAIN"));
    QCOMPARE(credentials.source, CredentialSource::Keychain);
    QCOMPARE(credentials.region, QStringLiteral("eu-west-1"));
}

void TestCredentialResolver::credentialsFileBeforeConfigFile()
{
    writeFile(QStringLiteral(".aws/config"),
              "[profile both]\naws_access_key_id = AKIACONFIG\naws_secret_access_key = c\nregion = ap-south-1\n"
              "[profile onlyconfig]\naws_access_key_id = AKIAONLY\naws_secret_access_key = o\n");
    writeFile(QStringLiteral(".aws/credentials"), "[both]\naws_access_key_id = AKIACREDS\naws_secret_access_key = r\n");
    setEnvironment(baseEnvironment());
    const auto both = resolve(QStringLiteral("both")).first;
    QCOMPARE(both.credentials.accessKeyId, QStringLiteral("AKIACREDS"));
    QCOMPARE(both.source, CredentialSource::SharedCredentialsFile);
    QCOMPARE(both.region, QStringLiteral("ap-south-1"));
    const auto only = resolve(QStringLiteral("onlyconfig")).first;
    QCOMPARE(only.credentials.accessKeyId, QStringLiteral("AKIAONLY"));
    QCOMPARE(only.source, CredentialSource::ConfigFile);
}

void TestCredentialResolver::regionPrecedence()
{
    writeFile(QStringLiteral(".aws/config"), "[default]\nregion = us-west-2\n");
    QProcessEnvironment env = baseEnvironment();
    setEnvironment(env);
    QCOMPARE(m_resolver->regionFor(QStringLiteral("default")), QStringLiteral("us-west-2"));
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("eu-central-1"));
    setEnvironment(env);
    QCOMPARE(m_resolver->regionFor(QStringLiteral("default")), QStringLiteral("eu-central-1"));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("ap-northeast-2"));
    setEnvironment(env);
    QCOMPARE(m_resolver->regionFor(QStringLiteral("default")), QStringLiteral("ap-northeast-2"));
}

void TestCredentialResolver::environmentKeysTakeTheProfilesRegion()
{
    // As in the AWS CLI: keys from the environment, region from the profile
    // in use ([default], or AWS_PROFILE's).
    writeFile(QStringLiteral(".aws/config"), "[default]\nregion = us-west-2\n[profile ops]\nregion = eu-west-1\n");
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENVIRONMENT"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("environmentSecret"));
    setEnvironment(env);
    QCOMPARE(resolve(QString()).first.region, QStringLiteral("us-west-2"));
    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("ops"));
    setEnvironment(env);
    const auto resolved = resolve(QString()).first;
    QCOMPARE(resolved.source, CredentialSource::Environment);
    QCOMPARE(resolved.region, QStringLiteral("eu-west-1"));
}

void TestCredentialResolver::profileEndpoint()
{
    writeFile(QStringLiteral(".aws/config"),
              "[profile dev]\nregion = us-west-2\nservices = local-ivs\n"
              "aws_access_key_id = AKIADEV\naws_secret_access_key = s\n"
              "[services local-ivs]\nivs_realtime =\n  endpoint_url = http://localhost:4566\n");
    setEnvironment(baseEnvironment());
    QCOMPARE(resolve(QStringLiteral("dev")).first.endpointUrl, QStringLiteral("http://localhost:4566"));
}

void TestCredentialResolver::credentialProcess()
{
    const QString helper = script(QStringLiteral("creds.sh"),
                                  "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIAPROC\", \"SecretAccessKey\": \"ps\", "
                                  "\"SessionToken\": \"pt\", \"AccountId\": \"123456789012\"}'\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile proc]\ncredential_process = " + helper.toUtf8() + " --flag \"quoted arg\"\n");
    setEnvironment(baseEnvironment());
    const auto [credentials, error] = resolve(QStringLiteral("proc"));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(credentials.credentials.accessKeyId, QStringLiteral("AKIAPROC"));
    QCOMPARE(credentials.credentials.sessionToken, QStringLiteral("pt"));
    QCOMPARE(credentials.accountId, QStringLiteral("123456789012"));
    QCOMPARE(credentials.source, CredentialSource::Process);
    QVERIFY(!credentials.expiration.isValid());
}

void TestCredentialResolver::credentialProcessFailureShowsStderr()
{
    const QString helper =
        script(QStringLiteral("fail.sh"), "echo 'token expired: run sso-helper login' >&2\nexit 3\n");
    writeFile(QStringLiteral(".aws/config"), "[profile broken]\ncredential_process = " + helper.toUtf8() + "\n");
    setEnvironment(baseEnvironment());
    const auto [credentials, error] = resolve(QStringLiteral("broken"));
    QCOMPARE(error.kind, CredentialError::Process);
    QVERIFY2(error.message.contains(QLatin1String("exited with status 3")), qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("token expired: run sso-helper login")));
    QVERIFY(error.message.contains(QLatin1String("broken")));
}

void TestCredentialResolver::credentialProcessBadOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("not JSON");
    QTest::newRow("version 2") << QByteArray(R"({"Version": 2, "AccessKeyId": "a", "SecretAccessKey": "b"})")
                               << QStringLiteral("Version");
    QTest::newRow("no secret") << QByteArray(R"({"Version": 1, "AccessKeyId": "a"})")
                               << QStringLiteral("SecretAccessKey");
    QTest::newRow("bad expiration")
        << QByteArray(R"({"Version": 1, "AccessKeyId": "a", "SecretAccessKey": "b", "Expiration": "soon"})")
        << QStringLiteral("soon");
}

void TestCredentialResolver::credentialProcessBadOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, mentions);
    const QString helper = script(QStringLiteral("bad.sh"), "cat <<'EOF'\n" + output + "\nEOF\n");
    writeFile(QStringLiteral(".aws/config"), "[profile bad]\ncredential_process = " + helper.toUtf8() + "\n");
    setEnvironment(baseEnvironment());
    const auto [credentials, error] = resolve(QStringLiteral("bad"));
    QCOMPARE(error.kind, CredentialError::Process);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestCredentialResolver::credentialProcessExpirationIsHonoured()
{
    // The script counts its runs; credentials close to expiry are fetched
    // again, credentials with time left are reused.
    const QString counter = QDir(m_home->path()).filePath(QStringLiteral("runs"));
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(120).toString(Qt::ISODate);
    const QString later = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    const QString helper =
        script(QStringLiteral("expiring.sh"),
               "echo run >> '" + counter.toUtf8() + "'\nif [ \"$1\" = soon ]; then e='" + soon.toUtf8() +
                   "'; else e='" + later.toUtf8() +
                   "'; fi\necho \"{\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"AKIAEXP\\\", \\\"SecretAccessKey\\\": "
                   "\\\"s\\\", \\\"Expiration\\\": \\\"$e\\\"}\"\n");
    writeFile(QStringLiteral(".aws/config"), "[profile soon]\ncredential_process = " + helper.toUtf8() +
                                                 " soon\n[profile later]\ncredential_process = " + helper.toUtf8() +
                                                 " later\n");
    setEnvironment(baseEnvironment());
    const auto runs = [&counter] {
        QFile file(counter);
        return file.open(QIODevice::ReadOnly) ? file.readAll().count('\n') : 0;
    };
    const auto first = resolve(QStringLiteral("soon"));
    QVERIFY2(!first.second.isError(), qPrintable(first.second.message));
    QCOMPARE(first.first.expiration.toString(Qt::ISODate), soon);
    resolve(QStringLiteral("soon"));
    QCOMPARE(runs(), 2); // two minutes left is inside the refresh margin: run again
    resolve(QStringLiteral("later"));
    resolve(QStringLiteral("later"));
    QCOMPARE(runs(), 3); // an hour left: the cached credentials are reused
}

void TestCredentialResolver::ssoSession()
{
    writeFile(QStringLiteral(".aws/config"),
              "[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Operator\n"
              "region = eu-west-1\n"
              "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n");
    writeSsoToken(QStringLiteral("corp"), QStringLiteral("good-token"), QDateTime::currentDateTimeUtc().addSecs(3600));
    m_sso->addGrant({QStringLiteral("good-token"), QStringLiteral("123456789012"), QStringLiteral("Operator"),
                     QStringLiteral("ASIASSO"), QStringLiteral("ssosecret"), QStringLiteral("ssotoken")});
    setEnvironment(baseEnvironment());
    const auto [credentials, error] = resolve(QStringLiteral("sso"));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(credentials.credentials.accessKeyId, QStringLiteral("ASIASSO"));
    QCOMPARE(credentials.credentials.sessionToken, QStringLiteral("ssotoken"));
    QCOMPARE(credentials.source, CredentialSource::Sso);
    QCOMPARE(credentials.accountId, QStringLiteral("123456789012"));
    QVERIFY(credentials.expiration > QDateTime::currentDateTimeUtc().addSecs(3000));
    const RecordedRequest sent = m_sso->requests().first();
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(sent.header("x-amz-sso_bearer_token"), QByteArray("good-token"));
    QVERIFY(sent.header("Authorization").isEmpty()); // the portal is unsigned
}

void TestCredentialResolver::ssoLegacyProfile()
{
    const QString startUrl = QStringLiteral("https://legacy.awsapps.com/start");
    writeFile(QStringLiteral(".aws/config"), "[profile old]\nsso_start_url = " + startUrl.toUtf8() +
                                                 "\nsso_region = us-east-1\nsso_account_id = 123456789012\n"
                                                 "sso_role_name = Viewer\n");
    // Legacy profiles key the token cache by the start URL.
    writeSsoToken(startUrl, QStringLiteral("legacy-token"), QDateTime::currentDateTimeUtc().addSecs(600));
    m_sso->addGrant({QStringLiteral("legacy-token"), QStringLiteral("123456789012"), QStringLiteral("Viewer"),
                     QStringLiteral("ASIALEGACY"), QStringLiteral("l"), QStringLiteral("t")});
    setEnvironment(baseEnvironment());
    const auto [credentials, error] = resolve(QStringLiteral("old"));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(credentials.credentials.accessKeyId, QStringLiteral("ASIALEGACY"));
}

void TestCredentialResolver::ssoExpiredTokenAndRecovery()
{
    writeFile(QStringLiteral(".aws/config"),
              "[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Operator\n"
              "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n");
    writeSsoToken(QStringLiteral("corp"), QStringLiteral("old-token"), QDateTime::currentDateTimeUtc().addSecs(-60));
    setEnvironment(baseEnvironment());
    const auto expired = resolve(QStringLiteral("sso"));
    QCOMPARE(expired.second.kind, CredentialError::SsoLogin);
    QVERIFY2(expired.second.message.contains(QLatin1String("aws sso login --profile sso")),
             qPrintable(expired.second.message));
    QCOMPARE(m_sso->requests().size(), 0); // an expired token is not even sent

    // `aws sso login` writes a fresh token: the same resolver picks it up.
    writeSsoToken(QStringLiteral("corp"), QStringLiteral("new-token"), QDateTime::currentDateTimeUtc().addSecs(3600));
    m_sso->addGrant({QStringLiteral("new-token"), QStringLiteral("123456789012"), QStringLiteral("Operator"),
                     QStringLiteral("ASIAFRESH"), QStringLiteral("f"), QStringLiteral("t")});
    const auto fresh = resolve(QStringLiteral("sso"));
    QVERIFY2(!fresh.second.isError(), qPrintable(fresh.second.message));
    QCOMPARE(fresh.first.credentials.accessKeyId, QStringLiteral("ASIAFRESH"));
}

void TestCredentialResolver::ssoRevokedToken()
{
    writeFile(QStringLiteral(".aws/config"),
              "[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Operator\n"
              "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n");
    writeSsoToken(QStringLiteral("corp"), QStringLiteral("revoked"), QDateTime::currentDateTimeUtc().addSecs(3600));
    setEnvironment(baseEnvironment());
    const auto [credentials, error] = resolve(QStringLiteral("sso"));
    QCOMPARE(error.kind, CredentialError::SsoLogin);
    QVERIFY(error.message.contains(QLatin1String("aws sso login --profile sso")));
}

void TestCredentialResolver::assumeRoleWithSourceProfile()
{
    m_sts->addRole({QStringLiteral("arn:aws:iam::123456789012:role/Operator"),
                    {},
                    {},
                    {},
                    QStringLiteral("ASIAROLE"),
                    QStringLiteral("rolesecret"),
                    QStringLiteral("roletoken"),
                    3600});
    writeFile(QStringLiteral(".aws/config"),
              "[profile ops]\nrole_arn = arn:aws:iam::123456789012:role/Operator\nsource_profile = base\n"
              "duration_seconds = 1800\nregion = us-west-2\n");
    writeFile(QStringLiteral(".aws/credentials"), "[base]\naws_access_key_id = AKIDEXAMPLE\n"
                                                  "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
    setEnvironment(baseEnvironment());
    const auto [credentials, error] = resolve(QStringLiteral("ops"));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(credentials.credentials.accessKeyId, QStringLiteral("ASIAROLE"));
    QCOMPARE(credentials.credentials.sessionToken, QStringLiteral("roletoken"));
    QCOMPARE(credentials.accountId, QStringLiteral("123456789012"));
    QCOMPARE(credentials.source, CredentialSource::AssumeRole);
    const RecordedRequest sent = m_sts->requests().first();
    QVERIFY(sent.signatureValid);
    QVERIFY(sent.header("Authorization").contains("/us-west-2/sts/aws4_request"));
    QVERIFY(sent.body.contains("DurationSeconds=1800"));
    QVERIFY(sent.body.contains("RoleSessionName=ivs-inspector-"));
}

void TestCredentialResolver::assumeRoleChainAndCache()
{
    m_sts->addRole({QStringLiteral("arn:aws:iam::111111111111:role/First"),
                    {},
                    {},
                    {},
                    QStringLiteral("ASIAFIRST"),
                    QStringLiteral("firstsecret"),
                    QStringLiteral("firsttoken"),
                    3600});
    m_sts->addRole({QStringLiteral("arn:aws:iam::222222222222:role/Second"),
                    {},
                    {},
                    {},
                    QStringLiteral("ASIASECOND"),
                    QStringLiteral("secondsecret"),
                    QStringLiteral("secondtoken"),
                    3600});
    writeFile(QStringLiteral(".aws/config"),
              "[profile second]\nrole_arn = arn:aws:iam::222222222222:role/Second\nsource_profile = first\n"
              "[profile first]\nrole_arn = arn:aws:iam::111111111111:role/First\nsource_profile = base\n");
    writeFile(QStringLiteral(".aws/credentials"), "[base]\naws_access_key_id = AKIDEXAMPLE\n"
                                                  "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
    setEnvironment(baseEnvironment());
    const auto [credentials, error] = resolve(QStringLiteral("second"));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(credentials.credentials.accessKeyId, QStringLiteral("ASIASECOND"));
    QCOMPARE(credentials.accountId, QStringLiteral("222222222222"));
    QCOMPARE(m_sts->requests().size(), 2);
    // The second AssumeRole was signed with the first role's credentials.
    QVERIFY(m_sts->requests().at(1).header("Authorization").contains("Credential=ASIAFIRST/"));
    QCOMPARE(m_sts->requests().at(1).header("X-Amz-Security-Token"), QByteArray("firsttoken"));
    // Cached until shortly before expiry: no further STS calls.
    resolve(QStringLiteral("second"));
    QCOMPARE(m_sts->requests().size(), 2);
    m_resolver->clearCache();
    resolve(QStringLiteral("second"));
    QCOMPARE(m_sts->requests().size(), 4);
}

void TestCredentialResolver::assumeRoleCycle()
{
    writeFile(QStringLiteral(".aws/config"),
              "[profile a]\nrole_arn = arn:aws:iam::123456789012:role/A\nsource_profile = b\n"
              "[profile b]\nrole_arn = arn:aws:iam::123456789012:role/B\nsource_profile = a\n");
    setEnvironment(baseEnvironment());
    const auto [credentials, error] = resolve(QStringLiteral("a"));
    QCOMPARE(error.kind, CredentialError::Configuration);
    QVERIFY2(error.message.contains(QLatin1String("loop")), qPrintable(error.message));
    QCOMPARE(m_sts->requests().size(), 0);
}

void TestCredentialResolver::assumeRoleExternalIdAndMfa()
{
    m_sts->addRole({QStringLiteral("arn:aws:iam::123456789012:role/Guarded"), QStringLiteral("ext-42"),
                    QStringLiteral("arn:aws:iam::123456789012:mfa/tester"), QStringLiteral("123456"),
                    QStringLiteral("ASIAGUARDED"), QStringLiteral("g"), QStringLiteral("gt"), 3600});
    writeFile(QStringLiteral(".aws/config"),
              "[profile guarded]\nrole_arn = arn:aws:iam::123456789012:role/Guarded\nsource_profile = guarded\n"
              "external_id = ext-42\nmfa_serial = arn:aws:iam::123456789012:mfa/tester\n"
              "aws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
    setEnvironment(baseEnvironment());
    QString askedSerial;
    m_resolver->setMfaPrompt([&](const QString&, const QString& serial, auto answer) {
        askedSerial = serial;
        answer(QStringLiteral(" 123456 "));
    });
    const auto [credentials, error] = resolve(QStringLiteral("guarded"));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(askedSerial, QStringLiteral("arn:aws:iam::123456789012:mfa/tester"));
    QCOMPARE(credentials.credentials.accessKeyId, QStringLiteral("ASIAGUARDED"));
    const QByteArray body = m_sts->requests().first().body;
    QVERIFY(body.contains("ExternalId=ext-42"));
    QVERIFY(body.contains("TokenCode=123456"));
    QVERIFY(body.contains("SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Ftester"));
}

void TestCredentialResolver::assumeRoleMfaCancelled()
{
    writeFile(QStringLiteral(".aws/config"),
              "[profile guarded]\nrole_arn = arn:aws:iam::123456789012:role/Guarded\nsource_profile = base\n"
              "mfa_serial = arn:aws:iam::123456789012:mfa/tester\n"
              "[profile base]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = x\n");
    setEnvironment(baseEnvironment());
    m_resolver->setMfaPrompt([](const QString&, const QString&, auto answer) { answer(std::nullopt); });
    const auto [credentials, error] = resolve(QStringLiteral("guarded"));
    QCOMPARE(error.kind, CredentialError::Cancelled);
    QCOMPARE(m_sts->requests().size(), 0);
}

void TestCredentialResolver::assumeRoleFromEnvironment()
{
    m_sts->addRole({QStringLiteral("arn:aws:iam::123456789012:role/FromEnv"),
                    {},
                    {},
                    {},
                    QStringLiteral("ASIAFROMENV"),
                    QStringLiteral("e"),
                    QStringLiteral("et"),
                    3600});
    writeFile(
        QStringLiteral(".aws/config"),
        "[profile envrole]\nrole_arn = arn:aws:iam::123456789012:role/FromEnv\ncredential_source = Environment\n");
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(LoopbackHttpServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(LoopbackHttpServer::SecretAccessKey));
    setEnvironment(env);
    const auto [credentials, error] = resolve(QStringLiteral("envrole"));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(credentials.credentials.accessKeyId, QStringLiteral("ASIAFROMENV"));
}

void TestCredentialResolver::assumeRoleMisconfigured_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("both sources") << QByteArray("[profile r]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = x\n"
                                                "credential_source = Environment\n")
                                  << QStringLiteral("both");
    QTest::newRow("no source") << QByteArray("[profile r]\nrole_arn = arn:aws:iam::1:role/R\n")
                               << QStringLiteral("neither");
    QTest::newRow("instance metadata") << QByteArray("[profile r]\nrole_arn = arn:aws:iam::1:role/R\n"
                                                     "credential_source = Ec2InstanceMetadata\n")
                                       << QStringLiteral("Ec2InstanceMetadata");
    QTest::newRow("missing source profile") << QByteArray("[profile r]\nrole_arn = arn:aws:iam::1:role/R\n"
                                                          "source_profile = ghost\n")
                                            << QStringLiteral("ghost");
}

void TestCredentialResolver::assumeRoleMisconfigured()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, mentions);
    writeFile(QStringLiteral(".aws/config"), config);
    setEnvironment(baseEnvironment());
    const auto [credentials, error] = resolve(QStringLiteral("r"));
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QCOMPARE(m_sts->requests().size(), 0);
}

void TestCredentialResolver::listProfiles()
{
    writeFile(QStringLiteral(".aws/config"),
              "[default]\nregion = us-east-1\n"
              "[profile sso]\nsso_session = corp\nsso_account_id = 1\nsso_role_name = R\n"
              "[profile role]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = default\n"
              "[profile proc]\ncredential_process = /bin/true\n"
              "[profile shared]\nregion = eu-west-1\n");
    writeFile(QStringLiteral(".aws/credentials"),
              "[shared]\naws_access_key_id = AKIA\naws_secret_access_key = SECRET1\n");
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("ENVSECRET"));
    setEnvironment(env);
    m_store->saveForSession(QStringLiteral("shared"), {QStringLiteral("AKIAMEM"), QStringLiteral("MEMSECRET"), {}},
                            QStringLiteral("ap-south-1"));
    QHash<QString, ProfileListing> byKey;
    for (const ProfileListing& listing : m_resolver->listProfiles()) {
        byKey.insert(listing.name + u'/' + CredentialSource::id(listing.source), listing);
    }
    QVERIFY(byKey.contains(QStringLiteral("/env")));
    QVERIFY(byKey.contains(QStringLiteral("sso/sso")));
    QVERIFY(byKey.contains(QStringLiteral("role/role")));
    QVERIFY(byKey.contains(QStringLiteral("proc/process")));
    QVERIFY(byKey.contains(QStringLiteral("default/none")));
    QCOMPARE(byKey.value(QStringLiteral("shared/session")).region, QStringLiteral("ap-south-1"));
    QVERIFY(byKey.value(QStringLiteral("shared/shared-credentials-file")).shadowed);
    QCOMPARE(byKey.value(QStringLiteral("shared/shared-credentials-file")).region, QStringLiteral("eu-west-1"));
}

void TestCredentialResolver::listingNamesTheFileTheCredentialsComeFrom()
{
    writeFile(QStringLiteral(".aws/config"),
              "[profile cfgkeys]\naws_access_key_id = A\naws_secret_access_key = S\n"
              "[profile split]\nregion = us-east-1\n"
              "[profile cfgrole]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = x\n");
    writeFile(QStringLiteral(".aws/credentials"), "[credrole]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = x\n"
                                                  "[onlyhere]\nregion = eu-west-1\n"
                                                  "[split]\ncredential_process = /bin/true\n");
    setEnvironment(baseEnvironment());
    const QString config = QDir(m_home->path()).filePath(QStringLiteral(".aws/config"));
    const QString credentials = QDir(m_home->path()).filePath(QStringLiteral(".aws/credentials"));
    QHash<QString, ProfileListing> byName;
    for (const ProfileListing& listing : m_resolver->listProfiles()) {
        byName.insert(listing.name, listing);
    }
    QCOMPARE(byName.value(QStringLiteral("cfgkeys")).location, config);
    QCOMPARE(byName.value(QStringLiteral("cfgrole")).location, config);
    // A role or a process set in the credentials file comes from there.
    QCOMPARE(byName.value(QStringLiteral("credrole")).source, CredentialSource::AssumeRole);
    QCOMPARE(byName.value(QStringLiteral("credrole")).location, credentials);
    QCOMPARE(byName.value(QStringLiteral("split")).source, CredentialSource::Process);
    QCOMPARE(byName.value(QStringLiteral("split")).location, credentials);
    QCOMPARE(byName.value(QStringLiteral("split")).region, QStringLiteral("us-east-1"));
    // A profile without credentials is where its section is.
    QCOMPARE(byName.value(QStringLiteral("onlyhere")).source, CredentialSource::None);
    QCOMPARE(byName.value(QStringLiteral("onlyhere")).location, credentials);
}

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "TestCredentialResolver.moc"
