#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QVariantMap>

// A notification service of our own, as a desktop's notification daemon
// would register it (org.freedesktop.Notifications, Desktop Notifications
// Specification 1.2), on a private bus.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Call> calls;

    // Starts a private bus (dbus-daemon --session) and returns its address,
    // empty when it could not start.
    static QString startPrivateBus(QProcess* daemon);

signals:
    void notified();

public slots:
    uint Notify(const QString& appName,
                uint replacesId,
                const QString& appIcon,
                const QString& summary,
                const QString& body,
                const QStringList& actions,
                const QVariantMap& hints,
                int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        Q_UNUSED(expireTimeout)
        calls.append({appName, summary, body, hints});
        emit notified();
        return uint(calls.size());
    }
    QStringList GetCapabilities()
    {
        return {QStringLiteral("body")};
    }
};
