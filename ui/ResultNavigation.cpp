#include "ui/ResultNavigation.h"

#include "ui/ResultTabs.h"
#include "ui/ResultView.h"

#include <QAction>
#include <QMenu>

ResultNavigation::ResultNavigation(ResultTabs* tabs, QObject* parent)
    : QObject(parent)
    , m_tabs(tabs)
{}

void ResultNavigation::addTo(QMenu* menu)
{
    QAction* filter = menu->addAction(tr("&Filter the fields"), QKeySequence::Find, this, [this] {
        if (ResultView* current = m_tabs->currentResult()) {
            current->focusFilter();
        }
    });
    filter->setObjectName(QStringLiteral("filterAction"));
    QAction* next =
        menu->addAction(tr("&Next result"), QKeySequence(Qt::CTRL | Qt::Key_Tab), this, [this] { step(1); });
    next->setObjectName(QStringLiteral("nextResultAction"));
    QAction* previous = menu->addAction(tr("Pre&vious result"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                        this, [this] { step(-1); });
    previous->setObjectName(QStringLiteral("previousResultAction"));
    QAction* close = menu->addAction(tr("&Close result"), m_tabs, &ResultTabs::closeCurrent);
    close->setObjectName(QStringLiteral("closeResultAction"));
    // Ctrl+W everywhere, also where the platform's Close is only Ctrl+F4.
    QList<QKeySequence> closeKeys{QKeySequence(Qt::CTRL | Qt::Key_W)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Close)) {
        if (!closeKeys.contains(key)) {
            closeKeys.append(key);
        }
    }
    close->setShortcuts(closeKeys);
    for (QAction* action : {filter, next, previous, close}) {
        action->setShortcutContext(Qt::WindowShortcut);
    }
}

void ResultNavigation::step(int by)
{
    // Wraps around; qMax keeps an empty tab widget from dividing by zero.
    const int count = m_tabs->count();
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + count) % qMax(1, count));
}
