#include "core/PluralCatalog.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QVariant>

bool PluralCatalog::install(QCoreApplication* app)
{
    static const char* const installedProperty = "ivsEnglishPlurals";
    if (!app || app->property(installedProperty).toBool()) {
        return app != nullptr;
    }
    auto* translator = new QTranslator(app);
    if (!translator->load(QStringLiteral(":/i18n/ivs-inspector_en.qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    app->setProperty(installedProperty, true);
    return true;
}
