#include "aws/CredentialProcess.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

// credential_process as a hostile helper can make it behave: credentials that
// expired before they arrived are refused, and a helper that hangs is ended
// with everything it started (its process group), not just the direct child.
class TestCredentialProcess : public QObject
{
    Q_OBJECT

private slots:
    void expirationInThePastIsRefused_data();
    void expirationInThePastIsRefused();
    void timeoutEndsTheWholeGroup();
    void timeoutEndsAHelperSharingTheTerminal();

private:
    QTemporaryDir m_dir;

    QString script(const QString& name, const QByteArray& body);
    static bool gone(qint64 pid);
    void timesOutAndEnds(const QString& name,
                         const QByteArray& body,
                         const QString& pidFile,
                         CredentialProcess::Terminal terminal);
};

QString TestCredentialProcess::script(const QString& name, const QByteArray& body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write("#!/bin/sh\n" + body);
    file.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

bool TestCredentialProcess::gone(qint64 pid)
{
    // Ended, or ended and waiting for whoever adopted it to reap it.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return true;
    }
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2, 1) == "Z";
}

void TestCredentialProcess::expirationInThePastIsRefused_data()
{
    QTest::addColumn<QString>("expiration");
    QTest::addColumn<bool>("accepted");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTest::newRow("an hour ago") << now.addSecs(-3600).toString(Qt::ISODate) << false;
    QTest::newRow("in 2001") << QStringLiteral("2001-01-01T00:00:00Z") << false;
    QTest::newRow("in an hour") << now.addSecs(3600).toString(Qt::ISODate) << true;
    QTest::newRow("with milliseconds") << now.addSecs(3600).toString(Qt::ISODateWithMs) << true;
}

void TestCredentialProcess::expirationInThePastIsRefused()
{
    QFETCH(QString, expiration);
    QFETCH(bool, accepted);
    const QByteArray output =
        R"({"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "s", "SessionToken": "t",)"
        R"( "Expiration": ")" +
        expiration.toUtf8() + "\"}";
    CredentialError error;
    const ResolvedCredentials resolved = CredentialProcess::parseOutput(output, &error);
    QCOMPARE(!error.isError(), accepted);
    if (!accepted) {
        QCOMPARE(error.kind, CredentialError::Process);
        QVERIFY2(error.message.contains(QLatin1String("expired")), qPrintable(error.message));
        return;
    }
    QVERIFY(resolved.expiration.isValid());
    // Through a real process as well.
    const QString helper = script(QStringLiteral("fresh.sh"), "cat <<'EOF'\n" + output + "\nEOF\n");
    std::optional<std::pair<ResolvedCredentials, CredentialError>> result;
    QObject context;
    CredentialProcess::run(helper, QProcessEnvironment::systemEnvironment(), &context,
                           [&result](const ResolvedCredentials& credentials, const CredentialError& failure) {
                               result = {credentials, failure};
                           });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(!result->second.isError(), qPrintable(result->second.message));
    QCOMPARE(result->first.credentials.accessKeyId, QStringLiteral("ASIAPROC"));
}

void TestCredentialProcess::timeoutEndsTheWholeGroup()
{
    // The helper starts a helper of its own, then hangs. Without a
    // terminal (the window, scripts) it leads a process group of its own.
    const QString pidFile = m_dir.filePath(QStringLiteral("grandchild.pid"));
    timesOutAndEnds(QStringLiteral("hang.sh"),
                    "sleep 300 &\necho $! > '" + pidFile.toUtf8() + "'\necho started >&2\nsleep 300\n", pidFile,
                    CredentialProcess::Terminal::Detached);
}

void TestCredentialProcess::timeoutEndsAHelperSharingTheTerminal()
{
    // On a terminal the helper stays in this program's group (so it can
    // prompt there); the timeout still ends it.
    const QString pidFile = m_dir.filePath(QStringLiteral("helper.pid"));
    timesOutAndEnds(QStringLiteral("hang-shared.sh"), "echo $$ > '" + pidFile.toUtf8() + "'\nexec sleep 300\n", pidFile,
                    CredentialProcess::Terminal::Shared);
}

// Runs a helper that hangs with a 1 s timeout: the failure says so, and the
// process whose id the helper wrote to pidFile ends.
void TestCredentialProcess::timesOutAndEnds(const QString& name,
                                            const QByteArray& body,
                                            const QString& pidFile,
                                            CredentialProcess::Terminal terminal)
{
    std::optional<CredentialError> failure;
    QObject context;
    CredentialProcess::run(
        script(name, body), QProcessEnvironment::systemEnvironment(), &context,
        [&failure](const ResolvedCredentials&, const CredentialError& error) { failure = error; }, 1000, terminal);
    QTRY_VERIFY_WITH_TIMEOUT(failure.has_value(), 20000);
    QCOMPARE(failure->kind, CredentialError::Process);
    QVERIFY2(failure->message.contains(QLatin1String("did not finish within 1 seconds")), qPrintable(failure->message));
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 pid = file.readAll().trimmed().toLongLong();
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(gone(pid), 10000);
}

QTEST_GUILESS_MAIN(TestCredentialProcess)
#include "TestCredentialProcess.moc"
