#include "ui/GuiApplication.h"

#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/TimingProbe.h"
#include "ui/Translator.h"

#include <QApplication>

int GuiApplication::run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Translator::install(&app, AppSettings::language());
    QApplication::setApplicationDisplayName(QApplication::translate("GuiApplication", "IVS Ingest Inspector"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ivs-inspector.svg")));
    // Lets Wayland compositors match the window to the desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.ivsinspector.IvsInspector"));

    MainWindow window;
    TimingProbe::instance()->watchFirstPaint(&window);
    window.show();
    // `ivs-inspector ARN…` opens the window and inspects them (Qt has taken
    // its own options out of arguments() by now); `--demo` opens it in demo mode.
    QStringList arns = QApplication::arguments().mid(1);
    if (arns.removeAll(QStringLiteral("--demo")) > 0) {
        window.startDemo();
    }
    if (!arns.isEmpty()) {
        window.inspect(arns.join(u' '));
    }
    return QApplication::exec();
}
