#pragma once

#include <QObject>

class BrowsePanel;
class QDockWidget;
class QMainWindow;

// Where the Browse dock opens (issue 12.5): docked under the results when the
// window as it is can hold both, else as a window of its own beside it, so
// that opening Browse never resizes the main window (which must fit beside
// OBS on a laptop). Kept apart from MainWindow, which only builds and
// arranges its parts.
class BrowseDockPlacer : public QObject
{
    Q_OBJECT

public:
    BrowseDockPlacer(QMainWindow* window, QDockWidget* dock, BrowsePanel* browse);

    // Shows the dock (placing it when it opens), focuses its search and
    // starts a listing when there is none yet.
    void show();

private:
    QMainWindow* m_window;
    QDockWidget* m_dock;
    BrowsePanel* m_browse;

    bool fitsDocked() const;
    void placeFloating();
};
