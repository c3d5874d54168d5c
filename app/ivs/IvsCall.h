#pragma once

#include "aws/AwsHttpCall.h"
#include "ivs/IvsClientConfig.h"

#include <QJsonObject>

// One IVS Real-Time rest-json operation: POST /<Operation> with a JSON body.
// On success response() holds the reply's JSON object.
class IvsCall : public AwsHttpCall
{
    Q_OBJECT

public:
    IvsCall(const QString& operation, const QJsonObject& input, QObject* parent = nullptr);

    void start(QNetworkAccessManager* nam, const IvsClientConfig& config);

    const QJsonObject& response() const
    {
        return m_response;
    }

protected:
    void handleReply(int status, const HttpHeaderList& headers, const QByteArray& body) override;
    // Turns the JSON of a 200 reply into a typed result; returns an
    // explanation when the reply does not have the expected shape.
    virtual QString acceptResponse(const QJsonObject& response);

private:
    QString m_operation;
    QJsonObject m_input;
    QJsonObject m_response;
};
