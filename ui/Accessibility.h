#pragma once

#include <QString>

class QLineEdit;

// Names for controls Qt makes without one, so a screen reader does not find
// nameless buttons.
class Accessibility
{
public:
    // QLineEdit's clear button (setClearButtonEnabled) is an unnamed tool
    // button; this names it and its action.
    static void nameClearButton(QLineEdit* edit, const QString& name);
};
