#include "FakeNotificationService.h"

#include "inspect/WatchObservation.h"
#include "ui/DesktopNotifier.h"
#include "ui/WatchController.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

// Notifications sent over D-Bus to a fake notification service on a private
// bus of the test's own (dbus-daemon), with the change in them and no
// secret; and nowhere to send them when the bus has no such service.
class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noServiceNoDBus();
    void notifyReachesTheService();

private:
    QProcess m_daemon;
    QString m_address;
};

void TestDesktopNotifier::initTestCase()
{
    m_address = FakeNotificationService::startPrivateBus(&m_daemon);
    QVERIFY2(!m_address.isEmpty(), "dbus-daemon is needed (package dbus-daemon)");
}

void TestDesktopNotifier::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("service"));
    QDBusConnection::disconnectFromBus(QStringLiteral("app"));
    m_daemon.terminate();
    m_daemon.waitForFinished();
}

void TestDesktopNotifier::noServiceNoDBus()
{
    QDBusConnection bus = QDBusConnection::connectToBus(m_address, QStringLiteral("app"));
    QVERIFY(bus.isConnected());
    DesktopNotifier notifier(bus);
    QVERIFY(notifier.route() != DesktopNotifier::Route::DBus);
}

void TestDesktopNotifier::notifyReachesTheService()
{
    QDBusConnection serviceBus = QDBusConnection::connectToBus(m_address, QStringLiteral("service"));
    QVERIFY(serviceBus.isConnected());
    FakeNotificationService service;
    QVERIFY(serviceBus.registerObject(QString::fromLatin1(DesktopNotifier::Path), &service,
                                      QDBusConnection::ExportAllSlots));
    QVERIFY(serviceBus.registerService(QString::fromLatin1(DesktopNotifier::Service)));

    QDBusConnection appBus = QDBusConnection::connectToBus(m_address, QStringLiteral("app"));
    DesktopNotifier notifier(appBus);
    QTRY_COMPARE(notifier.route(), DesktopNotifier::Route::DBus);

    WatchObservation change;
    change.at = QDateTime::currentDateTimeUtc();
    change.arn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1");
    change.name = QStringLiteral("camera-1");
    change.state = QStringLiteral("ACTIVE");
    change.changes.append({QStringLiteral("state"), QStringLiteral("INACTIVE"), QStringLiteral("ACTIVE")});
    const auto [title, body] = WatchController::notificationText(change);
    QSignalSpy notified(&service, &FakeNotificationService::notified);
    QCOMPARE(notifier.notify(title, body), DesktopNotifier::Route::DBus);
    QVERIFY(notified.wait(10000));
    QCOMPARE(service.calls.size(), 1);
    const FakeNotificationService::Call& call = service.calls.first();
    QCOMPARE(call.summary, QStringLiteral("camera-1 is ACTIVE"));
    QVERIFY2(call.body.contains(QStringLiteral("INACTIVE → ACTIVE")), qPrintable(call.body));
    QVERIFY(call.body.contains(change.arn));
    QVERIFY(!call.body.contains(QStringLiteral("rt_")));
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("io.github.ivsinspector.IvsInspector"));
}

QTEST_MAIN(TestDesktopNotifier)
#include "TestDesktopNotifier.moc"
