#include "ivs/Stage.h"

QString Stage::serverFor(const QString& protocol) const
{
    if (protocol == QLatin1String("RTMPS")) {
        return rtmpsEndpoint;
    }
    if (protocol == QLatin1String("RTMP")) {
        return rtmpEndpoint;
    }
    return {};
}

QJsonObject Stage::endpointsJson() const
{
    return {{QStringLiteral("events"), eventsEndpoint},
            {QStringLiteral("whip"), whipEndpoint},
            {QStringLiteral("rtmp"), rtmpEndpoint},
            {QStringLiteral("rtmps"), rtmpsEndpoint}};
}

void Stage::setEndpoints(const QJsonObject& endpoints)
{
    eventsEndpoint = endpoints.value(QStringLiteral("events")).toString();
    whipEndpoint = endpoints.value(QStringLiteral("whip")).toString();
    rtmpEndpoint = endpoints.value(QStringLiteral("rtmp")).toString();
    rtmpsEndpoint = endpoints.value(QStringLiteral("rtmps")).toString();
}

std::optional<Stage> Stage::fromResponse(const QJsonObject& response, QString* problem)
{
    const QJsonValue value = response.value(QStringLiteral("stage"));
    if (!value.isObject()) {
        *problem = tr("The reply has no \"stage\" object.");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Stage stage;
    stage.raw = object;
    stage.arn = object.value(QStringLiteral("arn")).toString();
    stage.name = object.value(QStringLiteral("name")).toString();
    stage.activeSessionId = object.value(QStringLiteral("activeSessionId")).toString();
    const QJsonValue endpoints = object.value(QStringLiteral("endpoints"));
    if (!endpoints.isUndefined() && !endpoints.isNull() && !endpoints.isObject()) {
        *problem = tr("The member \"%1\" should be an object.").arg(QStringLiteral("endpoints"));
        return std::nullopt;
    }
    stage.setEndpoints(endpoints.toObject());
    return stage;
}
