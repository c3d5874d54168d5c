#include "FailingSecretStore.h"
#include "demo/FakeIvsServer.h"
#include "demo/FakeStsServer.h"

#include "aws/AwsTransport.h"
#include "aws/CredentialResolver.h"
#include "secrets/AppProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "ui/CredentialsDialog.h"
#include "ui/IngestConfigModel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/MfaPrompt.h"
#include "ui/ResultView.h"
#include "ui/SecretLineEdit.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

// The credentials dialog and the window's profile picker: add, test, use and
// delete a profile; a failing keychain is explained and a profile can then be
// kept for this session only; "Check" shows the account.
class TestCredentialsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addTestUseAndDelete();
    void secretFieldIsMaskedWithReveal();
    void keychainUnavailableOffersSessionOnly();
    void pickerShowsSources();
    void checkCredentialsShowsAccountAndWarnsOnMismatch();
    void roleWithMfaAsksInTheWindow();
    void mfaPromptDoesNotBlock();
    void enterNeverDiscardsTypedInput();

private:
    FakeIvsServer* m_ivs = nullptr;
    FakeStsServer* m_sts = nullptr;
    AwsTransport* m_transport = nullptr;

    QProcessEnvironment environment() const;
    static void fill(CredentialsDialog& dialog,
                     const QString& name,
                     const QString& keyId,
                     const QString& secret,
                     const QString& region);
};

void TestCredentialsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCredentialsDialog::init()
{
    QSettings().clear();
    m_ivs = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_ivs->listen());
    m_sts = new FakeStsServer(this);
    QVERIFY(m_sts->listen());
    m_transport = new AwsTransport(this);
}

void TestCredentialsDialog::cleanup()
{
    delete m_transport;
    delete m_sts;
    delete m_ivs;
    QSettings().clear();
}

QProcessEnvironment TestCredentialsDialog::environment() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), m_ivs->url().toString());
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_sts->url().toString());
    return env;
}

void TestCredentialsDialog::fill(
    CredentialsDialog& dialog, const QString& name, const QString& keyId, const QString& secret, const QString& region)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(name);
    dialog.findChild<QLineEdit*>(QStringLiteral("accessKeyIdLineEdit"))->setText(keyId);
    dialog.findChild<QLineEdit*>(QStringLiteral("secretAccessKeyLineEdit"))->setText(secret);
    dialog.findChild<QComboBox*>(QStringLiteral("regionComboBox"))->setCurrentText(region);
}

void TestCredentialsDialog::addTestUseAndDelete()
{
    auto* keychain = new MemorySecretStore(this);
    MainWindow window(keychain);
    window.setEnvironment(environment());
    CredentialsDialog dialog(window.profileStore(), m_transport, environment());
    fill(dialog, QStringLiteral("studio"), QString::fromLatin1(LoopbackHttpServer::AccessKeyId),
         QString::fromLatin1(LoopbackHttpServer::SecretAccessKey), QStringLiteral("us-east-1"));

    dialog.findChild<QPushButton*>(QStringLiteral("testPushButton"))->click();
    QTRY_COMPARE(dialog.banner()->kind(), MessageBanner::Kind::Success);
    QVERIFY(dialog.banner()->text().contains(QLatin1String("123456789012")));

    dialog.findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
    QTRY_VERIFY(window.profileStore()->contains(QStringLiteral("studio")));
    QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("profilesListWidget"))->count(), 1);
    // The settings hold the name and region only.
    QSettings settings;
    for (const QString& key : settings.allKeys()) {
        QVERIFY(!settings.value(key).toString().contains(QString::fromLatin1(LoopbackHttpServer::SecretAccessKey)));
    }

    // The window's picker now offers it, and inspecting with it works.
    window.refreshProfiles();
    auto* picker = window.findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    const int index = picker->findData(QStringLiteral("studio"));
    QVERIFY(index > 0);
    QVERIFY(picker->itemText(index).contains(QLatin1String("keychain")));
    picker->setCurrentIndex(index);
    window.inspect(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/EmptyMaps1"));
    QTRY_VERIFY(!window.isBusy());
    QVERIFY(window.currentResult()->model());
    QVERIFY(m_ivs->requests().first().signatureValid);

    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("profilesListWidget"));
    list->setCurrentRow(0);
    QTRY_COMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("accessKeyIdLineEdit"))->text(),
                 QString::fromLatin1(LoopbackHttpServer::AccessKeyId)); // loaded back from the keychain
    dialog.findChild<QPushButton*>(QStringLiteral("deletePushButton"))->click();
    QTRY_VERIFY(!window.profileStore()->contains(QStringLiteral("studio")));
    QCOMPARE(list->count(), 0);
}

