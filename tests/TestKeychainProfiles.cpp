#include "CliRunner.h"
#include "FakeObsWebSocket.h"
#include "demo/FakeIvsServer.h"

#include "secrets/KeychainSecretStore.h"
#include "secrets/ObsConnectionStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Against the real OS keychain (gnome-keyring in a throwaway D-Bus session
// in CI, see scripts/test.sh). Without one this skips locally, but fails in
// CI, where IVS_REQUIRE_KEYCHAIN=1.
class TestKeychainProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretStoreRoundTrip();
    void storeUseListDeleteLeavesNoSecretOnDisk();
    void obsPasswordComesFromTheProfilesEntry();

private:
    QTemporaryDir m_home;

    static std::tuple<SecretStore::Status, QByteArray, QString>
    wait(const std::function<void(QObject*, SecretStore::Callback)>& operation);
    static void assertNotInFiles(const QString& root, const QByteArray& secret);
};

std::tuple<SecretStore::Status, QByteArray, QString>
TestKeychainProfiles::wait(const std::function<void(QObject*, SecretStore::Callback)>& operation)
{
    QObject context;
    std::optional<std::tuple<SecretStore::Status, QByteArray, QString>> result;
    operation(&context, [&](SecretStore::Status status, const QByteArray& data, const QString& message) {
        result = {status, data, message};
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        return {SecretStore::Status::Timeout, {}, QStringLiteral("no answer")};
    }
    return *result;
}

void TestKeychainProfiles::initTestCase()
{
    KeychainSecretStore store(QStringLiteral("ivs-inspector-test"));
    const auto [status, data, message] = wait([&](QObject* context, SecretStore::Callback done) {
        store.write(QStringLiteral("probe"), "probe", context, done);
    });
    if (status != SecretStore::Status::Ok) {
        const QString why = SecretStore::explain(status, message);
        if (qEnvironmentVariableIntValue("IVS_REQUIRE_KEYCHAIN") == 1) {
            QFAIL(qPrintable(QStringLiteral("the keychain is required here but unusable: ") + why));
        }
        QSKIP(qPrintable(QStringLiteral("no usable keychain: ") + why));
    }
}

void TestKeychainProfiles::secretStoreRoundTrip()
{
    KeychainSecretStore store(QStringLiteral("ivs-inspector-test"));
    const QByteArray secret = QByteArray("round-trip \xc3\xbc secret\n\x01", 22);
    QCOMPARE(
        std::get<0>(wait([&](QObject* c, SecretStore::Callback d) { store.write(QStringLiteral("k"), secret, c, d); })),
        SecretStore::Status::Ok);
    const auto [status, data, message] =
        wait([&](QObject* c, SecretStore::Callback d) { store.read(QStringLiteral("k"), c, d); });
    QCOMPARE(status, SecretStore::Status::Ok);
    QCOMPARE(data, secret);
    QCOMPARE(std::get<0>(wait([&](QObject* c, SecretStore::Callback d) { store.remove(QStringLiteral("k"), c, d); })),
             SecretStore::Status::Ok);
    QCOMPARE(std::get<0>(wait([&](QObject* c, SecretStore::Callback d) { store.read(QStringLiteral("k"), c, d); })),
             SecretStore::Status::NotFound);
}

void TestKeychainProfiles::assertNotInFiles(const QString& root, const QByteArray& secret)
{
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly)) {
            ++checked;
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
    }
    QVERIFY(checked > 0); // the settings file at least exists
}

