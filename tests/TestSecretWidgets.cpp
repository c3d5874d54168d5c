#include "ui/ClipboardGuard.h"
#include "ui/MessageBanner.h"
#include "ui/SecretLineEdit.h"
#include "ui/StateBadge.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

namespace
{
const QString KdeHint = QStringLiteral("x-kde-passwordManagerHint");
const QString MacHint = QStringLiteral("application/x-nspasteboard-concealed-type");
const QString WindowsHint = QStringLiteral("ExcludeClipboardContentFromMonitorProcessing");

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x27));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    return palette;
}
} // namespace

class TestSecretWidgets : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void copySecretSetsTextAndHints();
    void secretIsClearedAfterTimeout();
    void somethingCopiedSinceIsLeftAlone();
    void countdownDecreases();
    void copyPlainHasNoHintsAndStays();
    void zeroSecondsNeverClears();
    void quittingClearsTheSecret();

    void secretLineEditStartsMasked();
    void revealActionToggles();
    void shortcutReveals();
    void focusOutMasks();
    void timeoutMasks();

    void stateBadgeTexts_data();
    void stateBadgeTexts();
    void stateBadgeContrast_data();
    void stateBadgeContrast();
    void stateBadgeIsLarge();

    void bannerShowsMessage();
    void bannerTextIsPlainAndSelectable();
    void bannerActionsGoWithTheMessage();
    void bannerCloseButtonHides();
};

void TestSecretWidgets::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestSecretWidgets::copySecretSetsTextAndHints()
{
    ClipboardGuard guard;
    const QString secret = QStringLiteral("sk_us-west-2_secretValue");
    guard.copySecret(secret);

    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), secret);
    const QStringList formats = mime->formats();
    QVERIFY2(formats.contains(KdeHint), qPrintable(formats.join(u',')));
    QVERIFY(formats.contains(MacHint));
    QVERIFY(formats.contains(WindowsHint));
    QCOMPARE(mime->data(KdeHint), QByteArrayLiteral("secret"));
    QCOMPARE(mime->data(MacHint), secret.toUtf8());
    QCOMPARE(guard.clearAfterSeconds(), 30);
    QCOMPARE(guard.secondsLeft(), 30);
}

void TestSecretWidgets::secretIsClearedAfterTimeout()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    QSignalSpy abandoned(&guard, &ClipboardGuard::abandoned);
    guard.setClearAfterSeconds(1);
    guard.copySecret(QStringLiteral("sk_us-west-2_secretValue"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sk_us-west-2_secretValue"));

    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QString(), 3000);
    QTRY_COMPARE(cleared.count(), 1);
    QCOMPARE(abandoned.count(), 0);
    QCOMPARE(guard.secondsLeft(), 0);
}

void TestSecretWidgets::somethingCopiedSinceIsLeftAlone()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    QSignalSpy abandoned(&guard, &ClipboardGuard::abandoned);
    guard.setClearAfterSeconds(1);
    guard.copySecret(QStringLiteral("sk_us-west-2_secretValue"));
    QGuiApplication::clipboard()->setText(QStringLiteral("something the user copied"));

    QTRY_COMPARE_WITH_TIMEOUT(abandoned.count(), 1, 3000);
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something the user copied"));
    QCOMPARE(guard.secondsLeft(), 0);
}

void TestSecretWidgets::countdownDecreases()
{
    ClipboardGuard guard;
    QSignalSpy countdown(&guard, &ClipboardGuard::countdown);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.setClearAfterSeconds(2);
    guard.copySecret(QStringLiteral("sk_us-west-2_secretValue"));
    QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 4000);

    QList<int> values;
    for (const QList<QVariant>& arguments : std::as_const(countdown)) {
        values.append(arguments.at(0).toInt());
    }
    QCOMPARE(values, (QList<int>{2, 1, 0}));
}

