#pragma once

#include "ivs/IvsClientConfig.h"

#include <QObject>
#include <QPointer>

class AwsTransport;
class GetIngestConfigurationCall;
class IngestConfigurationArn;
class IvsCall;
class IvsPager;
class RequestScheduler;

// The one way IVS Real-Time calls are made: each is signed for the configured
// endpoint and credentials, waits its turn in the shared RequestScheduler
// (the per-account, per-region, per-operation quota), and goes out through the
// shared transport. Calls are asynchronous; each returned call belongs to the
// caller (parented to the client until the caller reparents or deletes it).
class IvsClient : public QObject
{
    Q_OBJECT

public:
    IvsClient(AwsTransport* transport, RequestScheduler* scheduler, QObject* parent = nullptr);

    void setConfig(const IvsClientConfig& config);
    const IvsClientConfig& config() const
    {
        return m_config;
    }
    RequestScheduler* scheduler() const
    {
        return m_scheduler;
    }

    GetIngestConfigurationCall* getIngestConfiguration(const IngestConfigurationArn& arn);
    // Any POST /<operation> of the API with a JSON body.
    IvsCall* call(const QString& operation, const QJsonObject& input);
    // Every page of a list operation (see IvsPager); not started yet.
    IvsPager* list(const QString& operation, const QJsonObject& input, const QString& itemsKey);

    static QByteArray defaultUserAgent();

private:
    QPointer<AwsTransport> m_transport;
    RequestScheduler* m_scheduler;
    IvsClientConfig m_config;

    void schedule(IvsCall* call);
};
