#include "ui/GuiApplication.h"

#include "ui/MainWindow.h"

#include <QApplication>

int GuiApplication::run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ivs-inspector"));
    QApplication::setApplicationDisplayName(QStringLiteral("IVS Ingest Inspector"));
    QApplication::setApplicationVersion(QStringLiteral(IVS_VERSION));
    QApplication::setOrganizationName(QStringLiteral("ivs-inspector"));

    MainWindow window;
    const QStringList arns = QApplication::arguments().mid(1);
    if (!arns.isEmpty()) {
        window.inspect(arns.first());
    }
    window.show();
    return QApplication::exec();
}
