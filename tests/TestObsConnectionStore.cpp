#include "secrets/MemorySecretStore.h"
#include "secrets/ObsConnectionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// The OBS address per profile in the settings file, the password only in the
// keychain.
class TestObsConnectionStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void defaultAddressUntilSet();
    void addressPerProfile();
    void oddProfileNamesStayOneKey();
    void passwordOnlyInTheKeychain();
    void forgettingWhatWasNeverSavedIsFine();

private:
    MemorySecretStore m_keychain;

    static QString settingsText();
    SecretStore::Status loadInto(ObsConnectionStore& store, const QString& profile, QString* password);
};

void TestObsConnectionStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ivs-inspector-obs-store-test"));
    QCoreApplication::setApplicationName(QStringLiteral("ivs-inspector-obs-store-test"));
}

void TestObsConnectionStore::cleanup()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

QString TestObsConnectionStore::settingsText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

SecretStore::Status
TestObsConnectionStore::loadInto(ObsConnectionStore& store, const QString& profile, QString* password)
{
    bool called = false;
    SecretStore::Status result = SecretStore::Status::Other;
    store.loadPassword(profile, this, [&](SecretStore::Status status, const QString& value, const QString&) {
        called = true;
        result = status;
        *password = value;
    });
    if (!QTest::qWaitFor([&] { return called; })) {
        return SecretStore::Status::Timeout;
    }
    return result;
}

void TestObsConnectionStore::defaultAddressUntilSet()
{
    ObsConnectionStore store(&m_keychain);
    QCOMPARE(store.url(QStringLiteral("studio")), QUrl(QStringLiteral("ws://127.0.0.1:4455")));
    QSettings().setValue(ObsConnectionStore::settingsKey(QStringLiteral("studio")), QStringLiteral("http://x"));
    QCOMPARE(store.url(QStringLiteral("studio")), ObsConnectionStore::defaultUrl()); // not a WebSocket URL
}

void TestObsConnectionStore::addressPerProfile()
{
    ObsConnectionStore store(&m_keychain);
    store.setUrl(QStringLiteral("studio-a"), QUrl(QStringLiteral("ws://10.0.0.5:4455")));
    store.setUrl(QString(), QUrl(QStringLiteral("wss://encoder.example:4443/obs")));
    QCOMPARE(store.url(QStringLiteral("studio-a")), QUrl(QStringLiteral("ws://10.0.0.5:4455")));
    QCOMPARE(store.url(QString()), QUrl(QStringLiteral("wss://encoder.example:4443/obs")));
    QCOMPARE(store.url(QStringLiteral("studio-b")), ObsConnectionStore::defaultUrl());
    // A password typed into the address never reaches the settings file.
    store.setUrl(QStringLiteral("studio-a"), QUrl(QStringLiteral("ws://:hunter2-obs@10.0.0.6:4455")));
    QCOMPARE(store.url(QStringLiteral("studio-a")), QUrl(QStringLiteral("ws://10.0.0.6:4455")));
    QVERIFY(!settingsText().contains(QLatin1String("hunter2")));
}

void TestObsConnectionStore::oddProfileNamesStayOneKey()
{
    ObsConnectionStore store(&m_keychain);
    const QString odd = QStringLiteral("team/a\\b c");
    store.setUrl(odd, QUrl(QStringLiteral("ws://10.1.1.1:4455")));
    QCOMPARE(store.url(odd), QUrl(QStringLiteral("ws://10.1.1.1:4455")));
    QCOMPARE(store.url(QStringLiteral("team")), ObsConnectionStore::defaultUrl());
    QVERIFY(!ObsConnectionStore::settingsKey(odd).mid(4).chopped(4).contains(u'/'));
}

void TestObsConnectionStore::passwordOnlyInTheKeychain()
{
    ObsConnectionStore store(&m_keychain);
    const QString secret = QStringLiteral("obs-password-7f3a");
    bool saved = false;
    store.savePassword(QStringLiteral("studio"), secret, this, [&](SecretStore::Status status, const QString&) {
        QCOMPARE(status, SecretStore::Status::Ok);
        saved = true;
    });
    QTRY_VERIFY(saved);
    QString password;
    QCOMPARE(loadInto(store, QStringLiteral("studio"), &password), SecretStore::Status::Ok);
    QCOMPARE(password, secret);
    QCOMPARE(loadInto(store, QStringLiteral("other"), &password), SecretStore::Status::NotFound);
    QVERIFY(password.isEmpty());
    QVERIFY(!settingsText().contains(secret));

    // Saving an empty password forgets it.
    bool cleared = false;
    store.savePassword(QStringLiteral("studio"), QString(), this, [&](SecretStore::Status status, const QString&) {
        QCOMPARE(status, SecretStore::Status::Ok);
        cleared = true;
    });
    QTRY_VERIFY(cleared);
    QCOMPARE(loadInto(store, QStringLiteral("studio"), &password), SecretStore::Status::NotFound);
}

void TestObsConnectionStore::forgettingWhatWasNeverSavedIsFine()
{
    ObsConnectionStore store(&m_keychain);
    bool done = false;
    store.forgetPassword(QStringLiteral("never"), this, [&](SecretStore::Status status, const QString&) {
        QCOMPARE(status, SecretStore::Status::Ok);
        done = true;
    });
    QTRY_VERIFY(done);
}

QTEST_GUILESS_MAIN(TestObsConnectionStore)
#include "TestObsConnectionStore.moc"
