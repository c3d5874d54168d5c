#include "demo/FakeIvsServer.h"

#include "aws/AwsTransport.h"
#include "aws/SigV4Signer.h"
#include "core/QtCompat.h"
#include "ivs/GetIngestConfigurationCall.h"
#include "ivs/IvsClient.h"
#include "ivs/RequestScheduler.h"

#include <QAbstractSocket>
#include <QSignalSpy>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

Q_DECLARE_METATYPE(AwsError::Category)
Q_DECLARE_METATYPE(FakeIvsServer::Fault)

// The real client against the loopback fake endpoint, which checks every
// request's signature from the bytes it received.
class TestIvsClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fixtures_data();
    void fixtures();
    void wireCarriesExactlySignedHeaders();
    void sessionTokenIsSentAndSigned();
    void serviceErrors_data();
    void serviceErrors();
    void validationFromService();
    void wrongSecretIsRejected();
    void faults_data();
    void faults();
    void recoversFromTransientFaults_data();
    void recoversFromTransientFaults();
    void wrongContentTypeStillReads();
    void neverRetriesWhatCannotSucceed_data();
    void neverRetriesWhatCannotSucceed();
    void clockTenMinutesOffIsCorrected();
    void plainHttpOnlyToLoopback();
    void cancelDuringBackoff();
    void readTimeout();
    void connectTimeout();
    void cancelStopsEverything();
    void connectionRefused();
    void tlsHandshakeFailure();
    void invalidEndpointFailsLater();

private:
    AwsTransport* m_transport = nullptr;
    RequestScheduler* m_scheduler = nullptr;
    FakeIvsServer* m_server = nullptr;
    IvsClient* m_client = nullptr;

    IvsClientConfig config(const QUrl& url) const;
    GetIngestConfigurationCall* get(const QString& id, const QString& account = QStringLiteral("123456789012"));
    static bool waitFor(IvsCall* call, int timeoutMs = 10000);
};

IvsClientConfig TestIvsClient::config(const QUrl& url) const
{
    IvsClientConfig config;
    config.endpoint.url = url;
    config.endpoint.region = QStringLiteral("us-east-1");
    config.endpoint.signingName = QStringLiteral("ivs");
    config.accountId = QStringLiteral("123456789012");
    config.credentials = {QString::fromLatin1(FakeIvsServer::AccessKeyId),
                          QString::fromLatin1(FakeIvsServer::SecretAccessKey), QString()};
    config.http.retryBaseDelayMs = 20; // the backoff's shape, at a test's pace
    return config;
}

void TestIvsClient::init()
{
    m_transport = new AwsTransport(this);
    m_scheduler = new RequestScheduler(5, this);
    m_server = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_server->listen());
    m_client = new IvsClient(m_transport, m_scheduler, this);
    m_client->setConfig(config(m_server->url()));
}

void TestIvsClient::cleanup()
{
    delete m_client;
    delete m_server;
    delete m_scheduler;
    delete m_transport;
}

GetIngestConfigurationCall* TestIvsClient::get(const QString& id, const QString& account)
{
    const IngestConfigurationArn arn = IngestConfigurationArn::parse(
        QStringLiteral("arn:aws:ivs:us-east-1:%1:ingest-configuration/%2").arg(account, id));
    return m_client->getIngestConfiguration(arn);
}

bool TestIvsClient::waitFor(IvsCall* call, int timeoutMs)
{
    if (call->isFinished()) {
        return true;
    }
    QSignalSpy spy(call, &IvsCall::finished);
    return spy.wait(timeoutMs) && spy.count() == 1;
}

void TestIvsClient::fixtures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("attributeCount");
    QTest::newRow("rtmps active") << QStringLiteral("RtmpsActive1") << QStringLiteral("RTMPS")
                                  << QStringLiteral("ACTIVE") << 2;
    QTest::newRow("rtmp unicode") << QStringLiteral("RtmpUnicode1") << QStringLiteral("RTMP")
                                  << QStringLiteral("INACTIVE") << 3;
    QTest::newRow("empty maps") << QStringLiteral("EmptyMaps1") << QStringLiteral("RTMPS") << QStringLiteral("INACTIVE")
                                << 0;
    QTest::newRow("redundant") << QStringLiteral("Redundant1") << QStringLiteral("RTMPS") << QStringLiteral("ACTIVE")
                               << 0;
    QTest::newRow("no stage") << QStringLiteral("NoStage1") << QStringLiteral("RTMPS") << QStringLiteral("INACTIVE")
                              << 0;
}

