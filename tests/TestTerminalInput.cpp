#include "CliRunner.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

// The prompts of the real command line on a real terminal (a pseudo-terminal
// the test holds): a secret is read without echo, and Ctrl-C (SIGINT) at that
// prompt gives the terminal its echo back before the process ends.
class TestTerminalInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void interruptAtASecretPromptRestoresEcho_data();
    void interruptAtASecretPromptRestoresEcho();

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_slaveName;
    QTemporaryDir m_home;

    bool echoOn() const;
};

void TestTerminalInput::initTestCase()
{
    m_master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(m_master >= 0);
    QVERIFY(grantpt(m_master) == 0 && unlockpt(m_master) == 0);
    m_slaveName = QString::fromLocal8Bit(ptsname(m_master));
    m_slave = ::open(ptsname(m_master), O_RDWR | O_NOCTTY);
    QVERIFY(m_slave >= 0);
}

void TestTerminalInput::cleanupTestCase()
{
    ::close(m_slave);
    ::close(m_master);
}

bool TestTerminalInput::echoOn() const
{
    termios mode{};
    tcgetattr(m_slave, &mode);
    return (mode.c_lflag & ECHO) != 0;
}

void TestTerminalInput::interruptAtASecretPromptRestoresEcho_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode"); // -1: ended by the signal
    QTest::newRow("Ctrl-C") << int(SIGINT) << 130;
    QTest::newRow("terminated") << int(SIGTERM) << -1;
    QTest::newRow("hung up") << int(SIGHUP) << -1;
}

void TestTerminalInput::interruptAtASecretPromptRestoresEcho()
{
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    QVERIFY(echoOn());
    QProcessEnvironment env = CliRunner::cleanEnvironment(m_home.path());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/terminal-bus"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(m_slaveName);
    process.start(QStringLiteral(IVS_INSPECTOR_BINARY),
                  {QStringLiteral("configure"), QStringLiteral("--profile"), QStringLiteral("interrupted")});
    QVERIFY(process.waitForStarted());
    QByteArray err;
    const auto waitForPrompt = [&](const QByteArray& prompt) {
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains(prompt), 15000);
    };
    waitForPrompt("AWS Access Key ID: ");
    QVERIFY(echoOn());
    QCOMPARE(::write(m_master, "AKIDTERMINAL\n", 13), ssize_t(13));
    waitForPrompt("AWS Secret Access Key: ");
    QTRY_VERIFY(!echoOn()); // a secret is typed blind
    ::kill(pid_t(process.processId()), signal);
    QVERIFY(process.waitForFinished(15000));
    if (exitCode >= 0) {
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
    } else {
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }
    QVERIFY2(echoOn(), "the terminal was left without echo");
}

QTEST_GUILESS_MAIN(TestTerminalInput)
#include "TestTerminalInput.moc"
