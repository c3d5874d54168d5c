#pragma once

#include "demo/FakeIvsServer.h"

#include <QProcessEnvironment>

class OnPublishReceiver;

// The fake IVS endpoint in front of a real ingest (nginx-rtmp): one stage
// whose rtmp endpoint is nginx's server, and RTMP ingest configurations on
// it (created with insecure ingest, as RTMP requires; RTMPS needs TLS that
// nginx-rtmp does not offer). nginx's on_publish turns a configuration
// ACTIVE when its key is accepted and on_publish_done INACTIVE again, so the
// state the app reads follows what really arrives, as with IVS.
class FakeIvsIngest
{
public:
    static constexpr const char* StageId = "RealIngestStage1";

    bool start(OnPublishReceiver* receiver, const QString& rtmpServer);
    // An INACTIVE configuration with this key; returns its ARN.
    QString addConfiguration(const QString& id, const QString& streamKey);
    QString state(const QString& id);
    // What nginx's callbacks do (start() wires them; a test that wants its
    // own hooks calls these from them).
    void published(const QString& streamKey);
    void publishDone(const QString& streamKey);
    FakeIvsServer* server()
    {
        return &m_server;
    }
    // CliRunner's clean environment, with credentials for and the address of this endpoint.
    QProcessEnvironment environment(const QString& home) const;

private:
    FakeIvsServer m_server;
    QHash<QString, QString> m_idByKey;
};
