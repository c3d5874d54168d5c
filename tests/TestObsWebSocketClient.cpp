#include "FakeObsWebSocket.h"
#include "LoopbackPort.h"
#include "OnPublishReceiver.h"

#include "obs/ObsSession.h"
#include "obs/ObsWebSocketClient.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

// The obs-websocket 5 protocol against a fake server: authentication, every
// typed failure (nothing listening, password missing or wrong, version 4,
// RPC refused, garbage, silence, request errors and timeouts, a lost
// connection) and that the password never shows up in a message or the log.
class TestObsWebSocketClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void identifiesWithThePassword();
    void identifiesWithoutAuthentication();
    void wrongPasswordIsRefused();
    void missingPasswordIsSaidBeforeIdentify();
    void version4ServerIsTooOld();
    void rpcVersionRefusedIsTooOld();
    void garbageIsAProtocolError();
    void silentServerTimesOut();
    void nothingListeningIsNotRunning();
    void plainHttpServerIsAProtocolError();
    void requestFailureCarriesObsStatus();
    void requestWithoutAnswerTimesOut();
    void notReadyIsAskedAgain();
    void notReadyForTooLongFailsWithAdvice();
    void lostConnectionFailsPendingRequests();
    void eventsArrive();
    void sessionComparesThenSetsTheService();
    void sessionAppliesAndRestoresAPlan();
    void passwordNeverInMessagesOrLog();

private:
    FakeObsWebSocket* m_fake = nullptr;
    const QString m_password = QStringLiteral("correct horse battery staple 4455");

    static ObsWebSocketClient::Timeouts fast();
    // Opens and waits; returns the failure (None when identified).
    static ObsError open(ObsWebSocketClient& client, const QUrl& url, const QString& password);
    static ObsReply call(ObsWebSocketClient& client, const QString& type, const QJsonObject& data = {});
    static QStringList s_log;
    static void captureLog(QtMsgType, const QMessageLogContext&, const QString& message);
};

QStringList TestObsWebSocketClient::s_log;

void TestObsWebSocketClient::captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    s_log.append(message);
}

void TestObsWebSocketClient::init()
{
    m_fake = new FakeObsWebSocket(this);
    m_fake->setPassword(m_password);
    QVERIFY(m_fake->listen());
}

void TestObsWebSocketClient::cleanup()
{
    delete m_fake;
    m_fake = nullptr;
}

ObsWebSocketClient::Timeouts TestObsWebSocketClient::fast()
{
    ObsWebSocketClient::Timeouts timeouts;
    timeouts.connectMs = 3000;
    timeouts.helloMs = 500;
    timeouts.identifyMs = 1000;
    timeouts.requestMs = 1000;
    return timeouts;
}

ObsError TestObsWebSocketClient::open(ObsWebSocketClient& client, const QUrl& url, const QString& password)
{
    QSignalSpy identified(&client, &ObsWebSocketClient::identified);
    QSignalSpy failed(&client, &ObsWebSocketClient::failed);
    client.setTimeouts(fast());
    client.open(url, password);
    if (!QTest::qWaitFor([&] { return identified.count() + failed.count() > 0; }, 10000)) {
        return ObsError::protocol(QStringLiteral("the test saw neither identified() nor failed()"));
    }
    return failed.isEmpty() ? ObsError() : failed.first().first().value<ObsError>();
}

ObsReply TestObsWebSocketClient::call(ObsWebSocketClient& client, const QString& type, const QJsonObject& data)
{
    std::optional<ObsReply> reply;
    client.request(type, data, &client, [&](const ObsReply& answer) { reply = answer; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000)) {
        qWarning("no answer to %s", qPrintable(type));
    }
    return reply.value_or(ObsReply{type, {}, ObsError::protocol(QStringLiteral("no callback"))});
}

void TestObsWebSocketClient::identifiesWithThePassword()
{
    ObsWebSocketClient client;
    const ObsError error = open(client, m_fake->url(), m_password);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(client.isIdentified());
    QCOMPARE(client.serverVersion(), QStringLiteral("5.1.0"));
    QCOMPARE(m_fake->lastAuthentication(),
             FakeObsWebSocket::expectedAuthentication(m_password,
                                                      QStringLiteral("lM1GncleQOaCu9lT1yeUZhFYnqhsLLP1G5lAGo3ixaI="),
                                                      QStringLiteral("+IxH4CnCiqpX1rM9scsNynZzbOe4KhDeYcTNS3PDaeY=")));
    const ObsReply reply = call(client, QStringLiteral("GetVersion"));
    QVERIFY2(reply.ok(), qPrintable(reply.error.message));
    QCOMPARE(reply.data.value(QStringLiteral("obsVersion")).toString(), QStringLiteral("29.0.2"));
}