void TestIvsClient::fixtures()
{
    QFETCH(QString, id);
    QFETCH(QString, protocol);
    QFETCH(QString, state);
    QFETCH(int, attributeCount);
    GetIngestConfigurationCall* call = get(id);
    QVERIFY(waitFor(call));
    QVERIFY2(!call->error().isError(), qPrintable(call->error().message));
    QVERIFY(call->result().has_value());
    QCOMPARE(call->result()->arn, call->arn().toString());
    QCOMPARE(call->result()->ingestProtocol, protocol);
    QCOMPARE(call->result()->state, state);
    QCOMPARE(call->result()->attributes.size(), attributeCount);
    QCOMPARE(call->httpStatus(), 200);
    QVERIFY(!call->requestId().isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY2(m_server->requests().first().signatureValid, qPrintable(m_server->requests().first().signatureProblem));
}

void TestIvsClient::wireCarriesExactlySignedHeaders()
{
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QVERIFY(waitFor(call));
    QVERIFY(!call->error().isError());
    const RecordedRequest request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/GetIngestConfiguration"));
    QCOMPARE(request.header("Host"), "127.0.0.1:" + QByteArray::number(m_server->port()));
    QCOMPARE(request.headerCount("Host"), 1);
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.headerCount("Content-Type"), 1);
    QVERIFY(request.header("X-Amz-Date").endsWith('Z'));
    QVERIFY(request.header("User-Agent").startsWith("ivs-inspector/" IVS_VERSION));
    QCOMPARE(request.body,
             QByteArray(R"({"arn":"arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1"})"));
    QVERIFY(request.header("Authorization")
                .contains("/us-east-1/ivs/aws4_request, SignedHeaders=content-type;host;x-amz-date,"));
    QCOMPARE(request.headerCount("X-Amz-Security-Token"), 0);

    // Rebuild the signature independently of the client's own bookkeeping:
    // the bytes on the wire, signed again, give the header that was sent.
    SigV4Request resign;
    resign.method = request.method;
    resign.host = request.header("Host");
    resign.path = request.target;
    resign.headers = {{"Content-Type", request.header("Content-Type")}};
    resign.body = request.body;
    resign.region = QStringLiteral("us-east-1");
    resign.service = QStringLiteral("ivs");
    const QDateTime at = QtCompat::asUtc(QDateTime::fromString(QString::fromLatin1(request.header("X-Amz-Date")),
                                                               QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    const SigV4Result expected = SigV4Signer::sign(resign, config(m_server->url()).credentials, at);
    QCOMPARE(request.header("Authorization"), expected.authorization);
}

void TestIvsClient::sessionTokenIsSentAndSigned()
{
    const QString token = QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLE//+token==");
    m_server->addKey(QStringLiteral("ASIAEXAMPLETEMP"), QStringLiteral("temporarySecretForTests0001"), token);
    IvsClientConfig temporary = config(m_server->url());
    temporary.credentials = {QStringLiteral("ASIAEXAMPLETEMP"), QStringLiteral("temporarySecretForTests0001"), token};
    m_client->setConfig(temporary);
    GetIngestConfigurationCall* call = get(QStringLiteral("EmptyMaps1"));
    QVERIFY(waitFor(call));
    QVERIFY2(!call->error().isError(), qPrintable(call->error().message));
    const RecordedRequest request = m_server->requests().first();
    QCOMPARE(request.header("X-Amz-Security-Token"), token.toUtf8());
    QVERIFY(
        request.header("Authorization").contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,"));
    QVERIFY(request.signatureValid);
}

void TestIvsClient::serviceErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<AwsError::Category>("category");
    QTest::newRow("not found") << QStringLiteral("DoesNotExist") << QStringLiteral("123456789012") << 404
                               << QStringLiteral("ResourceNotFoundException") << AwsError::Category::NotFound;
    QTest::newRow("access denied") << QStringLiteral("RtmpsActive1") << QStringLiteral("210987654321") << 403
                                   << QStringLiteral("AccessDeniedException") << AwsError::Category::AccessDenied;
}

void TestIvsClient::serviceErrors()
{
    QFETCH(QString, id);
    QFETCH(QString, account);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(AwsError::Category, category);
    GetIngestConfigurationCall* call = get(id, account);
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().category, category);
    QCOMPARE(call->error().code, code);
    QCOMPARE(call->error().httpStatus, status);
    QVERIFY(call->error().fromService());
    QVERIFY(!call->error().message.isEmpty());
    QVERIFY(!call->error().requestId.isEmpty());
    QVERIFY(!call->result().has_value());
}

void TestIvsClient::validationFromService()
{
    // The command line and window refuse such an ARN before sending; the
    // client still maps the service's own answer.
    IvsCall* call = m_client->call(QStringLiteral("GetIngestConfiguration"),
                                   QJsonObject{{QStringLiteral("arn"), QStringLiteral("not-an-arn")}});
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().category, AwsError::Category::Validation);
    QCOMPARE(call->error().code, QStringLiteral("ValidationException"));
    QVERIFY(call->error().message.contains(QLatin1String("validation error")));
}

