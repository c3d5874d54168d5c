#include "ui/DesktopNotifier.h"

#include <QApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>

DesktopNotifier::DesktopNotifier(QObject* parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{}

DesktopNotifier::DesktopNotifier(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
{}

DesktopNotifier::Route DesktopNotifier::route() const
{
    if (m_bus.isConnected() && m_bus.interface()) {
        const QString service = QString::fromLatin1(Service);
        // Running, or started by the bus on the first call.
        if (m_bus.interface()->isServiceRegistered(service) ||
            m_bus.interface()->activatableServiceNames().value().contains(service)) {
            return Route::DBus;
        }
    }
    return QSystemTrayIcon::isSystemTrayAvailable() ? Route::Tray : Route::None;
}

QSystemTrayIcon* DesktopNotifier::tray()
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/ivs-inspector.svg")), this);
    }
    return m_tray;
}

DesktopNotifier::Route DesktopNotifier::notify(const QString& title, const QString& body)
{
    const Route how = route();
    if (how == Route::DBus) {
        QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(Service), QString::fromLatin1(Path),
                                                           QString::fromLatin1(Service), QStringLiteral("Notify"));
        // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
        QVariantMap hints;
        hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.ivsinspector.IvsInspector"));
        hints.insert(QStringLiteral("category"), QStringLiteral("network"));
        call << QCoreApplication::applicationName() << quint32(0)
             << QStringLiteral("io.github.ivsinspector.IvsInspector") << title << body.toHtmlEscaped() << QStringList()
             << hints << qint32(-1);
        // Asynchronous: a slow notification service must not stall the window.
        auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* done) {
            const QDBusPendingReply<quint32> reply = *done;
            if (!reply.isError()) {
                m_lastId = reply.value();
            }
            done->deleteLater();
        });
        return how;
    }
    if (how == Route::Tray) {
        QSystemTrayIcon* icon = tray();
        icon->show();
        icon->showMessage(title, body, QSystemTrayIcon::Information);
    }
    return how;
}
