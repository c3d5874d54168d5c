#include "aws/CredentialProcess.h"

#include "core/TerminalText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace
{
bool hasControllingTerminal()
{
#ifdef Q_OS_UNIX
    const int fd = ::open("/dev/tty", O_RDONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    ::close(fd);
    return true;
#else
    return false;
#endif
}

// Without a terminal the process leads a group of its own (set in the child
// before exec), so everything it starts can be ended with it. Returns
// whether it does.
bool chooseProcessGroup(QProcess* process, CredentialProcess::Terminal terminal)
{
    using Terminal = CredentialProcess::Terminal;
    const bool shared = terminal == Terminal::Shared || (terminal == Terminal::Detect && hasControllingTerminal());
#ifdef Q_OS_UNIX
    if (!shared) {
        process->setChildProcessModifier([] { ::setpgid(0, 0); });
    }
#endif
    return !shared;
}

void endProcess(QProcess* process, bool ownGroup)
{
#ifdef Q_OS_UNIX
    const qint64 pid = process->processId();
    if (pid > 0 && ownGroup) {
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
    }
#else
    Q_UNUSED(ownGroup);
#endif
    process->kill();
}
} // namespace

ResolvedCredentials
CredentialProcess::parseOutput(const QByteArray& output, CredentialError* error, const QDateTime& now)
{
    ResolvedCredentials resolved;
    resolved.source = CredentialSource::Process;
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(output, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = {CredentialError::Process,
                  tr("The credential process printed something that is not JSON (%1).").arg(parseError.errorString())};
        return resolved;
    }
    if (json.value(QStringLiteral("Version")).toInt() != 1) {
        *error = {CredentialError::Process,
                  tr("The credential process printed an unsupported Version; only Version 1 is supported.")};
        return resolved;
    }
    resolved.credentials = {json.value(QStringLiteral("AccessKeyId")).toString(),
                            json.value(QStringLiteral("SecretAccessKey")).toString(),
                            json.value(QStringLiteral("SessionToken")).toString()};
    if (!resolved.credentials.isComplete()) {
        *error = {CredentialError::Process,
                  tr("The credential process's output lacks AccessKeyId or SecretAccessKey.")};
        return resolved;
    }
    const QString expiration = json.value(QStringLiteral("Expiration")).toString();
    if (!expiration.isEmpty()) {
        resolved.expiration = QDateTime::fromString(expiration, Qt::ISODateWithMs);
        if (!resolved.expiration.isValid()) {
            *error = {CredentialError::Process,
                      tr("The credential process's Expiration %1 is not an ISO 8601 time.")
                          .arg(TerminalText::quote(expiration, resolved.credentials.secrets()))};
            return resolved;
        }
        if (resolved.expiration <= now) {
            *error = {CredentialError::Process,
                      tr("The credential process gave credentials that expired at %1 (its Expiration); they are not "
                         "used. It must print fresh ones.")
                          .arg(resolved.expiration.toUTC().toString(Qt::ISODate))};
            return resolved;
        }
    }
    resolved.accountId = json.value(QStringLiteral("AccountId")).toString();
    *error = {};
    return resolved;
}

void CredentialProcess::run(const QString& command,
                            const QProcessEnvironment& env,
                            QObject* context,
                            Done done,
                            int timeoutMs,
                            Terminal terminal)
{
    QStringList arguments = QProcess::splitCommand(command);
    if (arguments.isEmpty()) {
        done({}, {CredentialError::Configuration, tr("credential_process is empty.")});
        return;
    }
    auto* process = new QProcess(context);
    process->setProcessEnvironment(env);
    process->setProgram(arguments.takeFirst());
    process->setArguments(arguments);
    const bool ownGroup = chooseProcessGroup(process, terminal);
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, process, [process, ownGroup] { endProcess(process, ownGroup); });
    const QString program = TerminalText::quote(process->program());
    QObject::connect(process, &QProcess::errorOccurred, process, [process, done, program](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            done({}, {CredentialError::Process, tr("The credential process %1 could not be started: %2")
                                                    .arg(program, TerminalText::sanitize(process->errorString()))});
            process->deleteLater();
        }
    });
    QObject::connect(
        process, &QProcess::finished, process,
        [process, timer, done, program, timeoutMs](int exitCode, QProcess::ExitStatus status) {
            const bool timedOut = !timer->isActive();
            timer->stop();
            process->deleteLater();
            const QByteArray output = process->readAllStandardOutput();
            // Its stderr may well echo what it printed on stdout.
            CredentialError ignored;
            const QStringList secrets =
                parseOutput(output, &ignored, QDateTime::currentDateTimeUtc()).credentials.secrets();
            const QString stderrText =
                TerminalText::sanitize(QString::fromLocal8Bit(process->readAllStandardError()).trimmed(), secrets);
            if (status != QProcess::NormalExit || exitCode != 0) {
                const QString why = timedOut ? tr("did not finish within %1 seconds").arg(timeoutMs / 1000.0)
                                    : status != QProcess::NormalExit ? tr("crashed")
                                                                     : tr("exited with status %1").arg(exitCode);
                done({},
                     {CredentialError::Process,
                      tr("The credential process %1 %2.%3")
                          .arg(program, why, stderrText.isEmpty() ? QString() : QStringLiteral("\n") + stderrText)});
                return;
            }
            CredentialError error;
            const ResolvedCredentials resolved = parseOutput(output, &error);
            done(resolved, error);
        });
    timer->start(timeoutMs);
    process->start();
}
