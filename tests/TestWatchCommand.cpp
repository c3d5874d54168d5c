#include "CliRunner.h"

#include "demo/FakeIvsServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// `ivs-inspector watch` as a real process against the fake endpoint: the
// first line is the current state, a state changed between looks makes a
// line (text and JSON), a failing endpoint makes a line and watching goes on,
// the interval is checked and raised to the quota's floor with a note, and
// Ctrl-C (SIGINT) ends it with exit 0.
class TestWatchCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void printsTheStateThenEachChange();
    void jsonLinesAndErrorsAsLines();
    void intervalRaisedToTheQuotaFloor();
    void badInterval_data();
    void badInterval();

private:
    QTemporaryDir m_dir;
    FakeIvsServer* m_server = nullptr;
    QProcess* m_process = nullptr;
    QByteArray m_out;

    QProcessEnvironment environment() const;
    void setState(const QString& id, const QString& state);
    void startWatch(const QStringList& arguments);
    // The next whole line of output (waits for it).
    QByteArray nextLine();
    void interruptAndExpectZero();
    static QString arn(const QString& id)
    {
        return QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/%1").arg(id);
    }
};

void TestWatchCommand::init()
{
    m_server = new FakeIvsServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_server->listen());
    m_out.clear();
}

void TestWatchCommand::cleanup()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished();
        delete m_process;
        m_process = nullptr;
    }
    delete m_server;
}

QProcessEnvironment TestWatchCommand::environment() const
{
    QProcessEnvironment env = CliRunner::fakeAccountEnvironment(m_dir.path(), m_server->url());
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    return env;
}

void TestWatchCommand::setState(const QString& id, const QString& state)
{
    // The fake answers from its data set, which changes state as IVS would.
    QVERIFY(m_server->data()->setState(id, state));
}

void TestWatchCommand::startWatch(const QStringList& arguments)
{
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(environment());
    m_process->start(QStringLiteral(IVS_INSPECTOR_BINARY), QStringList{QStringLiteral("watch")} + arguments);
    QVERIFY(m_process->waitForStarted());
}

QByteArray TestWatchCommand::nextLine()
{
    // Spin the event loop (the fake endpoint lives in this process); an
    // empty line means none came.
    QDeadlineTimer deadline(20000);
    while (!(m_out += m_process->readAllStandardOutput()).contains('\n') &&
           m_process->state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    const qsizetype end = m_out.indexOf('\n');
    if (end < 0) {
        return {};
    }
    const QByteArray line = m_out.left(end);
    m_out.remove(0, end + 1);
    return line;
}

void TestWatchCommand::interruptAndExpectZero()
{
    ::kill(static_cast<pid_t>(m_process->processId()), SIGINT);
    QTRY_VERIFY_WITH_TIMEOUT(m_process->state() == QProcess::NotRunning, 10000);
    QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process->exitCode(), 0);
}

void TestWatchCommand::printsTheStateThenEachChange()
{
    setState(QStringLiteral("RtmpsActive1"), QStringLiteral("INACTIVE"));
    startWatch({QStringLiteral("--arn"), arn(QStringLiteral("RtmpsActive1")), QStringLiteral("--interval"),
                QStringLiteral("1")});
    const QByteArray first = nextLine();
    static const QRegularExpression timestamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  "));
    QVERIFY2(timestamp.match(QString::fromUtf8(first)).hasMatch(), first.constData());
    QVERIFY2(first.contains(QStringLiteral("  %1  INACTIVE  stage ").arg(arn(QStringLiteral("RtmpsActive1"))).toUtf8()),
             first.constData());
    setState(QStringLiteral("RtmpsActive1"), QStringLiteral("ACTIVE"));
    const QByteArray second = nextLine();
    QVERIFY2(second.endsWith(QStringLiteral("  ACTIVE  state INACTIVE→ACTIVE").toUtf8()), second.constData());
    QVERIFY(m_server->requestsTo("/GetIngestConfiguration").size() >= 2);
    interruptAndExpectZero();
    // Nothing but the two lines: unchanged looks print nothing.
    QCOMPARE(m_out + m_process->readAllStandardOutput(), QByteArray());
}

void TestWatchCommand::jsonLinesAndErrorsAsLines()
{
    startWatch({QStringLiteral("--arn"), arn(QStringLiteral("NoStage1")), QStringLiteral("--interval"),
                QStringLiteral("1"), QStringLiteral("--output"), QStringLiteral("json")});
    const QJsonObject first = QJsonDocument::fromJson(nextLine()).object();
    QCOMPARE(first.value(QStringLiteral("arn")).toString(), arn(QStringLiteral("NoStage1")));
    QVERIFY(first.value(QStringLiteral("first")).toBool());
    QVERIFY(first.value(QStringLiteral("timestamp")).toString().endsWith(u'Z'));
    QVERIFY(first.contains(QStringLiteral("state")));
    QVERIFY(!first.contains(QStringLiteral("streamKey")));
    // The endpoint fails for a while: one line, and the watch goes on.
    m_server->queueFault(LoopbackHttpServer::Fault::ServerError, 3);
    const QJsonObject failure = QJsonDocument::fromJson(nextLine()).object();
    QCOMPARE(failure.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("InternalServerException"));
    const QJsonObject back = QJsonDocument::fromJson(nextLine()).object();
    QCOMPARE(back.value(QStringLiteral("changes")).toArray().first().toObject().value(QStringLiteral("field")),
             QStringLiteral("reachable"));
    QCOMPARE(m_process->state(), QProcess::Running);
    interruptAndExpectZero();
    QVERIFY(!m_process->readAllStandardError().contains("rt_"));
}

void TestWatchCommand::intervalRaisedToTheQuotaFloor()
{
    QStringList arguments{QStringLiteral("--interval"), QStringLiteral("2")};
    for (const QString& id :
         {QStringLiteral("RtmpsActive1"), QStringLiteral("NoStage1"), QStringLiteral("Redundant1")}) {
        arguments << QStringLiteral("--arn") << arn(id);
    }
    startWatch(arguments);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!nextLine().isEmpty());
    }
    QByteArray err;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (err += m_process->readAllStandardError()).contains("Note: looking every 3 seconds instead of 2"),
        err.constData(), 10000);
    interruptAndExpectZero();
}

void TestWatchCommand::badInterval_data()
{
    QTest::addColumn<QString>("interval");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("negative") << QStringLiteral("-5");
    QTest::newRow("not a number") << QStringLiteral("soon");
    QTest::newRow("beyond a day") << QStringLiteral("90000");
    QTest::newRow("too big to represent") << QStringLiteral("99999999999999999999");
}

void TestWatchCommand::badInterval()
{
    QFETCH(QString, interval);
    const CliRunner::Result result =
        CliRunner::run({QStringLiteral("watch"), QStringLiteral("--arn"), arn(QStringLiteral("NoStage1")),
                        QStringLiteral("--interval"), interval},
                       environment());
    QCOMPARE(result.exitCode, 252);
    QVERIFY2(result.err.contains("argument --interval"), result.err.constData());
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestWatchCommand)
#include "TestWatchCommand.moc"
