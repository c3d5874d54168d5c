#include "demo/FakeIvsServer.h"

#include "secrets/MemorySecretStore.h"
#include "ui/CredentialsDialog.h"
#include "ui/DebugLogDialog.h"
#include "ui/GoLivePanel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/PreferencesDialog.h"
#include "ui/ResultView.h"
#include "ui/Translator.h"
#include "ui/WindowSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTranslator>

// Alt+letter must do one thing: in each window, in every shipped language,
// no two visible controls share a mnemonic, and a control that has one in
// English has one in the translation too (else Alt+letter types the letter
// into whatever has focus).
class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noClashes_data();
    void noClashes();

private:
    struct Mnemonic
    {
        QString text;
        QString owner;
    };
    // Mnemonics of the visible controls of a window, by key.
    static QMultiHash<QKeySequence, Mnemonic> collect(QWidget* window);
    static void addText(QMultiHash<QKeySequence, Mnemonic>& found, const QString& text, const QString& owner);
    static QStringList clashes(const QMultiHash<QKeySequence, Mnemonic>& found);
    // Every page of the result, as the window shows it now.
    static void checkPages(MainWindow& window, const QString& arn, const QString& where);
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMnemonics::addText(QMultiHash<QKeySequence, Mnemonic>& found, const QString& text, const QString& owner)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty()) {
        found.insert(key, {text, owner});
    }
}

QMultiHash<QKeySequence, TestMnemonics::Mnemonic> TestMnemonics::collect(QWidget* window)
{
    QMultiHash<QKeySequence, Mnemonic> found;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != window) {
            continue;
        }
        const QString owner = widget->objectName() + u'/' + QString::fromLatin1(widget->metaObject()->className());
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            addText(found, button->text(), owner);
        } else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            addText(found, label->text(), owner);
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            addText(found, box->title(), owner);
        } else if (auto* bar = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < bar->count(); ++i) {
                addText(found, bar->tabText(i), owner);
            }
        } else if (auto* menus = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* action : menus->actions()) {
                addText(found, action->text(), owner);
            }
        }
    }
    return found;
}

QStringList TestMnemonics::clashes(const QMultiHash<QKeySequence, Mnemonic>& found)
{
    QStringList problems;
    for (const QKeySequence& key : found.uniqueKeys()) {
        const QList<Mnemonic> users = found.values(key);
        if (users.size() > 1) {
            QStringList who;
            for (const Mnemonic& user : users) {
                who.append(QStringLiteral("\"%1\" (%2)").arg(user.text, user.owner));
            }
            problems.append(key.toString() + QStringLiteral(": ") + who.join(QStringLiteral(", ")));
        }
    }
    return problems;
}

void TestMnemonics::checkPages(MainWindow& window, const QString& arn, const QString& where)
{
    auto* pages = window.resultFor(arn)->findChild<QTabWidget*>(QStringLiteral("resultTabWidget"));
    QVERIFY(pages->isVisible());
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QApplication::processEvents();
        const QStringList problems = clashes(collect(&window));
        QVERIFY2(problems.isEmpty(), qPrintable(where + QStringLiteral(", page ") + QString::number(page) +
                                                QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }
}

void TestMnemonics::noClashes_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    for (const QString& language : Translator::shippedLanguages()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestMnemonics::noClashes()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/ivs-inspector_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    FakeIvsServer server(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"));
    QVERIFY(server.listen());
    MainWindow window(new MemorySecretStore(this));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(FakeIvsServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(FakeIvsServer::SecretAccessKey));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), server.url().toString());
    window.setEnvironment(env);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A redundant pair shows the most controls at once.
    const QString arn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/Redundant1");
    window.inspect(arn);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 10000);
    QTRY_VERIFY(!window.resultFor(arn)->goLive()->report().checks.isEmpty());
    checkPages(window, arn, language + QStringLiteral(" main window"));
    if (QTest::currentTestFailed()) {
        return;
    }
    // The Browse dock adds its own controls to every page.
    window.findChild<QDockWidget*>(QStringLiteral("browseDock"))->show();
    checkPages(window, arn, language + QStringLiteral(" main window with Browse"));
    if (QTest::currentTestFailed()) {
        return;
    }
    window.findChild<QDockWidget*>(QStringLiteral("browseDock"))->hide();
    // A refresh that fails keeps the pages and adds a banner with a retry button.
    server.queueFault(LoopbackHttpServer::Fault::NotJson);
    window.inspect(arn);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 10000);
    QVERIFY(window.resultFor(arn)->banner()->isVisible());
    checkPages(window, arn, language + QStringLiteral(" main window after a failed refresh"));
    if (QTest::currentTestFailed()) {
        return;
    }
    // No credentials at all: the setup banner offers to add some, or the demo.
    MainWindow fresh(new MemorySecretStore(this));
    QProcessEnvironment empty;
    empty.insert(QStringLiteral("HOME"), env.value(QStringLiteral("HOME")));
    fresh.setEnvironment(empty);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QVERIFY(fresh.findChild<QWidget*>(QStringLiteral("setupMessageBanner"))->isVisible());
    const QStringList setup = clashes(collect(&fresh));
    QVERIFY2(setup.isEmpty(), qPrintable(language + QStringLiteral(" main window without credentials: ") +
                                         setup.join(QStringLiteral("; "))));
    fresh.close();
    QList<QDialog*> dialogs{new CredentialsDialog(window.profileStore(), window.session()->transport(), env, &window),
                            new PreferencesDialog(&window), new DebugLogDialog(&window)};
    for (QDialog* dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList problems = clashes(collect(dialog));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(language + u' ' + QString::fromLatin1(dialog->metaObject()->className()) +
                            QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        delete dialog;
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
