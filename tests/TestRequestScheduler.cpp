#include "core/QtCompat.h"
#include "ivs/RequestScheduler.h"

#include <QTest>

// The scheduler against a hand-driven clock: at most 5 starts in any second
// (plus the margin for the trip to the service) per key, the rest in order as
// the second moves on, and keys independent.
class TestRequestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void fivePerSecondPerKey();
    void keysAreIndependent();
    void startsInOrder();
    void startThatSchedulesMore();

private:
    QDateTime m_now = QtCompat::utcDateTime(QDate(2026, 1, 1), QTime(0, 0));
};

void TestRequestScheduler::fivePerSecondPerKey()
{
    RequestScheduler scheduler(5);
    scheduler.setClock([this] { return m_now; });
    int started = 0;
    for (int i = 0; i < 12; ++i) {
        scheduler.schedule(QStringLiteral("123456789012/us-east-1"), [&started] { ++started; });
    }
    QCOMPARE(started, 5);
    QCOMPARE(scheduler.pending(), 7);
    m_now = m_now.addMSecs(999);
    scheduler.drain();
    QCOMPARE(started, 5); // still inside the same second
    m_now = m_now.addMSecs(1);
    scheduler.drain();
    QCOMPARE(started, 5); // a second has passed, but not the margin
    m_now = m_now.addMSecs(RequestScheduler::DefaultMarginMs);
    scheduler.drain();
    QCOMPARE(started, 10);
    m_now = m_now.addMSecs(1000 + RequestScheduler::DefaultMarginMs);
    scheduler.drain();
    QCOMPARE(started, 12);
    QCOMPARE(scheduler.pending(), 0);
}

void TestRequestScheduler::keysAreIndependent()
{
    RequestScheduler scheduler(5);
    scheduler.setClock([this] { return m_now; });
    int east = 0;
    int west = 0;
    for (int i = 0; i < 6; ++i) {
        scheduler.schedule(QStringLiteral("1/us-east-1"), [&east] { ++east; });
        scheduler.schedule(QStringLiteral("1/us-west-2"), [&west] { ++west; });
    }
    QCOMPARE(east, 5);
    QCOMPARE(west, 5);
}

void TestRequestScheduler::startsInOrder()
{
    RequestScheduler scheduler(2);
    scheduler.setClock([this] { return m_now; });
    QList<int> order;
    for (int i = 0; i < 5; ++i) {
        scheduler.schedule(QStringLiteral("k"), [&order, i] { order.append(i); });
    }
    m_now = m_now.addSecs(2);
    scheduler.drain();
    m_now = m_now.addSecs(2);
    scheduler.drain();
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
}

void TestRequestScheduler::startThatSchedulesMore()
{
    RequestScheduler scheduler(5);
    scheduler.setClock([this] { return m_now; });
    int inner = 0;
    scheduler.schedule(QStringLiteral("a"), [&] { scheduler.schedule(QStringLiteral("b"), [&inner] { ++inner; }); });
    QCOMPARE(inner, 1);
}

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "TestRequestScheduler.moc"
