#include "ui/ClipboardStatus.h"

#include "ui/ClipboardGuard.h"

#include <QMainWindow>
#include <QStatusBar>

ClipboardStatus::ClipboardStatus(ClipboardGuard* clipboard, QMainWindow* window)
    : QObject(window)
    , m_window(window)
{
    connect(clipboard, &ClipboardGuard::countdown, this, [this](int seconds) {
        if (seconds > 0) {
            show(tr("The clipboard holds a stream key; it is cleared in %n second(s).", nullptr, seconds));
        }
    });
    connect(clipboard, &ClipboardGuard::abandoned, this,
            [this] { show(tr("The stream key is no longer on the clipboard."), 5000); });
    connect(clipboard, &ClipboardGuard::cleared, this, [this] { show(tr("The clipboard was cleared."), 5000); });
}

void ClipboardStatus::show(const QString& message, int timeout)
{
    m_window->statusBar()->showMessage(message, timeout);
}
