#pragma once

#include <QObject>

class ClipboardGuard;
class QMainWindow;

// Says in the window's status bar what ClipboardGuard does with a copied
// stream key (the countdown to clearing it, and when it is gone), so the
// user knows how long the key stays where other programs can read it.
class ClipboardStatus : public QObject
{
    Q_OBJECT

public:
    ClipboardStatus(ClipboardGuard* clipboard, QMainWindow* window);

private:
    QMainWindow* m_window;

    // Through QMainWindow::statusBar() at the time of the message: the status
    // bar exists only once there is something to say (see BrowseDockPlacer).
    void show(const QString& message, int timeout = 0);
};