void TestObsWebSocketClient::identifiesWithoutAuthentication()
{
    m_fake->setPassword(QString());
    ObsWebSocketClient client;
    QVERIFY(!open(client, m_fake->url(), QString()).isError());
    QVERIFY(m_fake->lastAuthentication().isEmpty());
}

void TestObsWebSocketClient::wrongPasswordIsRefused()
{
    ObsWebSocketClient client;
    const ObsError error = open(client, m_fake->url(), QStringLiteral("not the password"));
    QCOMPARE(error.kind, ObsError::Kind::WrongPassword);
    QCOMPARE(error.closeCode, 4009);
    QVERIFY(error.message.contains(QLatin1String("password")));
    QVERIFY(!client.isIdentified());
}

void TestObsWebSocketClient::missingPasswordIsSaidBeforeIdentify()
{
    ObsWebSocketClient client;
    const ObsError error = open(client, m_fake->url(), QString());
    QCOMPARE(error.kind, ObsError::Kind::PasswordRequired);
    QVERIFY(error.message.contains(QLatin1String("OBS_WEBSOCKET_PASSWORD")));
    QCOMPARE(m_fake->identifyCount(), 0);
}

void TestObsWebSocketClient::version4ServerIsTooOld()
{
    m_fake->setMode(FakeObsWebSocket::Mode::Version4);
    ObsWebSocketClient client;
    const ObsError error = open(client, m_fake->url(), m_password);
    QCOMPARE(error.kind, ObsError::Kind::UnsupportedVersion);
    QVERIFY2(error.message.contains(QLatin1String("4.9.1")), qPrintable(error.message));
}

void TestObsWebSocketClient::rpcVersionRefusedIsTooOld()
{
    m_fake->setRefuseRpcVersion(true);
    ObsWebSocketClient client;
    const ObsError error = open(client, m_fake->url(), m_password);
    QCOMPARE(error.kind, ObsError::Kind::UnsupportedVersion);
    QCOMPARE(error.closeCode, 4010);
}

void TestObsWebSocketClient::garbageIsAProtocolError()
{
    m_fake->setMode(FakeObsWebSocket::Mode::Garbage);
    ObsWebSocketClient client;
    QCOMPARE(open(client, m_fake->url(), m_password).kind, ObsError::Kind::ProtocolError);
}

void TestObsWebSocketClient::silentServerTimesOut()
{
    m_fake->setMode(FakeObsWebSocket::Mode::Silent);
    ObsWebSocketClient client;
    QElapsedTimer elapsed;
    elapsed.start();
    const ObsError error = open(client, m_fake->url(), m_password);
    QCOMPARE(error.kind, ObsError::Kind::Timeout);
    QVERIFY(elapsed.elapsed() >= 1400); // Hello, then the version 4 probe
}

void TestObsWebSocketClient::nothingListeningIsNotRunning()
{
    const quint16 port = LoopbackPort::free();
    ObsWebSocketClient client;
    const ObsError error = open(client, QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)), m_password);
    QCOMPARE(error.kind, ObsError::Kind::NotRunning);
    QVERIFY(error.message.contains(QLatin1String("OBS is not running")));
}

void TestObsWebSocketClient::plainHttpServerIsAProtocolError()
{
    // Something else on the port: an HTTP server that answers 200, not 101.
    OnPublishReceiver http;
    QVERIFY(http.listen());
    ObsWebSocketClient client;
    QUrl url = http.url();
    url.setScheme(QStringLiteral("ws"));
    const ObsError error = open(client, url, m_password);
    QCOMPARE(error.kind, ObsError::Kind::ProtocolError);
    QVERIFY2(error.message.contains(QLatin1String("handshake")), qPrintable(error.message));
}

void TestObsWebSocketClient::requestFailureCarriesObsStatus()
{
    m_fake->setAnswer(QStringLiteral("StartStream"),
                      {false, 500, QStringLiteral("The stream output is already active."), {}, false});
    ObsWebSocketClient client;
    QVERIFY(!open(client, m_fake->url(), m_password).isError());
    const ObsReply reply = call(client, QStringLiteral("StartStream"));
    QCOMPARE(reply.error.kind, ObsError::Kind::RequestFailed);
    QCOMPARE(reply.error.requestStatus, 500);
    QCOMPARE(reply.error.requestType, QStringLiteral("StartStream"));
    QCOMPARE(reply.error.comment, QStringLiteral("The stream output is already active."));
    QVERIFY(reply.error.message.contains(QLatin1String("already active")));
    // An unknown request: OBS's own code 204.
    QCOMPARE(call(client, QStringLiteral("NoSuchRequest")).error.requestStatus, 204);
    QVERIFY(client.isIdentified()); // a failed request leaves the connection usable
}

