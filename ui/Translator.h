#pragma once

#include <QStringList>

class QCoreApplication;

// Loads the embedded catalog (:/i18n/ivs-inspector_<lang>.qm) for the
// language in the settings, else the first system UI language we have
// (QLocale::uiLanguages follows LANGUAGE and LANG on Linux), plus Qt's own.
class Translator
{
public:
    // Returns the language loaded ("en" when none was needed).
    static QString install(QCoreApplication* app, const QString& override = QString());
    static QStringList shippedLanguages();
};
