#pragma once

#include <QString>
#include <QtGlobal>

// Starts the window from the ivs-inspector-gui module next to the executable
// (or in the installed library folder). Loading it only for the window keeps
// Qt Widgets out of the command line. Finding the executable's folder is the
// platform-specific seam.
class GuiLauncher
{
public:
    static int run(int argc, char* argv[], qint64 processStartMsecs);

    // Empty when a window can be opened; otherwise why not, in words. Qt
    // aborts with a fatal error when it cannot reach the display, so the
    // display is tried first: the X server's or the Wayland compositor's
    // socket must answer, unless QT_QPA_PLATFORM names a platform that needs
    // neither (offscreen, vnc, eglfs, …).
    static QString displayProblem();
    static bool hasDisplay()
    {
        return displayProblem().isEmpty();
    }

private:
    static QString executableDirectory(const char* argv0);
};
