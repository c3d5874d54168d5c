#include "ui/WindowGeometry.h"

#include "ui/AppSettings.h"

#include <QScreen>
#include <QWidget>

void WindowGeometry::restore(QWidget* window)
{
    const QRect available = window->screen() ? window->screen()->availableGeometry() : QRect(0, 0, 1024, 768);
    window->resize(QSize(900, 640).boundedTo(available.size() * 0.95));
    window->restoreGeometry(AppSettings::windowGeometry());
    if (!available.contains(window->frameGeometry())) {
        window->resize(window->size().boundedTo(available.size() * 0.95));
        window->move(available.topLeft() +
                     QPoint((available.width() - window->width()) / 2, (available.height() - window->height()) / 2));
    }
}

void WindowGeometry::save(const QWidget* window)
{
    AppSettings::setWindowGeometry(window->saveGeometry());
}
