#pragma once

#include "OwnedProcess.h"

#include <QTemporaryDir>
#include <QUrl>

// The real OBS Studio for tests: a throwaway HOME whose global.ini skips the
// first-run wizard and turns the WebSocket server on (a free port, a
// password), its own Xvfb display, `obs --multi`, and everything killed at
// the end. OBS 29 waits on a first-start dialog unless LastVersion matches
// its version, so that is computed from `obs --version`.
class RealObs
{
public:
    RealObs();
    ~RealObs();

    static QStringList programs();
    // "29.0.2" from `obs --version`.
    static QString installedVersion();
    // OBS's packed version: (major << 24) | (minor << 16) | patch.
    static quint32 packedVersion(const QString& version);

    bool start(QString* problem);
    void stop();

    QUrl url() const;
    QString password() const
    {
        return m_password;
    }
    QString home() const
    {
        return m_home.path();
    }
    // OBS's own log so far (stderr), for failure messages.
    QByteArray log() const;

private:
    QTemporaryDir m_home;
    OwnedProcess m_xvfb;
    OwnedProcess m_obs;
    QString m_display;
    quint16 m_port = 0;
    QString m_password;

    bool writeConfig(QString* problem);
    bool startXvfb(QString* problem);
    bool waitUntilReady(QString* problem);
};
