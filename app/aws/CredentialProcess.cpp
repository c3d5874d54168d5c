#include "aws/CredentialProcess.h"

#include "core/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

ResolvedCredentials CredentialProcess::parseOutput(const QByteArray& output, CredentialError* error)
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
                      tr("The credential process's Expiration \"%1\" is not an ISO 8601 time.").arg(expiration)};
            return resolved;
        }
    }
    resolved.accountId = json.value(QStringLiteral("AccountId")).toString();
    *error = {};
    return resolved;
}

void CredentialProcess::run(const QString& command, const QProcessEnvironment& env, QObject* context, Done done)
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
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, process, [process] { process->kill(); });
    const QString program = process->program();
    QObject::connect(process, &QProcess::errorOccurred, process, [process, done, program](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            done({},
                 {CredentialError::Process,
                  tr("The credential process \"%1\" could not be started: %2").arg(program, process->errorString())});
            process->deleteLater();
        }
    });
    QObject::connect(process, &QProcess::finished, process,
                     [process, timer, done, program](int exitCode, QProcess::ExitStatus status) {
                         const bool timedOut = !timer->isActive();
                         timer->stop();
                         process->deleteLater();
                         const QString stderrText =
                             Redactor::redact(QString::fromLocal8Bit(process->readAllStandardError()).trimmed());
                         if (status != QProcess::NormalExit || exitCode != 0) {
                             const QString why = timedOut ? tr("did not finish within %1 seconds").arg(TimeoutMs / 1000)
                                                 : status != QProcess::NormalExit
                                                     ? tr("crashed")
                                                     : tr("exited with status %1").arg(exitCode);
                             done({}, {CredentialError::Process,
                                       tr("The credential process \"%1\" %2.%3")
                                           .arg(program, why,
                                                stderrText.isEmpty() ? QString() : QStringLiteral("\n") + stderrText)});
                             return;
                         }
                         CredentialError error;
                         const ResolvedCredentials resolved = parseOutput(process->readAllStandardOutput(), &error);
                         done(resolved, error);
                     });
    timer->start(TimeoutMs);
    process->start();
}
