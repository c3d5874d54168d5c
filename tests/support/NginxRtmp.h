#pragma once

#include "OwnedProcess.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A real RTMP ingest for tests: nginx with libnginx-mod-rtmp, run in the
// foreground from a scratch folder on a free loopback port. Every publish is
// checked by an HTTP on_publish callback (2xx accepts, anything else
// refuses, as IVS refuses a wrong key) and recorded to FLV files that ffprobe
// can inspect. RTMPS cannot be tested this way: nginx-rtmp has no TLS.
class NginxRtmp
{
public:
    NginxRtmp();
    ~NginxRtmp();

    static QString program();
    static QString modulePath();

    bool start(const QUrl& onPublish, QString* problem);
    void stop();

    // rtmp://127.0.0.1:<port>/app/ : OBS's "Server", FFmpeg's URL without the key.
    QString server() const;
    QStringList recordings() const;
    QByteArray errorLog() const;

private:
    QTemporaryDir m_scratch;
    OwnedProcess m_nginx;
    quint16 m_port = 0;

    QByteArray config(const QUrl& onPublish) const;
};
