#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// The parts of a stage (GetStage) that getting an encoder live depends on.
struct Stage
{
    Q_DECLARE_TR_FUNCTIONS(Stage)

public:
    QString arn;
    QString name;
    QString activeSessionId; // empty when no session is running
    QString eventsEndpoint;
    QString whipEndpoint;
    QString rtmpEndpoint;  // "rtmp://…/app/", optional in older stages
    QString rtmpsEndpoint; // "rtmps://…:443/app/"
    QJsonObject raw;

    // The server URL an encoder uses for this protocol ("RTMP"/"RTMPS").
    QString serverFor(const QString& protocol) const;
    static std::optional<Stage> fromResponse(const QJsonObject& response, QString* problem);
    // The endpoints alone, as cached between runs.
    QJsonObject endpointsJson() const;
    void setEndpoints(const QJsonObject& endpoints);
};
