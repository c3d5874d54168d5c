#include "ui/Accessibility.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

void Accessibility::nameClearButton(QLineEdit* edit, const QString& name)
{
    edit->setClearButtonEnabled(true);
    // The action's object name is Qt's own (qlineedit_p.cpp): the button shows it.
    for (QAction* action : edit->findChildren<QAction*>()) {
        if (action->objectName() == QLatin1String("_q_qlineeditclearaction")) {
            action->setText(name);
            action->setToolTip(name);
        }
    }
    for (QToolButton* button : edit->findChildren<QToolButton*>()) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}
