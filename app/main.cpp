#include "cli/CommandLine.h"
#include "core/AppIdentity.h"
#include "ui/GuiApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    AppIdentity::apply();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // Decide before any widget exists: the command line must run without a
    // display.
    if (CommandLine::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        return CommandLine::run(arguments, QProcessEnvironment::systemEnvironment());
    }
    return GuiApplication::run(argc, argv);
}
