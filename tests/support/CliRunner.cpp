#include "CliRunner.h"

#include "demo/LoopbackHttpServer.h"

#include <QProcess>
#include <QSignalSpy>

CliRunner::Result
CliRunner::run(const QStringList& arguments, const QProcessEnvironment& env, const QByteArray& input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(IVS_INSPECTOR_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    // Wait by spinning the event loop, so the fake endpoints keep serving.
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning("ivs-inspector did not finish");
    }
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment CliRunner::cleanEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys()) {
        if (name.startsWith(QLatin1String("AWS_")) || name.startsWith(QLatin1String("XDG_CONFIG")) ||
            name.startsWith(QLatin1String("XDG_DATA"))) {
            env.remove(name);
        }
    }
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command line must not need one
    env.insert(QStringLiteral("HOME"), home);
    return env;
}

QProcessEnvironment CliRunner::fakeAccountEnvironment(const QString& home, const QUrl& ivsEndpoint)
{
    QProcessEnvironment env = cleanEnvironment(home);
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(LoopbackHttpServer::AccessKeyId));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(LoopbackHttpServer::SecretAccessKey));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), ivsEndpoint.toString());
    return env;
}
