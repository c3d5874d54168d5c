#include "ui/WindowGeometry.h"

#include "ui/AppSettings.h"

#include <QEvent>
#include <QScreen>
#include <QWidget>

WindowGeometry::WindowGeometry(QWidget* window)
    : QObject(window)
{
    window->installEventFilter(this);
}

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
    new WindowGeometry(window);
}

void WindowGeometry::save(const QWidget* window)
{
    AppSettings::setWindowGeometry(window->saveGeometry());
}

bool WindowGeometry::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show) {
        auto* window = static_cast<QWidget*>(watched);
        window->removeEventFilter(this);
        keepFrameInside(window);
        deleteLater();
    }
    return false;
}

// Before the first show, Qt can only guess the frame: Qt 6.8's restoreGeometry
// fits the window to the screen with its own estimate of the title bar, and a
// window manager with thicker borders then pushes the frame a few pixels past
// the screen's edge. Now that the frame is real, the window is shrunk by what
// does not fit and moved inside.
void WindowGeometry::keepFrameInside(QWidget* window)
{
    const QRect available = window->screen() ? window->screen()->availableGeometry() : QRect();
    if (available.isEmpty() || window->isMaximized() || window->isFullScreen() ||
        available.contains(window->frameGeometry())) {
        return;
    }
    const QSize frameExtra = window->frameGeometry().size() - window->size();
    window->resize(window->size().boundedTo(available.size() - frameExtra));
    const QRect frame = window->frameGeometry();
    const int x = qBound(available.left(), frame.left(), available.right() - frame.width() + 1);
    const int y = qBound(available.top(), frame.top(), available.bottom() - frame.height() + 1);
    window->move(x, y); // move() places the frame of a window
}