void TestKeychainProfiles::storeUseListDeleteLeavesNoSecretOnDisk()
{
    FakeIvsServer ivs(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"));
    QVERIFY(ivs.listen());
    const QByteArray secret = "keychainOnlySecretAccessKey000000001";
    const QByteArray token = "keychainOnlySessionToken//0001+==";
    ivs.addKey(QStringLiteral("ASIAKEYCHAINTEST"), QString::fromLatin1(secret), QString::fromLatin1(token));
    QProcessEnvironment env = CliRunner::cleanEnvironment(m_home.path());
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), ivs.url().toString());
    const QStringList profile{QStringLiteral("--profile"), QStringLiteral("studio")};

    const auto stored = CliRunner::run(QStringList{QStringLiteral("configure")} + profile, env,
                                       "ASIAKEYCHAINTEST\n" + secret + "\neu-west-1\n" + token + "\n");
    QVERIFY2(stored.exitCode == 0, stored.err.constData());

    const auto list = CliRunner::run({QStringLiteral("configure"), QStringLiteral("list")}, env);
    QVERIFY(list.out.contains("studio"));
    QVERIFY(list.out.contains("keychain"));
    QVERIFY(list.out.contains("eu-west-1"));
    QVERIFY(!list.out.contains(secret));

    const auto used = CliRunner::run(QStringList{QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"),
                                                 QStringLiteral("arn:aws:ivs:us-east-1:123456789012:"
                                                                "ingest-configuration/RtmpsActive1")} +
                                         profile,
                                     env);
    QVERIFY2(used.exitCode == 0, used.err.constData());
    QCOMPARE(ivs.requests().first().header("X-Amz-Security-Token"), token);
    QVERIFY(ivs.requests().first().signatureValid);

    // The settings file knows the profile's name and region, never its keys.
    assertNotInFiles(m_home.path(), secret);
    assertNotInFiles(m_home.path(), token);
    assertNotInFiles(m_home.path(), "ASIAKEYCHAINTEST");
    // Nor is it anywhere under the HOME of the keyring daemon itself (its
    // keyring file is encrypted).
    assertNotInFiles(QDir::homePath(), secret);

    const auto deleted =
        CliRunner::run(QStringList{QStringLiteral("configure"), QStringLiteral("delete")} + profile, env);
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    const auto after = CliRunner::run({QStringLiteral("configure"), QStringLiteral("list")}, env);
    QVERIFY(!after.out.contains("studio"));
    const auto gone = CliRunner::run(QStringList{QStringLiteral("check-credentials")} + profile, env);
    QCOMPARE(gone.exitCode, 255);
    QVERIFY(gone.err.contains("The config profile (studio) could not be found"));
    assertNotInFiles(m_home.path(), secret);
}

void TestKeychainProfiles::obsPasswordComesFromTheProfilesEntry()
{
    // The OBS commands take the password saved for the profile (the
    // window's OBS panel saves it) before OBS_WEBSOCKET_PASSWORD.
    FakeObsWebSocket obs;
    obs.setPassword(QStringLiteral("keychain-obs-password-0001"));
    QVERIFY(obs.listen());
    const QString profile = QStringLiteral("obs-keychain-test");
    KeychainSecretStore keychain(QString::fromLatin1("ivs-inspector"));
    ObsConnectionStore store(&keychain);
    std::optional<SecretStore::Status> saved;
    store.savePassword(profile, QStringLiteral("keychain-obs-password-0001"), this,
                       [&](SecretStore::Status status, const QString&) { saved = status; });
    QVERIFY(QTest::qWaitFor([&] { return saved.has_value(); }, 20000));
    QCOMPARE(*saved, SecretStore::Status::Ok);

    QProcessEnvironment env = CliRunner::cleanEnvironment(m_home.path());
    env.insert(QStringLiteral("OBS_WEBSOCKET_PASSWORD"), QStringLiteral("not-the-password"));
    const QStringList check{QStringLiteral("obs-check"), QStringLiteral("--obs-url"), obs.url().toString()};
    const auto withEntry = CliRunner::run(check + QStringList{QStringLiteral("--profile"), profile}, env);
    const auto withoutEntry = CliRunner::run(check, env); // another profile: the environment's password

    std::optional<SecretStore::Status> forgotten;
    store.forgetPassword(profile, this, [&](SecretStore::Status status, const QString&) { forgotten = status; });
    QVERIFY(QTest::qWaitFor([&] { return forgotten.has_value(); }, 20000));

    QCOMPARE(withEntry.exitCode, 1); // connected and checked: OBS's defaults are not IVS-safe
    QCOMPARE(withoutEntry.exitCode, 249);
    QVERIFY(!withEntry.out.contains("keychain-obs-password-0001") && !withEntry.err.contains("keychain-obs-password"));
    QCOMPARE(*forgotten, SecretStore::Status::Ok);
}

QTEST_GUILESS_MAIN(TestKeychainProfiles)
#include "TestKeychainProfiles.moc"
