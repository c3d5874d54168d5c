#pragma once

#include <QtGlobal>

// Starts the window from the ivs-inspector-gui module next to the executable
// (or in the installed library folder). Loading it only for the window keeps
// Qt Widgets out of the command line. Finding the executable's folder is the
// platform-specific seam.
class GuiLauncher
{
public:
    static int run(int argc, char* argv[], qint64 processStartMsecs);

    static bool hasDisplay();

private:
    static QString executableDirectory(const char* argv0);
};