void TestIvsClient::wrongSecretIsRejected()
{
    IvsClientConfig wrong = config(m_server->url());
    wrong.credentials.secretAccessKey = QStringLiteral("notTheRightSecretKeyForAKIDEXAMPLE000000");
    m_client->setConfig(wrong);
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().category, AwsError::Category::Authentication);
    QCOMPARE(call->error().code, QStringLiteral("InvalidSignatureException"));
    QCOMPARE(call->error().httpStatus, 403);
    QVERIFY(!m_server->requests().first().signatureValid);
    // The secret never appears in what the user is told.
    QVERIFY(!call->error().message.contains(wrong.credentials.secretAccessKey));
}

void TestIvsClient::faults_data()
{
    using C = AwsError::Category;
    QTest::addColumn<FakeIvsServer::Fault>("fault");
    QTest::addColumn<C>("category");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("attempts"); // 3 for what the standard retry mode retries
    QTest::newRow("not json") << FakeIvsServer::Fault::NotJson << C::MalformedReply << QStringLiteral("not valid JSON")
                              << 1;
    QTest::newRow("truncated") << FakeIvsServer::Fault::Truncate << C::MalformedReply << QStringLiteral("closed after")
                               << 3;
    QTest::newRow("html 502") << FakeIvsServer::Fault::Html502 << C::ServerError << QStringLiteral("Bad Gateway") << 3;
    QTest::newRow("10 MiB body") << FakeIvsServer::Fault::Huge << C::TooLarge << QStringLiteral("1024 KiB") << 1;
    QTest::newRow("reset") << FakeIvsServer::Fault::Reset << C::Network << QString() << 3;
    QTest::newRow("throttled") << FakeIvsServer::Fault::Throttle << C::Throttling << QStringLiteral("Rate exceeded")
                               << 3;
    QTest::newRow("server error") << FakeIvsServer::Fault::ServerError << C::ServerError << QStringLiteral("internal")
                                  << 3;
}

void TestIvsClient::faults()
{
    // The fault every time: retried up to the limit where the SDKs retry,
    // then a typed error.
    QFETCH(FakeIvsServer::Fault, fault);
    QFETCH(AwsError::Category, category);
    QFETCH(QString, mentions);
    QFETCH(int, attempts);
    // Qt itself resends a request whose connection closed before any
    // answer, so a reset has to happen on each of its tries as well.
    m_server->queueFault(fault, fault == FakeIvsServer::Fault::Reset ? 20 : 3);
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QSignalSpy retries(call, &AwsHttpCall::retrying);
    QVERIFY(waitFor(call, 20000));
    QCOMPARE(call->error().category, category);
    QVERIFY2(call->error().message.contains(mentions), qPrintable(call->error().message));
    QCOMPARE(call->error().attempts, attempts);
    QCOMPARE(retries.count(), attempts - 1);
    QVERIFY(!call->result().has_value());
    QVERIFY(!call->error().advice().isEmpty());
}

void TestIvsClient::recoversFromTransientFaults_data()
{
    QTest::addColumn<FakeIvsServer::Fault>("fault");
    QTest::newRow("429 then success") << FakeIvsServer::Fault::Throttle;
    QTest::newRow("500 then success") << FakeIvsServer::Fault::ServerError;
    QTest::newRow("502 page then success") << FakeIvsServer::Fault::Html502;
    QTest::newRow("truncated then success") << FakeIvsServer::Fault::Truncate;
    QTest::newRow("stall then success") << FakeIvsServer::Fault::Stall;
    QTest::newRow("reset then success") << FakeIvsServer::Fault::Reset;
}

