#include "NginxRtmp.h"

#include "LoopbackPort.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

NginxRtmp::NginxRtmp() = default;

NginxRtmp::~NginxRtmp()
{
    stop();
}

QString NginxRtmp::program()
{
    return QStringLiteral("/usr/sbin/nginx");
}

QString NginxRtmp::modulePath()
{
    return QStringLiteral("/usr/lib/nginx/modules/ngx_rtmp_module.so");
}

QByteArray NginxRtmp::config(const QUrl& onPublish) const
{
    const QString scratch = m_scratch.path();
    // nginx's workers run as an unprivileged user unless told otherwise; as
    // root, keep them root so the scratch record folder is writable.
    const QString user = ::geteuid() == 0 ? QStringLiteral("user root;\n") : QString();
    return QStringLiteral("load_module %1;\n"
                          "daemon off;\n"
                          "%2"
                          "pid %3/nginx.pid;\n"
                          "error_log %3/error.log info;\n"
                          "events {}\n"
                          "rtmp {\n"
                          "  server {\n"
                          "    listen 127.0.0.1:%4;\n"
                          "    application app {\n"
                          "      live on;\n"
                          "      on_publish %5;\n"
                          "      on_publish_done %5;\n"
                          "      record all;\n"
                          "      record_path %3/rec;\n"
                          "      record_unique on;\n"
                          "    }\n"
                          "  }\n"
                          "}\n")
        .arg(modulePath(), user, scratch)
        .arg(m_port)
        .arg(onPublish.toString())
        .toUtf8();
}

bool NginxRtmp::start(const QUrl& onPublish, QString* problem)
{
    m_port = LoopbackPort::free();
    QDir(m_scratch.path()).mkpath(QStringLiteral("rec"));
    QDir(m_scratch.path()).mkpath(QStringLiteral("logs"));
    QFile file(m_scratch.filePath(QStringLiteral("nginx.conf")));
    if (!m_scratch.isValid() || m_port == 0 || !file.open(QIODevice::WriteOnly) || file.write(config(onPublish)) < 0) {
        *problem = QStringLiteral("could not write the nginx config");
        return false;
    }
    file.close();
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(program(), {QStringLiteral("-p"), m_scratch.path(), QStringLiteral("-c"), file.fileName(),
                              QStringLiteral("-e"), m_scratch.filePath(QStringLiteral("error.log"))});
    if (!LoopbackPort::waitUntilAccepts(m_port, 15000)) {
        *problem = QStringLiteral("nginx did not start: ") + QString::fromUtf8(m_nginx.readAll() + errorLog());
        return false;
    }
    return true;
}

void NginxRtmp::stop()
{
    m_nginx.killGroup();
}

QString NginxRtmp::server() const
{
    return QStringLiteral("rtmp://127.0.0.1:%1/app/").arg(m_port);
}

QStringList NginxRtmp::recordings() const
{
    const QDir folder(m_scratch.filePath(QStringLiteral("rec")));
    QStringList files;
    const QStringList names = folder.entryList({QStringLiteral("*.flv")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QString& name : names) {
        files.append(folder.filePath(name));
    }
    return files;
}

QByteArray NginxRtmp::errorLog() const
{
    QFile file(m_scratch.filePath(QStringLiteral("error.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
