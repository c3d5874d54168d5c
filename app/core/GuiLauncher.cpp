#include "core/GuiLauncher.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace
{
using GuiMain = int (*)(int, char**, qint64);
}

QString GuiLauncher::executableDirectory(const char* argv0)
{
#if defined(Q_OS_LINUX)
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists()) {
        return QFileInfo(self.symLinkTarget()).absolutePath();
    }
#elif defined(Q_OS_WIN)
    wchar_t path[MAX_PATH];
    const DWORD length = GetModuleFileNameW(nullptr, path, MAX_PATH);
    if (length > 0 && length < MAX_PATH) {
        return QFileInfo(QString::fromWCharArray(path, static_cast<qsizetype>(length))).absolutePath();
    }
#endif
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath();
}

bool GuiLauncher::hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without one, Qt would abort while creating the application.
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int GuiLauncher::run(int argc, char* argv[], qint64 processStartMsecs)
{
    // The hint names the program as it was started (argv[0]: a path, or a
    // name found on PATH), so it works when pasted into the same shell.
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "ivs-inspector: there is no display to open the window on (neither DISPLAY nor "
                     "WAYLAND_DISPLAY is set).\nRun it in a desktop session, or use the command line: %s --help\n",
                     argv[0]);
        return 255;
    }
    const QStringList candidates{
        QDir(executableDirectory(argv[0])).filePath(QStringLiteral(IVS_GUI_MODULE_NAME)),
        QDir(executableDirectory(argv[0]))
            .filePath(QStringLiteral(IVS_GUI_MODULE_RELATIVE_DIR "/" IVS_GUI_MODULE_NAME)),
    };
    QString errors;
    for (const QString& candidate : candidates) {
        QLibrary module(candidate);
        auto start = reinterpret_cast<GuiMain>(module.resolve("ivs_inspector_gui_main"));
        if (start) {
            return start(argc, argv, processStartMsecs);
        }
        errors += QStringLiteral("\n  ") + module.errorString();
    }
    std::fprintf(stderr,
                 "ivs-inspector: the window could not be started, its module is missing or broken:%s\n"
                 "The command line works without it: %s --help\n",
                 qPrintable(errors), argv[0]);
    return 255;
}
