#include "GuiLauncher.h"
#include "cli/CommandLine.h"
#include "core/AppIdentity.h"

#include <QCoreApplication>
#include <QDateTime>

int main(int argc, char* argv[])
{
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    AppIdentity::apply();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // Decide before any widget exists: the command line must run without a
    // display, and without even loading the window's libraries.
    if (CommandLine::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        return CommandLine::run(arguments, QProcessEnvironment::systemEnvironment());
    }
    return GuiLauncher::run(argc, argv, started);
}