void TestCredentialsDialog::secretFieldIsMaskedWithReveal()
{
    AppProfileStore store(new MemorySecretStore(this));
    CredentialsDialog dialog(&store, m_transport, environment());
    auto* secret = dialog.findChild<SecretLineEdit*>(QStringLiteral("secretAccessKeyLineEdit"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->findChild<QAction*>(QStringLiteral("revealAction"))->trigger();
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    secret->setRevealed(false);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(!secret->accessibleName().isEmpty());
}

void TestCredentialsDialog::keychainUnavailableOffersSessionOnly()
{
    auto* keychain = new FailingSecretStore(SecretStore::Status::Unavailable, this);
    MainWindow window(keychain);
    window.setEnvironment(environment());
    CredentialsDialog dialog(window.profileStore(), m_transport, environment());
    fill(dialog, QStringLiteral("temporary"), QString::fromLatin1(LoopbackHttpServer::AccessKeyId),
         QString::fromLatin1(LoopbackHttpServer::SecretAccessKey), QStringLiteral("us-east-1"));
    dialog.findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
    QTRY_COMPARE(dialog.banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(dialog.banner()->text().contains(QLatin1String("not available")), qPrintable(dialog.banner()->text()));
    QVERIFY(dialog.banner()->text().contains(QLatin1String("this session only")));
    QVERIFY(!window.profileStore()->contains(QStringLiteral("temporary")));

    auto* keep = dialog.findChild<QPushButton*>(QStringLiteral("keepForSessionPushButton"));
    QVERIFY(keep);
    keep->click();
    QVERIFY(window.profileStore()->profile(QStringLiteral("temporary")).sessionOnly);
    QSettings settings;
    QVERIFY(!settings.childGroups().contains(QStringLiteral("profiles")) ||
            !QSettings().value(QStringLiteral("profiles/temporary/region")).isValid());

    // The session-only profile works in the window.
    window.refreshProfiles();
    auto* picker = window.findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    picker->setCurrentIndex(picker->findData(QStringLiteral("temporary")));
    QVERIFY(picker->currentText().contains(QLatin1String("this session only")));
    window.inspect(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/EmptyMaps1"));
    QTRY_VERIFY(!window.isBusy());
    QCOMPARE(m_ivs->requestsTo("/GetIngestConfiguration").size(), 1);
    QVERIFY(m_ivs->requests().first().signatureValid);
}

void TestCredentialsDialog::pickerShowsSources()
{
    const QString home = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/picker");
    QDir().mkpath(home + QStringLiteral("/.aws"));
    QFile config(home + QStringLiteral("/.aws/config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile sso]\nsso_session = x\nsso_account_id = 1\nsso_role_name = R\nregion = eu-west-1\n"
                 "[profile role]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = sso\n"
                 "[profile proc]\ncredential_process = /bin/false\n");
    config.close();
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("env"));
    MainWindow window(new MemorySecretStore(this));
    window.setEnvironment(env);
    auto* picker = window.findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    QStringList items;
    for (int i = 0; i < picker->count(); ++i) {
        items.append(picker->itemText(i));
    }
    const QString all = items.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("environment")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("sso — IAM Identity Center (SSO) · eu-west-1")));
    QVERIFY(all.contains(QStringLiteral("role — assumed role")));
    QVERIFY(all.contains(QStringLiteral("proc — credential process")));
    QDir(home).removeRecursively();
}

void TestCredentialsDialog::checkCredentialsShowsAccountAndWarnsOnMismatch()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(LoopbackHttpServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(LoopbackHttpServer::SecretAccessKey));
    MainWindow window(new MemorySecretStore(this));
    window.setEnvironment(env);
    window.findChild<QPushButton*>(QStringLiteral("checkCredentialsPushButton"))->click();
    auto* identity = window.findChild<QLabel*>(QStringLiteral("identityLabel"));
    QTRY_VERIFY(identity->text().contains(QLatin1String("123456789012")));
    QVERIFY(identity->text().contains(QLatin1String("arn:aws:iam::123456789012:user/tester")));
    // Typing an ARN of another account now warns before anything is sent.
    window.findChild<QLineEdit*>(QStringLiteral("arnLineEdit"))
        ->setText(QStringLiteral("arn:aws:ivs:us-east-1:999988887777:ingest-configuration/Elsewhere1"));
    const QString status = window.findChild<QLabel*>(QStringLiteral("arnStatusLabel"))->text();
    QVERIFY2(status.contains(QLatin1String("account 123456789012, but the ARN is in account 999988887777")),
             qPrintable(status));
    QCOMPARE(m_ivs->requests().size(), 0);
}

void TestCredentialsDialog::roleWithMfaAsksInTheWindow()
{
    const QString home = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/mfa");
    QDir().mkpath(home + QStringLiteral("/.aws"));
    QFile config(home + QStringLiteral("/.aws/config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile guarded]\nrole_arn = arn:aws:iam::123456789012:role/Guarded\nsource_profile = base\n"
                 "mfa_serial = arn:aws:iam::123456789012:mfa/operator\n"
                 "[profile base]\naws_access_key_id = AKIDEXAMPLE\n"
                 "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
    config.close();
    m_sts->addRole({QStringLiteral("arn:aws:iam::123456789012:role/Guarded"),
                    {},
                    QStringLiteral("arn:aws:iam::123456789012:mfa/operator"),
                    QStringLiteral("246810"),
                    QStringLiteral("ASIAGUARDEDWINDOW"),
                    QStringLiteral("guardedWindowSecret0001"),
                    QStringLiteral("guardedWindowToken0001"),
                    3600});
    m_ivs->addKey(QStringLiteral("ASIAGUARDEDWINDOW"), QStringLiteral("guardedWindowSecret0001"),
                  QStringLiteral("guardedWindowToken0001"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("HOME"), home);
    MainWindow window(new MemorySecretStore(this));
    window.setEnvironment(env);
    window.show();
    auto* picker = window.findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    picker->setCurrentIndex(picker->findData(QStringLiteral("guarded")));
    // The prompt is asynchronous: its test seam gives the next answer.
    MfaPrompt::setNextAnswer(QStringLiteral("246810"));
    window.inspect(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/EmptyMaps1"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 10000);
    QVERIFY(MfaPrompt::lastQuestion().contains(QLatin1String("arn:aws:iam::123456789012:mfa/operator")));
    QVERIFY(m_sts->requests().first().body.contains("TokenCode=246810"));
    const QList<RecordedRequest> gets = m_ivs->requestsTo("/GetIngestConfiguration");
    QCOMPARE(gets.size(), 1);
    QVERIFY(gets.first().header("Authorization").contains("Credential=ASIAGUARDEDWINDOW/"));
    QVERIFY(gets.first().signatureValid);
    QDir(home).removeRecursively();
}

void TestCredentialsDialog::mfaPromptDoesNotBlock()
{
    // The real dialog this time: it opens without a nested event loop, the
    // window keeps working while it is up, and its answer is used.
    const QString home = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/mfa2");
    QDir().mkpath(home + QStringLiteral("/.aws"));
    QFile config(home + QStringLiteral("/.aws/config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile guarded]\nrole_arn = arn:aws:iam::123456789012:role/Guarded\nsource_profile = base\n"
                 "mfa_serial = arn:aws:iam::123456789012:mfa/operator\n"
                 "[profile base]\naws_access_key_id = AKIDEXAMPLE\n"
                 "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
    config.close();
    m_sts->addRole({QStringLiteral("arn:aws:iam::123456789012:role/Guarded"),
                    {},
                    QStringLiteral("arn:aws:iam::123456789012:mfa/operator"),
                    QStringLiteral("135790"),
                    QStringLiteral("ASIAGUARDEDREAL"),
                    QStringLiteral("guardedRealSecret0001"),
                    QStringLiteral("guardedRealToken0001"),
                    3600});
    m_ivs->addKey(QStringLiteral("ASIAGUARDEDREAL"), QStringLiteral("guardedRealSecret0001"),
                  QStringLiteral("guardedRealToken0001"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("HOME"), home);
    MainWindow window(new MemorySecretStore(this));
    window.setEnvironment(env);
    window.show();
    auto* picker = window.findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    picker->setCurrentIndex(picker->findData(QStringLiteral("guarded")));
    window.inspect(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/EmptyMaps1"));
    QInputDialog* prompt = nullptr;
    QTRY_VERIFY((prompt = window.findChild<QInputDialog*>(QStringLiteral("mfaInputDialog"))) && prompt->isVisible());
    QVERIFY(prompt->labelText().contains(QLatin1String("arn:aws:iam::123456789012:mfa/operator")));
    // The event loop is ours, not the dialog's: timers fire, the window repaints.
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
    tick.start(10);
    QTRY_VERIFY(ticks >= 3);
    QVERIFY(window.isBusy());
    prompt->setTextValue(QStringLiteral("135790"));
    prompt->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 10000);
    QVERIFY(m_sts->requests().last().body.contains("TokenCode=135790"));
    QVERIFY(window.resultFor(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/EmptyMaps1"))
                ->model()
                ->hasConfiguration());
    QDir(home).removeRecursively();
}

void TestCredentialsDialog::enterNeverDiscardsTypedInput()
{
    MemorySecretStore keychain;
    AppProfileStore store(&keychain);
    CredentialsDialog dialog(&store, m_transport, environment());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* keyId = dialog.findChild<QLineEdit*>(QStringLiteral("accessKeyIdLineEdit"));
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secretAccessKeyLineEdit"));
    QTest::keyClicks(name, QStringLiteral("studio"));
    QTest::keyClicks(keyId, QStringLiteral("AKIDEXAMPLE"));
    // Incomplete: Enter in any field changes nothing and saves nothing.
    for (QLineEdit* field : {name, keyId, secret}) {
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(name->text(), QStringLiteral("studio"));
        QCOMPARE(keyId->text(), QStringLiteral("AKIDEXAMPLE"));
        QVERIFY(dialog.isVisible());
    }
    QVERIFY(!store.contains(QStringLiteral("studio")));
    // Complete: Enter saves.
    QTest::keyClicks(secret, QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY(store.contains(QStringLiteral("studio")));
    QCOMPARE(keyId->text(), QStringLiteral("AKIDEXAMPLE"));
}

QTEST_MAIN(TestCredentialsDialog)
#include "TestCredentialsDialog.moc"
