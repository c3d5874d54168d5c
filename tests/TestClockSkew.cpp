#include "aws/AwsTransport.h"
#include "aws/ClockSkew.h"
#include "core/QtCompat.h"

#include <QLocale>
#include <QTest>
#include <QUrl>

// Clock-skew correction within reason: learnt per endpoint from its Date
// header, applied from 4 minutes off, never beyond a day (a Date of year 9999
// or 0001 is ignored), and unreadable dates change nothing.
class TestClockSkew : public QObject
{
    Q_OBJECT

private slots:
    void observations_data();
    void observations();
    void boundIsADay();
    void eachEndpointHasItsOwnClock();

private:
    static QByteArray httpDate(const QDateTime& time)
    {
        return QLocale::c().toString(time, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    }
};

namespace
{
const QDateTime kNow = QtCompat::utcDateTime(QDate(2026, 6, 1), QTime(12, 0, 0));
}

void TestClockSkew::observations_data()
{
    using O = ClockSkew::Observation;
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<int>("observation");
    QTest::addColumn<qint64>("offsetMs");
    QTest::newRow("in step") << httpDate(kNow.addSecs(2)) << int(O::Unchanged) << qint64(0);
    QTest::newRow("under the threshold") << httpDate(kNow.addSecs(-200)) << int(O::Unchanged) << qint64(0);
    QTest::newRow("ten minutes ahead") << httpDate(kNow.addSecs(600)) << int(O::Corrected) << qint64(600000);
    QTest::newRow("an hour behind") << httpDate(kNow.addSecs(-3600)) << int(O::Corrected) << qint64(-3600000);
    QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << int(O::Implausible) << qint64(0);
    QTest::newRow("year 0001") << QByteArray("Mon, 01 Jan 0001 00:00:00 GMT") << int(O::Implausible) << qint64(0);
    QTest::newRow("garbage") << QByteArray("\x1b[2J soon") << int(O::Unreadable) << qint64(0);
    QTest::newRow("empty") << QByteArray() << int(O::Unreadable) << qint64(0);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << int(O::Unreadable) << qint64(0);
}

void TestClockSkew::observations()
{
    QFETCH(QByteArray, date);
    QFETCH(int, observation);
    QFETCH(qint64, offsetMs);
    ClockSkew clock;
    QCOMPARE(int(clock.observe(date, kNow)), observation);
    QCOMPARE(clock.offsetMs(), offsetMs);
    QCOMPARE(clock.correctedNow(kNow), kNow.addMSecs(offsetMs));
}

void TestClockSkew::boundIsADay()
{
    ClockSkew clock;
    QCOMPARE(clock.observe(httpDate(kNow.addSecs(23 * 3600)), kNow), ClockSkew::Observation::Corrected);
    QCOMPARE(clock.offsetMs(), qint64(23) * 3600 * 1000);
    // A day and a minute is not believed, and the correction already made stays.
    QCOMPARE(clock.observe(httpDate(kNow.addSecs(24 * 3600 + 60)), kNow), ClockSkew::Observation::Implausible);
    QCOMPARE(clock.offsetMs(), qint64(23) * 3600 * 1000);
    QCOMPARE(clock.rejectedSkewMs(), (qint64(24) * 3600 + 60) * 1000);
    // Back in step: the correction is dropped again.
    QCOMPARE(clock.observe(httpDate(kNow), kNow), ClockSkew::Observation::Corrected);
    QCOMPARE(clock.offsetMs(), qint64(0));
}

void TestClockSkew::eachEndpointHasItsOwnClock()
{
    AwsTransport transport;
    const QUrl ivs(QStringLiteral("https://ivsrealtime.us-east-1.amazonaws.com/GetStage"));
    const QUrl sts(QStringLiteral("https://sts.us-east-1.amazonaws.com/"));
    const QUrl otherPort(QStringLiteral("https://ivsrealtime.us-east-1.amazonaws.com:8443/"));
    QCOMPARE(transport.clockFor(ivs).observe(httpDate(kNow.addSecs(900)), kNow), ClockSkew::Observation::Corrected);
    QCOMPARE(transport.clockFor(ivs).offsetMs(), qint64(900000));
    // The same endpoint, another path: the same clock.
    QCOMPARE(transport.clockFor(QUrl(QStringLiteral("https://ivsrealtime.us-east-1.amazonaws.com/Other"))).offsetMs(),
             qint64(900000));
    QCOMPARE(transport.clockFor(sts).offsetMs(), qint64(0));
    QCOMPARE(transport.clockFor(otherPort).offsetMs(), qint64(0));
    // Another transport (another window or run) learnt nothing.
    AwsTransport other;
    QCOMPARE(other.clockFor(ivs).offsetMs(), qint64(0));
}

QTEST_GUILESS_MAIN(TestClockSkew)
#include "TestClockSkew.moc"
