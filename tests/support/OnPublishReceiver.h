#pragma once

#include "demo/LoopbackHttpServer.h"

#include <functional>

// nginx-rtmp's on_publish callback, answered like IVS answers a publisher:
// the one configured stream key is accepted (200), any other refused (403).
// Records each publish attempt; onAccepted lets a fake IVS endpoint flip an
// ingest configuration to ACTIVE when its key goes live, onDone back to
// INACTIVE when that publisher goes away (nginx's on_publish_done, which is
// not an attempt and not recorded).
class OnPublishReceiver : public LoopbackHttpServer
{
    Q_OBJECT

public:
    struct Attempt
    {
        QString call; // publish, publish_done, ...
        QString streamKey;
        bool accepted = false;
    };

    explicit OnPublishReceiver(QObject* parent = nullptr);

    void setAcceptedKey(const QString& key);
    void setOnAccepted(std::function<void(const QString& streamKey)> hook);
    void setOnDone(std::function<void(const QString& streamKey)> hook);
    QUrl callbackUrl() const;
    QList<Attempt> attempts() const
    {
        return m_attempts;
    }

signals:
    void publishAttempted(const QString& streamKey, bool accepted);

protected:
    HttpReply handle(const RecordedRequest& request, const SignatureVerifier::Result& auth) override;

private:
    QString m_acceptedKey;
    std::function<void(const QString&)> m_onAccepted;
    std::function<void(const QString&)> m_onDone;
    QList<Attempt> m_attempts;
};
