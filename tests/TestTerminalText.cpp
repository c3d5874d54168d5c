#include "core/Redactor.h"
#include "core/TerminalText.h"

#include <QTest>

// The one formatter for outside text in messages: control and invisible
// characters shown escaped, secrets redacted, long text cut, floods capped.
class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void quoteShowsInvisibleText();
    void longTextIsCut();
    void hugeTextIsCutWithoutMissingASecret();
    void knownSecretsAreRemoved();
    void floodsAreCapped();
};

void TestTerminalText::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("us-east-1 [profile x]") << QStringLiteral("us-east-1 [profile x]");
    QTest::newRow("escape sequence") << QStringLiteral("\x1b[2Jcleared") << QStringLiteral("\\x1b[2Jcleared");
    QTest::newRow("bell and carriage return") << QStringLiteral("a\x07\rb") << QStringLiteral("a\\x07\\x0db");
    QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc") << QStringLiteral("a\\x0ab\\x09c");
    QTest::newRow("C1 control") << QStringLiteral("a\u009bb") << QStringLiteral("a\\x9bb");
    QTest::newRow("zero-width space") << QStringLiteral("arn\u200b") << QStringLiteral("arn\\u200b");
    QTest::newRow("bidi override") << QStringLiteral("\u202Eevil") << QStringLiteral("\\u202eevil");
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFFx") << QStringLiteral("\\ufeffx");
    QTest::newRow("visible unicode") << QStringLiteral("Grüße 日本 🎥") << QStringLiteral("Grüße 日本 🎥");
    QTest::newRow("unassigned") << QString(QChar(0x0378)) << QStringLiteral("\\u0378");
}

void TestTerminalText::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(TerminalText::escape(text), shown);
    QCOMPARE(TerminalText::sanitize(text), shown);
}

void TestTerminalText::quoteShowsInvisibleText()
{
    // An ARN id made only of invisible characters must not show as "".
    QCOMPARE(TerminalText::quote(QStringLiteral("\u200b\u200c")), QStringLiteral("\"\\u200b\\u200c\""));
    QCOMPARE(TerminalText::quote(QString()), QStringLiteral("\"\""));
}

void TestTerminalText::longTextIsCut()
{
    const QString line(500, u'a');
    const QString quoted = TerminalText::quote(line);
    QVERIFY(quoted.startsWith(u'"' + QString(TerminalText::DefaultMaxLength, u'a') + u'"'));
    QVERIFY2(quoted.contains(QLatin1String("(300 more character")), qPrintable(quoted));
    QVERIFY(quoted.size() < 300);
}

void TestTerminalText::hugeTextIsCutWithoutMissingASecret()
{
    // A secret right at the cut is still recognised whole, not half shown.
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    const QString text = QString(190, u' ') + secret + QString(10 * 1024 * 1024, u'x');
    const QString quoted = TerminalText::quote(text);
    QVERIFY(!quoted.contains(secret.left(10)));
    QVERIFY(quoted.contains(Redactor::mark().left(5)));
    QVERIFY(quoted.size() < 400);
}

void TestTerminalText::knownSecretsAreRemoved()
{
    const QString secret = QStringLiteral("typedAtThePrompt");
    QCOMPARE(TerminalText::quote(QStringLiteral("x ") + secret, {secret}), QStringLiteral("\"x <redacted>\""));
    QCOMPARE(TerminalText::sanitize(secret + QStringLiteral("\x1b"), {secret}), QStringLiteral("<redacted>\\x1b"));
}

void TestTerminalText::floodsAreCapped()
{
    QStringList lines;
    for (int i = 0; i < 300; ++i) {
        lines.append(QString::number(i));
    }
    const QStringList capped = TerminalText::capLines(lines);
    QCOMPARE(capped.size(), TerminalText::DefaultMaxLines + 1);
    QCOMPARE(capped.first(), QStringLiteral("0"));
    QCOMPARE(capped.last(), QStringLiteral("… and 295 more."));
    QCOMPARE(TerminalText::capLines(lines.mid(0, 5)), lines.mid(0, 5));
    // Only the first lines were kept; the total says how many there were.
    QCOMPARE(TerminalText::capLines(lines.mid(0, 100), 5, 300).last(), QStringLiteral("… and 295 more."));
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "TestTerminalText.moc"
