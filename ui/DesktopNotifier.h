#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

// Tells the desktop about a change: a freedesktop.org notification
// (org.freedesktop.Notifications over D-Bus, Desktop Notifications
// Specification 1.2) where a notification service runs, otherwise a tray
// balloon (QSystemTrayIcon) where there is a tray. Callers pass non-secret
// text only (states, names, ARNs; never a stream key).
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Route
    {
        None,
        DBus,
        Tray,
    };

    explicit DesktopNotifier(QObject* parent = nullptr);
    // For tests: a bus of their own.
    DesktopNotifier(const QDBusConnection& bus, QObject* parent = nullptr);

    // How the next notification would go.
    Route route() const;
    // Returns how it went out (None: nowhere to show it).
    Route notify(const QString& title, const QString& body);

    static constexpr const char* Service = "org.freedesktop.Notifications";
    static constexpr const char* Path = "/org/freedesktop/Notifications";

private:
    QDBusConnection m_bus;
    QPointer<QSystemTrayIcon> m_tray;
    quint32 m_lastId = 0;

    QSystemTrayIcon* tray();
};