void TestIvsClient::recoversFromTransientFaults()
{
    QFETCH(FakeIvsServer::Fault, fault);
    IvsClientConfig config = this->config(m_server->url());
    config.http.readTimeoutMs = 300;
    m_client->setConfig(config);
    m_server->queueFault(fault);
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QSignalSpy retries(call, &AwsHttpCall::retrying);
    QVERIFY(waitFor(call));
    QVERIFY2(!call->error().isError(), qPrintable(call->error().message));
    QCOMPARE(call->result()->name, QStringLiteral("studio-a-main"));
    QCOMPARE(m_server->requests().size(), 2);
    if (fault == FakeIvsServer::Fault::Reset) {
        return; // Qt itself resent the request that met a closed connection
    }
    QCOMPARE(call->attempt(), 2);
    QCOMPARE(retries.count(), 1);
    QCOMPARE(retries.first().at(0).toInt(), 2); // attempt 2…
    QCOMPARE(retries.first().at(1).toInt(), 3); // …of 3
    // Each attempt is signed anew and says which it is.
    QVERIFY(m_server->requests().at(1).signatureValid);
    QCOMPARE(m_server->requests().at(1).header("amz-sdk-request"), QByteArray("attempt=2; max=3"));
}

void TestIvsClient::wrongContentTypeStillReads()
{
    m_server->queueFault(FakeIvsServer::Fault::WrongContentType);
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QVERIFY(waitFor(call));
    QVERIFY2(!call->error().isError(), qPrintable(call->error().message));
    QCOMPARE(call->result()->state, QStringLiteral("ACTIVE"));
}

void TestIvsClient::neverRetriesWhatCannotSucceed_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("account");
    QTest::newRow("not found") << QStringLiteral("Missing1") << QStringLiteral("123456789012");
    QTest::newRow("access denied") << QStringLiteral("RtmpsActive1") << QStringLiteral("111122223333");
}

void TestIvsClient::neverRetriesWhatCannotSucceed()
{
    QFETCH(QString, id);
    QFETCH(QString, account);
    GetIngestConfigurationCall* call = get(id, account);
    QVERIFY(waitFor(call));
    QVERIFY(call->error().isError());
    QCOMPARE(call->error().attempts, 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestIvsClient::clockTenMinutesOffIsCorrected()
{
    // The server's clock is 10 minutes ahead of ours: the first request's
    // signature has "expired"; its Date header tells the difference.
    m_server->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(600); });
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QSignalSpy corrected(call, &AwsHttpCall::clockSkewCorrected);
    QVERIFY(waitFor(call));
    QVERIFY2(!call->error().isError(), qPrintable(call->error().message));
    QCOMPARE(corrected.count(), 1);
    QVERIFY(qAbs(call->clockSkewCorrectedMs() - 600000) < 5000);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(!m_server->requests().at(0).signatureValid);
    QVERIFY(m_server->requests().at(0).signatureProblem.contains(QLatin1String("Signature expired")));
    QVERIFY(m_server->requests().at(1).signatureValid);
    // Later requests are signed with the corrected clock from the start.
    GetIngestConfigurationCall* later = get(QStringLiteral("EmptyMaps1"));
    QVERIFY(waitFor(later));
    QVERIFY(!later->error().isError());
    QCOMPARE(m_server->requests().size(), 3);
}

void TestIvsClient::plainHttpOnlyToLoopback()
{
    IvsClientConfig remote = config(QUrl(QStringLiteral("http://ivs.example.com:8080")));
    m_client->setConfig(remote);
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().category, AwsError::Category::InsecureEndpoint);
    QVERIFY(call->error().message.contains(QLatin1String("nothing was sent")));
    QCOMPARE(call->error().attempts, 0);
    QVERIFY(AwsHttpCall::isLoopbackHost(QStringLiteral("127.0.0.1")));
    QVERIFY(AwsHttpCall::isLoopbackHost(QStringLiteral("127.8.9.10")));
    QVERIFY(AwsHttpCall::isLoopbackHost(QStringLiteral("::1")));
    QVERIFY(AwsHttpCall::isLoopbackHost(QStringLiteral("LOCALHOST")));
    QVERIFY(!AwsHttpCall::isLoopbackHost(QStringLiteral("10.0.0.1")));
    QVERIFY(!AwsHttpCall::isLoopbackHost(QStringLiteral("localhost.example.com")));
}