void TestSecretWidgets::copyPlainHasNoHintsAndStays()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    QSignalSpy abandoned(&guard, &ClipboardGuard::abandoned);
    guard.setClearAfterSeconds(1);
    guard.copyPlain(QStringLiteral("arn:aws:ivs:us-west-2:123456789012:ingest-configuration/AbCd"));

    const QStringList formats = QGuiApplication::clipboard()->mimeData()->formats();
    QVERIFY(!formats.contains(KdeHint));
    QVERIFY(!formats.contains(MacHint));
    QVERIFY(!formats.contains(WindowsHint));
    QCOMPARE(guard.secondsLeft(), 0);
    QTest::qWait(1500);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("arn:aws:ivs:us-west-2:123456789012:ingest-configuration/AbCd"));
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(abandoned.count(), 0);
}

void TestSecretWidgets::zeroSecondsNeverClears()
{
    ClipboardGuard guard;
    QSignalSpy countdown(&guard, &ClipboardGuard::countdown);
    guard.setClearAfterSeconds(0);
    guard.copySecret(QStringLiteral("sk_us-west-2_secretValue"));
    QVERIFY(QGuiApplication::clipboard()->mimeData()->formats().contains(KdeHint));
    QCOMPARE(guard.secondsLeft(), 0);
    QCOMPARE(countdown.count(), 0);
}

void TestSecretWidgets::quittingClearsTheSecret()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copySecret(QStringLiteral("sk_us-west-2_secretValue"));
    // aboutToQuit is a private signal: emit it the way QCoreApplication::exit() would, through the meta-object.
    QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
    QCOMPARE(guard.secondsLeft(), 0);
}

void TestSecretWidgets::secretLineEditStartsMasked()
{
    SecretLineEdit edit;
    QCOMPARE(edit.echoMode(), QLineEdit::Password);
    QVERIFY(!edit.isRevealed());
    auto* action = edit.findChild<QAction*>(QStringLiteral("revealAction"));
    QVERIFY(action);
    QCOMPARE(action, edit.revealAction());
    QVERIFY(action->isCheckable());
    QVERIFY(!action->isChecked());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    QCOMPARE(action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    QCOMPARE(action->toolTip(), QStringLiteral("Show or hide (Ctrl+H)"));
    // An icon with or without the compiled-in resources (one is drawn when they are missing).
    QVERIFY(!action->icon().isNull());
    QCOMPARE(edit.font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY(!edit.accessibleName().isEmpty());
    QCOMPARE(edit.revealTimeoutSeconds(), 20);
}

void TestSecretWidgets::revealActionToggles()
{
    SecretLineEdit edit;
    edit.setText(QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    QSignalSpy revealed(&edit, &SecretLineEdit::revealedChanged);
    edit.revealAction()->trigger();
    QVERIFY(edit.isRevealed());
    QCOMPARE(edit.echoMode(), QLineEdit::Normal);
    QVERIFY(edit.revealAction()->isChecked());
    // Still a secret for input methods while visible.
    QVERIFY(edit.inputMethodHints() & Qt::ImhSensitiveData);
    edit.revealAction()->trigger();
    QVERIFY(!edit.isRevealed());
    QCOMPARE(edit.echoMode(), QLineEdit::Password);
    QCOMPARE(revealed.count(), 2);
    QCOMPARE(revealed.at(0).at(0).toBool(), true);
    QCOMPARE(revealed.at(1).at(0).toBool(), false);

    edit.setRevealed(true);
    QVERIFY(edit.revealAction()->isChecked());
    QCOMPARE(revealed.count(), 3);
}

void TestSecretWidgets::shortcutReveals()
{
    QWidget window;
    auto* edit = new SecretLineEdit(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(edit);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(edit->isRevealed());
    QTest::keyClick(edit, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(!edit->isRevealed());
}

void TestSecretWidgets::focusOutMasks()
{
    QWidget window;
    auto* edit = new SecretLineEdit(&window);
    auto* other = new QLineEdit(&window);
    other->setObjectName(QStringLiteral("otherLineEdit"));
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(edit);
    layout->addWidget(other);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    edit->setRevealed(true);
    QVERIFY(edit->isRevealed());

    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    QTRY_VERIFY(!edit->isRevealed());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void TestSecretWidgets::timeoutMasks()
{
    SecretLineEdit edit;
    edit.setRevealTimeoutSeconds(1);
    edit.setRevealed(true);
    QVERIFY(edit.isRevealed());
    QTRY_VERIFY_WITH_TIMEOUT(!edit.isRevealed(), 3000);
    QCOMPARE(edit.echoMode(), QLineEdit::Password);
    QVERIFY(!edit.revealAction()->isChecked());
}

void TestSecretWidgets::stateBadgeTexts_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("description");
    QTest::newRow("active") << QStringLiteral("ACTIVE") << QStringLiteral("ACTIVE")
                            << QStringLiteral("A publisher is streaming to the stage now.");
    QTest::newRow("inactive") << QStringLiteral("INACTIVE") << QStringLiteral("INACTIVE")
                              << QStringLiteral("Nothing is being published to the stage right now.");
    QTest::newRow("empty") << QString() << QStringLiteral("UNKNOWN")
                           << QStringLiteral("The state of the ingest configuration is not known.");
    QTest::newRow("unexpected") << QStringLiteral("PENDING") << QStringLiteral("UNKNOWN")
                                << QStringLiteral("The state of the ingest configuration is not known.");
}

void TestSecretWidgets::stateBadgeTexts()
{
    QFETCH(QString, state);
    QFETCH(QString, text);
    QFETCH(QString, description);
    StateBadge badge;
    badge.setState(QStringLiteral("ACTIVE") == state ? QStringLiteral("INACTIVE") : QStringLiteral("ACTIVE"));
    badge.setState(state);
    QCOMPARE(badge.state(), state);
    QCOMPARE(badge.stateText(), text);
    QCOMPARE(badge.accessibleName(), QStringLiteral("State: %1").arg(text));
    // The sentence, and the API's own word whatever the language (issue 12).
    QVERIFY(badge.accessibleDescription().startsWith(description));
    QVERIFY(badge.accessibleDescription().contains(
        QStringLiteral("API value %1").arg(state.isEmpty() ? QStringLiteral("UNKNOWN") : state)));
    QCOMPARE(badge.toolTip(), description);
}

void TestSecretWidgets::stateBadgeContrast_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("active light") << QStringLiteral("ACTIVE") << lightPalette();
    QTest::newRow("active dark") << QStringLiteral("ACTIVE") << darkPalette();
    QTest::newRow("inactive light") << QStringLiteral("INACTIVE") << lightPalette();
    QTest::newRow("inactive dark") << QStringLiteral("INACTIVE") << darkPalette();
}

void TestSecretWidgets::stateBadgeContrast()
{
    QFETCH(QString, state);
    QFETCH(QPalette, palette);
    const QColor pill = StateBadge::pillColorFor(state, palette);
    const QColor text = StateBadge::textColorFor(state, palette);
    const double ratio = StateBadge::contrastRatio(text, pill);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), pill.name()).arg(ratio)));

    // The painted pill really is that colour, after a palette change too.
    StateBadge badge;
    badge.setState(state);
    badge.resize(badge.sizeHint());
    badge.setPalette(palette);
    const QImage image = badge.grab().toImage();
    const QPoint inside(image.height() / 2, image.height() / 2);
    QCOMPARE(QColor(image.pixel(inside)).name(), pill.name());
}

