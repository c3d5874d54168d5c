#pragma once

#include "aws/AwsHttpCall.h"
#include "ivs/IvsClientConfig.h"

#include <QJsonObject>

// One IVS Real-Time rest-json operation: POST /<Operation> with a JSON body.
// Made and started by IvsClient, which waits for the request quota first. On
// success response() holds the reply's JSON object.
class IvsCall : public AwsHttpCall
{
    Q_OBJECT

public:
    IvsCall(const QString& operation, const QJsonObject& input, QObject* parent = nullptr);

    const QJsonObject& response() const
    {
        return m_response;
    }
    const QJsonObject& input() const
    {
        return m_input;
    }
    QString operationName() const
    {
        return m_operation;
    }
    // Waiting for the request quota, not yet on the wire.
    bool isWaitingForQuota() const
    {
        return m_waiting;
    }

signals:
    // The call has to wait for its turn within the request quota.
    void waitingForQuota();

protected:
    void handleReply(int status, const HttpHeaderList& headers, const QByteArray& body) override;
    // Turns the JSON of a 200 reply into a typed result; returns an
    // explanation when the reply does not have the expected shape.
    virtual QString acceptResponse(const QJsonObject& response);

private:
    friend class IvsClient;

    QString m_operation;
    QJsonObject m_input;
    QJsonObject m_response;
    bool m_waiting = false;

    void start(AwsTransport* transport, const IvsClientConfig& config);
    void setWaiting(bool waiting);
};
