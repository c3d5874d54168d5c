#pragma once

class QCoreApplication;

// Installs the English plural forms (":/i18n/ivs-inspector_en.qm") so that
// tr("%n second(s)", nullptr, n) reads "1 second" or "2 seconds". The lowest
// layer of translation: a language catalog installed later takes precedence.
class PluralCatalog
{
public:
    // True when the catalog is installed (once per application).
    static bool install(QCoreApplication* app);
};