void TestObsWebSocketClient::requestWithoutAnswerTimesOut()
{
    m_fake->setAnswer(QStringLiteral("GetStreamStatus"), {true, 100, {}, {}, true});
    ObsWebSocketClient client;
    QVERIFY(!open(client, m_fake->url(), m_password).isError());
    const ObsReply reply = call(client, QStringLiteral("GetStreamStatus"));
    QCOMPARE(reply.error.kind, ObsError::Kind::Timeout);
    QCOMPARE(reply.error.requestType, QStringLiteral("GetStreamStatus"));
    QVERIFY(call(client, QStringLiteral("GetVersion")).ok());
}

void TestObsWebSocketClient::notReadyIsAskedAgain()
{
    // OBS 30 opens its WebSocket before it has finished loading and answers
    // NotReady (207) meanwhile; the request is asked again, with its data.
    ObsWebSocketClient client;
    QVERIFY(!open(client, m_fake->url(), m_password).isError());
    m_fake->notReadyCount = 2;
    const QJsonObject data{{QStringLiteral("parameterCategory"), QStringLiteral("SimpleOutput")},
                           {QStringLiteral("parameterName"), QStringLiteral("VBitrate")}};
    const ObsReply reply = call(client, QStringLiteral("GetProfileParameter"), data);
    QVERIFY2(reply.ok(), qPrintable(reply.error.message));
    QCOMPARE(reply.data.value(QStringLiteral("parameterValue")).toString(), QStringLiteral("2500"));
    QCOMPARE(m_fake->requests.size(), 3);
    for (const auto& request : std::as_const(m_fake->requests)) {
        QCOMPARE(request.first, QStringLiteral("GetProfileParameter"));
        QCOMPARE(request.second, data);
    }
}

void TestObsWebSocketClient::notReadyForTooLongFailsWithAdvice()
{
    // Still not ready when the request's time is up: OBS's answer, and what
    // to do about it.
    ObsWebSocketClient client;
    QVERIFY(!open(client, m_fake->url(), m_password).isError());
    m_fake->notReadyCount = 1000;
    const ObsReply reply = call(client, QStringLiteral("GetVersion"));
    QCOMPARE(reply.error.kind, ObsError::Kind::RequestFailed);
    QCOMPARE(reply.error.requestStatus, 207);
    QVERIFY2(reply.error.message.contains(QLatin1String("still loading")), qPrintable(reply.error.message));
    QVERIFY(m_fake->requests.size() > 1);
    QVERIFY(client.isIdentified());
}

void TestObsWebSocketClient::lostConnectionFailsPendingRequests()
{
    m_fake->setAnswer(QStringLiteral("GetStreamStatus"), {true, 100, {}, {}, true});
    ObsWebSocketClient client;
    QVERIFY(!open(client, m_fake->url(), m_password).isError());
    QSignalSpy failed(&client, &ObsWebSocketClient::failed);
    std::optional<ObsReply> reply;
    client.request(QStringLiteral("GetStreamStatus"), {}, this, [&](const ObsReply& answer) { reply = answer; });
    QTRY_COMPARE(m_fake->requests.size(), 1);
    m_fake->closeClients(1001); // OBS quitting
    QTRY_VERIFY(reply.has_value());
    QCOMPARE(reply->error.kind, ObsError::Kind::Disconnected);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!client.isIdentified());
}

