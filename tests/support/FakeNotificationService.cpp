#include "FakeNotificationService.h"

QString FakeNotificationService::startPrivateBus(QProcess* daemon)
{
    daemon->start(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
    if (!daemon->waitForStarted() || !daemon->waitForReadyRead(10000)) {
        return QString();
    }
    while (!daemon->canReadLine() && daemon->waitForReadyRead(1000)) {
    }
    return QString::fromUtf8(daemon->readLine()).trimmed();
}