void TestSecretWidgets::stateBadgeIsLarge()
{
    StateBadge badge;
    const QSize hint = badge.sizeHint();
    QVERIFY(hint.height() > QFontMetrics(badge.font()).height() * 1.4);
    QVERIFY(hint.width() > QFontMetrics(badge.font()).horizontalAdvance(QStringLiteral("INACTIVE")) * 1.4);
    badge.setState(QStringLiteral("ACTIVE"));
    QCOMPARE(badge.sizeHint(), hint);
}

void TestSecretWidgets::bannerShowsMessage()
{
    QWidget window;
    auto* banner = new MessageBanner(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(banner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(banner->isHidden());

    banner->showMessage(MessageBanner::Kind::Error, QStringLiteral("Could not inspect"),
                        QStringLiteral("Access denied."), QStringLiteral("Request ID: 0d5c-42"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QCOMPARE(banner->title(), QStringLiteral("Could not inspect"));
    QCOMPARE(banner->text(), QStringLiteral("Access denied."));
    QCOMPARE(banner->details(), QStringLiteral("Request ID: 0d5c-42"));
    QVERIFY(banner->accessibleName().contains(QLatin1String("Error")));
    QVERIFY(banner->accessibleName().contains(QLatin1String("Could not inspect")));
    auto* titleLabel = banner->findChild<QLabel*>(QStringLiteral("titleLabel"));
    QVERIFY(titleLabel);
    QVERIFY(titleLabel->text().contains(QLatin1String("Error")));
    auto* detailsLabel = banner->findChild<QLabel*>(QStringLiteral("detailsLabel"));
    QVERIFY(detailsLabel);
    QVERIFY(detailsLabel->isVisible());
    QCOMPARE(detailsLabel->text(), QStringLiteral("Request ID: 0d5c-42"));

    banner->showMessage(MessageBanner::Kind::Success, QStringLiteral("Done"), QStringLiteral("Inspected."));
    QVERIFY(banner->accessibleName().contains(QLatin1String("Success")));
    QVERIFY(!detailsLabel->isVisible());
    banner->showMessage(MessageBanner::Kind::Warning, QStringLiteral("Careful"), QString());
    QVERIFY(banner->accessibleName().contains(QLatin1String("Warning")));
    banner->showMessage(MessageBanner::Kind::Information, QStringLiteral("Note"), QString());
    QVERIFY(banner->accessibleName().contains(QLatin1String("Information")));

    banner->clear();
    QVERIFY(banner->isHidden());
}

void TestSecretWidgets::bannerTextIsPlainAndSelectable()
{
    MessageBanner banner;
    banner.showMessage(MessageBanner::Kind::Error, QStringLiteral("<b>Bad</b>"), QStringLiteral("a < b"));
    const QList<QLabel*> labels = {banner.findChild<QLabel*>(QStringLiteral("titleLabel")),
                                   banner.findChild<QLabel*>(QStringLiteral("textLabel")),
                                   banner.findChild<QLabel*>(QStringLiteral("detailsLabel"))};
    for (QLabel* label : labels) {
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->wordWrap());
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QVERIFY(!label->accessibleName().isEmpty());
    }
    QVERIFY(labels.at(0)->text().contains(QLatin1String("<b>Bad</b>")));
}

void TestSecretWidgets::bannerActionsGoWithTheMessage()
{
    QWidget window;
    auto* banner = new MessageBanner(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(banner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    banner->showMessage(MessageBanner::Kind::Error, QStringLiteral("Could not inspect"), QStringLiteral("Timed out."));
    QPointer<QPushButton> retry = banner->addAction(QStringLiteral("&Retry"));
    QVERIFY(retry);
    QVERIFY(banner->findChildren<QPushButton*>().contains(retry.data()));
    QVERIFY(retry->isVisible());
    QVERIFY(retry->objectName().endsWith(QLatin1String("PushButton")));
    QCOMPARE(retry->accessibleName(), QStringLiteral("Retry"));

    banner->clear();
    QVERIFY(!banner->findChildren<QPushButton*>().contains(retry.data()));
    QTRY_VERIFY(retry.isNull());

    banner->showMessage(MessageBanner::Kind::Error, QStringLiteral("Could not inspect"), QStringLiteral("Timed out."));
    QPointer<QPushButton> again = banner->addAction(QStringLiteral("Retry"));
    banner->showMessage(MessageBanner::Kind::Information, QStringLiteral("Retrying"), QString());
    QVERIFY(banner->findChildren<QPushButton*>().isEmpty());
    QTRY_VERIFY(again.isNull());
}

void TestSecretWidgets::bannerCloseButtonHides()
{
    QWidget window;
    auto* banner = new MessageBanner(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(banner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    banner->showMessage(MessageBanner::Kind::Warning, QStringLiteral("Expiring"), QStringLiteral("Renew soon."));
    QPointer<QPushButton> action = banner->addAction(QStringLiteral("Renew"));
    auto* close = banner->findChild<QToolButton*>(QStringLiteral("closeToolButton"));
    QVERIFY(close);
    QCOMPARE(close->accessibleName(), QStringLiteral("Dismiss message"));
    QVERIFY(close->isVisible());
    QSignalSpy dismissed(banner, &MessageBanner::dismissed);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(banner->isHidden());
    QCOMPARE(dismissed.count(), 1);
    QTRY_VERIFY(action.isNull());
}

QTEST_MAIN(TestSecretWidgets)
#include "TestSecretWidgets.moc"
