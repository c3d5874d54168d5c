#include "ui/Translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// Every shipped catalog is embedded, loads, translates known strings
// (plurals included) and has no unfinished or empty entries; the system
// language and the settings' override pick the catalog.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogsLoad_data();
    void catalogsLoad();
    void catalogsAreComplete_data();
    void catalogsAreComplete();
    void followsTheSystemLanguage();
    void overrideWins();
};

void TestTranslations::catalogsLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("inspect");
    for (const QString& language : Translator::shippedLanguages()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestTranslations::catalogsLoad()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/ivs-inspector_%1.qm").arg(language)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language().left(2), language);
    // A known string and a plural: both must come back translated.
    const QString inspect = translator.translate("ArnBar", "&Inspect");
    QVERIFY2(!inspect.isEmpty() && inspect != QLatin1String("&Inspect"), qPrintable(inspect));
    const QString three = translator.translate("ArnBar", "%n ARNs, each inspected in its own tab.", nullptr, 3);
    // The plural form keeps its %n for tr() to fill in.
    QVERIFY2(three.contains(QLatin1String("%n")), qPrintable(three));
    QVERIFY(three != QLatin1String("%n ARNs, each inspected in its own tab."));
    const QString notFound = translator.translate("AwsError", "Not found");
    QVERIFY(!notFound.isEmpty() && notFound != QLatin1String("Not found"));
}

void TestTranslations::catalogsAreComplete_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& language : Translator::shippedLanguages()) {
        QTest::newRow(qPrintable(language))
            << QStringLiteral(IVS_SOURCE_DIR "/translations/ivs-inspector_%1.ts").arg(language);
    }
}

void TestTranslations::catalogsAreComplete()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList problems;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                type == QLatin1String("obsolete") || text.isEmpty()) {
                problems.append(source);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished, e.g. \"%2\"").arg(problems.size()).arg(problems.value(0))));
}

void TestTranslations::followsTheSystemLanguage()
{
    // This test runs with LANGUAGE=ja:de and LANG=de_DE.UTF-8 (see
    // tests/CMakeLists.txt): LANGUAGE comes first, as on any Linux desktop.
    QCOMPARE(QLocale::system().uiLanguages().value(0).left(2), QStringLiteral("ja"));
    QCOMPARE(Translator::install(QCoreApplication::instance()), QStringLiteral("ja"));
    QVERIFY(QCoreApplication::translate("ArnBar", "&Inspect") != QLatin1String("&Inspect"));
}

void TestTranslations::overrideWins()
{
    QCOMPARE(Translator::install(QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Translator::install(QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(Translator::install(QCoreApplication::instance(), QStringLiteral("fr")), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
