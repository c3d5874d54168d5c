#include "RealObs.h"

#include "LoopbackPort.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

RealObs::RealObs()
    : m_password(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

RealObs::~RealObs()
{
    stop();
}

QStringList RealObs::programs()
{
    return {QStringLiteral("obs"), QStringLiteral("Xvfb")};
}

QString RealObs::installedVersion()
{
    QProcess obs;
    obs.start(QStringLiteral("obs"), {QStringLiteral("--version")});
    obs.waitForFinished(30000);
    // "OBS Studio - 29.0.2.1-1+b1 (linux)"
    static const QRegularExpression version(QStringLiteral("(\\d+)\\.(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch match = version.match(QString::fromUtf8(obs.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(0) : QString();
}

quint32 RealObs::packedVersion(const QString& version)
{
    const QStringList parts = version.split(u'.');
    if (parts.size() < 3) {
        return 0;
    }
    return (parts.at(0).toUInt() << 24) | (parts.at(1).toUInt() << 16) | parts.at(2).toUInt();
}

QUrl RealObs::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
}

QByteArray RealObs::log() const
{
    QFile file(m_home.filePath(QStringLiteral("obs.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool RealObs::writeConfig(QString* problem)
{
    const QString version = installedVersion();
    m_port = LoopbackPort::free();
    if (version.isEmpty() || m_port == 0) {
        *problem = QStringLiteral("could not read obs --version or find a free port");
        return false;
    }
    const QDir config(m_home.filePath(QStringLiteral(".config/obs-studio")));
    config.mkpath(QStringLiteral("plugin_config/obs-websocket"));
    QFile global(config.filePath(QStringLiteral("global.ini")));
    global.open(QIODevice::WriteOnly);
    // obs-websocket 5.0-5.2 reads [OBSWebSocket] from global.ini.
    global.write(QStringLiteral("[General]\nFirstRun=false\nLastVersion=%1\n\n"
                                "[OBSWebSocket]\nFirstLoad=false\nServerEnabled=true\nServerPort=%2\n"
                                "AlertsEnabled=false\nAuthRequired=true\nServerPassword=%3\n")
                     .arg(packedVersion(version))
                     .arg(m_port)
                     .arg(m_password)
                     .toUtf8());
    // obs-websocket 5.3 and later read their own config.json instead.
    QFile plugin(config.filePath(QStringLiteral("plugin_config/obs-websocket/config.json")));
    plugin.open(QIODevice::WriteOnly);
    plugin.write(QJsonDocument(QJsonObject{{QStringLiteral("first_load"), false},
                                           {QStringLiteral("server_enabled"), true},
                                           {QStringLiteral("server_port"), m_port},
                                           {QStringLiteral("alerts_enabled"), false},
                                           {QStringLiteral("auth_required"), true},
                                           {QStringLiteral("server_password"), m_password}})
                     .toJson());
    return global.error() == QFile::NoError && plugin.error() == QFile::NoError;
}

bool RealObs::startXvfb(QString* problem)
{
    // -displayfd: Xvfb picks a free display and writes its number to us.
    m_xvfb.start(QStringLiteral("Xvfb"),
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                  QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    const bool ready = QTest::qWaitFor([this] { return m_xvfb.canReadLine(); }, 15000);
    const QByteArray number = m_xvfb.readLine().trimmed();
    if (!ready || number.isEmpty()) {
        *problem = QStringLiteral("Xvfb did not start: ") + QString::fromUtf8(m_xvfb.readAllStandardError());
        return false;
    }
    m_display = u':' + QString::fromLatin1(number);
    return true;
}

bool RealObs::start(QString* problem)
{
    if (!m_home.isValid() || !writeConfig(problem) || !startXvfb(problem)) {
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the tests' offscreen is not for OBS
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_obs.setProcessEnvironment(env);
    m_obs.setWorkingDirectory(m_home.path());
    m_obs.setStandardOutputFile(m_home.filePath(QStringLiteral("obs.log")));
    m_obs.setStandardErrorFile(m_home.filePath(QStringLiteral("obs.log")), QIODevice::Append);
    m_obs.start(QStringLiteral("obs"), {QStringLiteral("--multi"), QStringLiteral("--disable-missing-files-check"),
                                        QStringLiteral("--minimize-to-tray")});
    if (!m_obs.waitForStarted(30000)) {
        *problem = QStringLiteral("OBS did not start: ") + m_obs.errorString();
        return false;
    }
    return waitUntilReady(problem);
}

bool RealObs::waitUntilReady(QString* problem)
{
    // The socket opens early; requests such as StartStream only work once
    // OBS has finished loading ("Startup complete" in its log).
    const bool ready = QTest::qWaitFor(
        [this] {
            return m_obs.state() == QProcess::NotRunning ||
                   (log().contains("Startup complete") && LoopbackPort::accepts(m_port));
        },
        90000);
    if (!ready || m_obs.state() != QProcess::Running) {
        *problem = QStringLiteral("OBS did not become ready; its log:\n") + QString::fromUtf8(log().right(4000));
        return false;
    }
    return true;
}

void RealObs::stop()
{
    m_obs.killGroup();
    m_xvfb.killGroup();
}