void TestIvsClient::cancelDuringBackoff()
{
    IvsClientConfig slow = config(m_server->url());
    slow.http.retryBaseDelayMs = 60000; // a long wait before the second attempt
    m_client->setConfig(slow);
    m_server->queueFault(FakeIvsServer::Fault::Throttle, 3);
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QSignalSpy retries(call, &AwsHttpCall::retrying);
    QVERIFY(retries.wait(5000));
    call->cancel();
    QVERIFY(call->isFinished());
    QCOMPARE(call->error().category, AwsError::Category::Cancelled);
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 1); // nothing more is sent
}

void TestIvsClient::readTimeout()
{
    IvsClientConfig impatient = config(m_server->url());
    impatient.http.readTimeoutMs = 300;
    m_client->setConfig(impatient);
    m_server->queueFault(FakeIvsServer::Fault::Stall, 3);
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().category, AwsError::Category::Timeout);
    QVERIFY2(call->error().message.contains(QLatin1String("0.3 seconds")), qPrintable(call->error().message));
}

void TestIvsClient::connectTimeout()
{
    // A listening socket with a full accept queue: the kernel drops further
    // SYNs, so a connect hangs as it would towards a black-holed host.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr*>(&address), length) == 0);
    QVERIFY(::listen(fd, 0) == 0);
    QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    const quint16 port = ntohs(address.sin_port);
    QList<int> fillers;
    for (int i = 0; i < 4; ++i) { // fill the backlog (its real size is backlog + 1)
        const int filler = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        ::connect(filler, reinterpret_cast<sockaddr*>(&address), length);
        fillers.append(filler);
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    IvsClientConfig impatient = config(url);
    impatient.http.connectTimeoutMs = 500;
    m_client->setConfig(impatient);
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    const bool finished = waitFor(call);
    for (int filler : fillers) {
        ::close(filler);
    }
    ::close(fd);
    QVERIFY(finished);
    QCOMPARE(call->error().category, AwsError::Category::Timeout);
    QVERIFY2(call->error().message.contains(QLatin1String("connect")), qPrintable(call->error().message));
}

void TestIvsClient::cancelStopsEverything()
{
    m_server->queueFault(FakeIvsServer::Fault::Stall);
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QSignalSpy handled(m_server, &FakeIvsServer::requestHandled);
    QVERIFY(handled.wait(5000)); // the request reached the server, which stalls
    QSignalSpy finished(call, &IvsCall::finished);
    call->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->error().category, AwsError::Category::Cancelled);
    call->cancel(); // a second cancel is harmless
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    // Nothing is left running: the connection is gone once events are processed.
    QTRY_VERIFY(m_client->findChildren<QAbstractSocket*>().isEmpty());
    QCOMPARE(m_transport->connections()->idleCount(), 0);
}

void TestIvsClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl url = m_server->url();
    url.setPort(closed.serverPort());
    closed.close(); // nothing listens there now
    m_client->setConfig(config(url));
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().category, AwsError::Category::Network);
    QVERIFY(!call->error().fromService());
}

void TestIvsClient::tlsHandshakeFailure()
{
    // https:// to a server that speaks plain HTTP: the handshake cannot work.
    QUrl url = m_server->url();
    url.setScheme(QStringLiteral("https"));
    m_client->setConfig(config(url));
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().category, AwsError::Category::Tls);
    QVERIFY(call->error().advice().contains(QLatin1String("secure connection")));
}

void TestIvsClient::invalidEndpointFailsLater()
{
    IvsClientConfig broken = config(QUrl());
    broken.endpoint.error = QStringLiteral("no endpoint");
    m_client->setConfig(broken);
    GetIngestConfigurationCall* call = get(QStringLiteral("RtmpsActive1"));
    QVERIFY(!call->isFinished()); // reported through finished(), after the caller connects
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().message, QStringLiteral("no endpoint"));
}

QTEST_GUILESS_MAIN(TestIvsClient)
#include "TestIvsClient.moc"
