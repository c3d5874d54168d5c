#include "ui/WrappingLabel.h"

#include <QLabel>

QLabel* WrappingLabel::create(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // An explicit minimum replaces minimumSizeHint() (the longest word) in
    // the layouts, which otherwise raise the window's minimum width to fit.
    label->setMinimumWidth(1);
    return label;
}
