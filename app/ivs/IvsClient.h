#pragma once

#include "ivs/IvsClientConfig.h"

#include <QObject>

class QNetworkAccessManager;
class IvsCall;
class GetIngestConfigurationCall;
class IngestConfigurationArn;

// Sends SigV4-signed rest-json requests to IVS Real-Time. Calls are
// asynchronous; each returned call belongs to the caller (parented to the
// client until the caller reparents or deletes it).
class IvsClient : public QObject
{
    Q_OBJECT

public:
    explicit IvsClient(QNetworkAccessManager* nam, QObject* parent = nullptr);

    void setConfig(const IvsClientConfig& config);
    const IvsClientConfig& config() const
    {
        return m_config;
    }

    GetIngestConfigurationCall* getIngestConfiguration(const IngestConfigurationArn& arn);
    // Any POST /<operation> of the API with a JSON body.
    IvsCall* call(const QString& operation, const QJsonObject& input);

    static QByteArray defaultUserAgent();

private:
    QNetworkAccessManager* m_nam;
    IvsClientConfig m_config;

    void startCall(IvsCall* call);
};
