#include "ui/BrowseDockPlacer.h"

#include "ui/BrowsePanel.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>

BrowseDockPlacer::BrowseDockPlacer(QMainWindow* window, QDockWidget* dock, BrowsePanel* browse)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
    , m_browse(browse)
{}

void BrowseDockPlacer::show()
{
    const bool opening = !m_dock->isVisible();
    if (opening) {
        m_dock->setFloating(!fitsDocked());
    }
    m_dock->show();
    if (opening && m_dock->isFloating()) {
        placeFloating();
    } else if (opening) {
        // Half the window: a listing needs room.
        m_window->resizeDocks({m_dock}, {m_window->height() / 2}, Qt::Vertical);
    }
    m_dock->raise();
    m_dock->activateWindow();
    m_browse->searchField()->setFocus();
    if (!m_browse->hasListing() && !m_browse->isListing()) {
        // Asked for the list: start it, rather than wait for a second click.
        m_browse->list();
    }
}

bool BrowseDockPlacer::fitsDocked() const
{
    // Docked, the panel takes its room from the results. When the window as
    // it is cannot hold both, the panel opens as a window of its own instead
    // of growing this one (issue 12.5: the window never resizes itself, and
    // fits beside OBS on a laptop).
    const int separator = m_window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, m_window);
    // Not statusBar(): that would create one, itself taking room.
    const auto* status = m_window->findChild<QStatusBar*>(QString(), Qt::FindDirectChildrenOnly);
    const int needed =
        m_window->menuBar()->sizeHint().height() + m_window->centralWidget()->minimumSizeHint().height() + separator +
        m_dock->minimumSizeHint().height() + (status && status->isVisible() ? status->sizeHint().height() : 0);
    return needed <= m_window->height();
}

void BrowseDockPlacer::placeFloating()
{
    // As wide and tall as the window, below it when the screen has room,
    // else over it, offset; always inside the screen, frame included.
    const QRect area = m_window->screen()->availableGeometry();
    const QMargins frame(m_dock->geometry().left() - m_dock->frameGeometry().left(),
                         m_dock->geometry().top() - m_dock->frameGeometry().top(),
                         m_dock->frameGeometry().right() - m_dock->geometry().right(),
                         m_dock->frameGeometry().bottom() - m_dock->geometry().bottom());
    const QRect inner = area.marginsRemoved(frame);
    const QRect window = m_window->geometry();
    QRect place(window.left(), m_window->frameGeometry().bottom() + 1 + frame.top(),
                qMin(window.width(), inner.width()), qMin(qMax(window.height(), 400), inner.height()));
    if (!inner.contains(place)) {
        place.moveTopLeft(window.topLeft() + QPoint(40, 40));
    }
    place.moveRight(qMin(place.right(), inner.right()));
    place.moveBottom(qMin(place.bottom(), inner.bottom()));
    place.moveLeft(qMax(place.left(), inner.left()));
    place.moveTop(qMax(place.top(), inner.top()));
    m_dock->setGeometry(place);
}
