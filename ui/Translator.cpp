#include "ui/Translator.h"

#include "core/PluralCatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QStringList Translator::shippedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("ja")};
}

QString Translator::install(QCoreApplication* app, const QString& override)
{
    // English plural forms underneath whatever language is chosen.
    PluralCatalog::install(app);
    QStringList wanted;
    if (!override.isEmpty()) {
        wanted.append(override);
    } else {
        wanted = QLocale::system().uiLanguages();
    }
    for (const QString& language : wanted) {
        const QString code = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (code == QLatin1String("en") || code == QLatin1String("c")) {
            return QStringLiteral("en"); // the source language
        }
        if (!shippedLanguages().contains(code)) {
            continue;
        }
        auto* ours = new QTranslator(app);
        if (!ours->load(QStringLiteral(":/i18n/ivs-inspector_%1.qm").arg(code))) {
            delete ours;
            continue;
        }
        QCoreApplication::installTranslator(ours);
        // Qt's own strings (standard buttons); optional, as the distribution
        // may not ship them.
        auto* qt = new QTranslator(app);
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
        return code;
    }
    return QStringLiteral("en");
}
