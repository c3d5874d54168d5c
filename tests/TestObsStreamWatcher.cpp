#include "FakeObsWebSocket.h"

#include "obs/ObsSession.h"
#include "obs/ObsWebSocketClient.h"

#include <QTest>

// How ObsSession::startAndWatch() decides, against the fake obs-websocket:
// live only when bytes flow, ended when an active stream stops, never
// started, stalled, and a refused StartStream. The real OBS's live and
// refused-key cases are in TestObsRealStream.
class TestObsStreamWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bytesFlowingIsLive();
    void activeThenStoppedIsEnded();
    void stoppedBeforeActiveIsNeverStarted();
    void acceptedButNeverActiveIsNeverStarted();
    void activeWithoutBytesTimesOut();
    void refusedStartStreamFails();

private:
    FakeObsWebSocket* m_fake = nullptr;
    ObsSession* m_session = nullptr;

    void answerStatus(bool active, qint64 bytes);
    ObsStreamOutcome startAndWatch(int timeoutMs);
};

void TestObsStreamWatcher::init()
{
    m_fake = new FakeObsWebSocket(this);
    QVERIFY(m_fake->listen());
    m_fake->setAnswer(QStringLiteral("StartStream"), {});
    m_fake->setAnswer(QStringLiteral("StopStream"), {});
    answerStatus(false, 0);
    m_session = new ObsSession(this);
    std::optional<ObsError> connected;
    m_session->connectToObs(m_fake->url(), ObsPassword::none(), [&](const ObsError& error) { connected = error; });
    QTRY_VERIFY(connected.has_value());
    QVERIFY(!connected->isError());
}

void TestObsStreamWatcher::cleanup()
{
    delete m_session;
    delete m_fake;
}

void TestObsStreamWatcher::answerStatus(bool active, qint64 bytes)
{
    FakeObsWebSocket::Answer answer;
    answer.data = {{QStringLiteral("outputActive"), active},   {QStringLiteral("outputReconnecting"), false},
                   {QStringLiteral("outputBytes"), bytes},     {QStringLiteral("outputDuration"), 1000},
                   {QStringLiteral("outputSkippedFrames"), 0}, {QStringLiteral("outputTotalFrames"), 30}};
    m_fake->setAnswer(QStringLiteral("GetStreamStatus"), answer);
}

ObsStreamOutcome TestObsStreamWatcher::startAndWatch(int timeoutMs)
{
    std::optional<ObsStreamOutcome> outcome;
    m_session->startAndWatch(timeoutMs, [&](const ObsStreamOutcome& o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs + 5000)) {
        qWarning("the watcher never reported");
    }
    return outcome.value_or(ObsStreamOutcome());
}

void TestObsStreamWatcher::bytesFlowingIsLive()
{
    answerStatus(true, 1000);
    QTimer::singleShot(800, this, [this] { answerStatus(true, 50000); });
    const ObsStreamOutcome outcome = startAndWatch(10000);
    QCOMPARE(outcome.result, ObsStreamOutcome::Result::Live);
    QVERIFY(outcome.everActive);
    QCOMPARE(outcome.lastStatus.outputBytes, 50000);
}

void TestObsStreamWatcher::activeThenStoppedIsEnded()
{
    answerStatus(true, 1000); // active, but nothing flows yet
    QTimer::singleShot(800, this, [this] {
        answerStatus(false, 1000);
        m_fake->sendEvent(QStringLiteral("StreamStateChanged"),
                          {{QStringLiteral("outputActive"), false},
                           {QStringLiteral("outputState"), QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED")}});
    });
    const ObsStreamOutcome outcome = startAndWatch(10000);
    QCOMPARE(outcome.result, ObsStreamOutcome::Result::Ended);
    QVERIFY(outcome.message.contains(QLatin1String("stream key")));
}

void TestObsStreamWatcher::stoppedBeforeActiveIsNeverStarted()
{
    // What the real OBS 29 does when the server refuses the key.
    QTimer::singleShot(300, this, [this] {
        m_fake->sendEvent(QStringLiteral("StreamStateChanged"),
                          {{QStringLiteral("outputActive"), false},
                           {QStringLiteral("outputState"), QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED")}});
    });
    const ObsStreamOutcome outcome = startAndWatch(10000);
    QCOMPARE(outcome.result, ObsStreamOutcome::Result::NeverStarted);
    QCOMPARE(outcome.states, QStringList{QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED")});
    QVERIFY(outcome.message.contains(QLatin1String("refused")));
}

void TestObsStreamWatcher::acceptedButNeverActiveIsNeverStarted()
{
    // OBS 29 waiting on its first-start dialog: StartStream succeeds, nothing streams.
    const ObsStreamOutcome outcome = startAndWatch(1500);
    QCOMPARE(outcome.result, ObsStreamOutcome::Result::NeverStarted);
    QVERIFY(outcome.message.contains(QLatin1String("accepted StartStream")));
}

void TestObsStreamWatcher::activeWithoutBytesTimesOut()
{
    answerStatus(true, 4096);
    const ObsStreamOutcome outcome = startAndWatch(1500);
    QCOMPARE(outcome.result, ObsStreamOutcome::Result::TimedOut);
    QVERIFY(outcome.everActive);
}

void TestObsStreamWatcher::refusedStartStreamFails()
{
    m_fake->setAnswer(QStringLiteral("StartStream"), {false, 500, QStringLiteral("Stream already active."), {}, false});
    const ObsStreamOutcome outcome = startAndWatch(5000);
    QCOMPARE(outcome.result, ObsStreamOutcome::Result::Failed);
    QCOMPARE(outcome.error.kind, ObsError::Kind::RequestFailed);
    QCOMPARE(outcome.error.requestStatus, 500);
    QVERIFY(outcome.message.contains(QLatin1String("stop streaming")));
}

QTEST_GUILESS_MAIN(TestObsStreamWatcher)
#include "TestObsStreamWatcher.moc"