void TestObsWebSocketClient::eventsArrive()
{
    ObsWebSocketClient client;
    QVERIFY(!open(client, m_fake->url(), m_password).isError());
    QSignalSpy events(&client, &ObsWebSocketClient::eventReceived);
    m_fake->sendEvent(QStringLiteral("StreamStateChanged"),
                      {{QStringLiteral("outputActive"), true},
                       {QStringLiteral("outputState"), QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED")}});
    QVERIFY(events.wait(5000));
    QCOMPARE(events.first().at(0).toString(), QStringLiteral("StreamStateChanged"));
    QCOMPARE(events.first().at(1).toJsonObject().value(QStringLiteral("outputState")).toString(),
             QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED"));
}

void TestObsWebSocketClient::sessionComparesThenSetsTheService()
{
    m_fake->streamService = {
        {QStringLiteral("streamServiceType"), QStringLiteral("rtmp_custom")},
        {QStringLiteral("streamServiceSettings"),
         QJsonObject{{QStringLiteral("server"), QStringLiteral("rtmps://old.example:443/app/")},
                     {QStringLiteral("key"), QStringLiteral("rt_111111111111_us-west-2_OldOldOld111_oldsecret99")}}}};
    ObsSession session;
    session.client()->setTimeouts(fast());
    std::optional<ObsError> connected;
    session.connectToObs(
        m_fake->url(), [this] { return m_password; }, [&](const ObsError& e) { connected = e; });
    QTRY_VERIFY(connected.has_value());
    QVERIFY(!connected->isError());
    const QString newKey = QStringLiteral("rt_123456789012_us-east-1_AbCdEfGh1234_newsecret42");
    std::optional<ObsServiceComparison> comparison;
    session.compareService(QStringLiteral("rtmp://127.0.0.1:1935/app/"), newKey,
                           [&](const ObsServiceComparison& c, const ObsError&) { comparison = c; });
    QTRY_VERIFY(comparison.has_value());
    QVERIFY(comparison->replacesSomething());
    QCOMPARE(comparison->currentServer, QStringLiteral("rtmps://old.example:443/app/"));
    QCOMPARE(comparison->currentKeyMasked, QStringLiteral("rt_111111111111_us-west-2_OldOldOld111_<redacted>"));
    QCOMPARE(comparison->newKeyMasked, QStringLiteral("rt_123456789012_us-east-1_AbCdEfGh1234_<redacted>"));
    std::optional<ObsError> set;
    session.setService(QStringLiteral("rtmp://127.0.0.1:1935/app/"), newKey, [&](const ObsError& e) { set = e; });
    QTRY_VERIFY(set.has_value());
    QVERIFY(!set->isError());
    QCOMPARE(m_fake->streamService.value(QStringLiteral("streamServiceType")).toString(),
             QStringLiteral("rtmp_custom"));
    comparison.reset();
    session.compareService(QStringLiteral("rtmp://127.0.0.1:1935/app/"), newKey,
                           [&](const ObsServiceComparison& c, const ObsError&) { comparison = c; });
    QTRY_VERIFY(comparison.has_value());
    QVERIFY(comparison->alreadySet());
}

void TestObsWebSocketClient::sessionAppliesAndRestoresAPlan()
{
    ObsSession session;
    session.client()->setTimeouts(fast());
    std::optional<ObsError> result;
    session.connectToObs(
        m_fake->url(), [this] { return m_password; }, [&](const ObsError& e) { result = e; });
    QTRY_VERIFY(result.has_value());
    ObsFixPlan plan;
    plan.changes = {{QStringLiteral("SimpleOutput"), QStringLiteral("UseAdvanced"), QStringLiteral("false"),
                     QStringLiteral("true")},
                    {QStringLiteral("SimpleOutput"), QStringLiteral("x264Settings"), std::nullopt,
                     QStringLiteral("bframes=0 keyint=60 profile=baseline")},
                    {ObsParameterChange::videoCategory(), QStringLiteral("outputWidth"), QStringLiteral("1024"),
                     QStringLiteral("960")},
                    {ObsParameterChange::videoCategory(), QStringLiteral("outputHeight"), QStringLiteral("640"),
                     QStringLiteral("600")}};
    result.reset();
    session.applyPlan(plan, [&](const ObsError& e) { result = e; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(!result->isError(), qPrintable(result->message));
    QCOMPARE(m_fake->profile.value(QStringLiteral("SimpleOutput/x264Settings")),
             QStringLiteral("bframes=0 keyint=60 profile=baseline"));
    // The two video fields went together, as SetVideoSettings wants them.
    QCOMPARE(m_fake->requests.last().first, QStringLiteral("SetVideoSettings"));
    QCOMPARE(m_fake->requests.last().second,
             (QJsonObject{{QStringLiteral("outputWidth"), 960}, {QStringLiteral("outputHeight"), 600}}));
    result.reset();
    session.applyPlan(plan.restorePlan(), [&](const ObsError& e) { result = e; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!m_fake->profile.contains(QStringLiteral("SimpleOutput/x264Settings"))); // deleted again
    QCOMPARE(m_fake->profile.value(QStringLiteral("SimpleOutput/UseAdvanced")), QStringLiteral("false"));
    QCOMPARE(m_fake->video.value(QStringLiteral("outputWidth")).toInt(), 1024);
}

void TestObsWebSocketClient::passwordNeverInMessagesOrLog()
{
    s_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("ivs.*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QStringList messages;
    for (auto mode :
         {FakeObsWebSocket::Mode::Version5, FakeObsWebSocket::Mode::Version4, FakeObsWebSocket::Mode::Garbage}) {
        m_fake->setMode(mode);
        for (const QString& password : {m_password, m_password + QStringLiteral("-wrong")}) {
            ObsWebSocketClient client;
            messages.append(open(client, m_fake->url(), password).message);
            if (client.isIdentified()) {
                messages.append(call(client, QStringLiteral("NoSuchRequest")).error.message);
            }
        }
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(s_log.size() > 10);
    for (const QString& text : messages + s_log) {
        QVERIFY2(!text.contains(QLatin1String("correct horse")), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestObsWebSocketClient)
#include "TestObsWebSocketClient.moc"
