// The window as a loadable module: the ivs-inspector executable opens it only
// when it shows a window, so the command line never maps Qt Widgets, Gui or
// OpenGL (a third of its memory).
#include "ui/GuiApplication.h"
#include "ui/TimingProbe.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT int ivs_inspector_gui_main(int argc, char* argv[], qint64 processStartMsecs)
{
    TimingProbe::markProcessStart(processStartMsecs);
    return GuiApplication::run(argc, argv);
}
