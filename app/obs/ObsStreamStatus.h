#pragma once

#include <QJsonObject>

// GetStreamStatus's answer (obs-websocket protocol.md, Outputs > Stream).
struct ObsStreamStatus
{
    bool outputActive = false;
    bool outputReconnecting = false;
    qint64 outputBytes = 0;
    qint64 outputSkippedFrames = 0;
    qint64 outputTotalFrames = 0;
    qint64 outputDurationMs = 0;

    static ObsStreamStatus fromJson(const QJsonObject& data)
    {
        ObsStreamStatus status;
        status.outputActive = data.value(QStringLiteral("outputActive")).toBool();
        status.outputReconnecting = data.value(QStringLiteral("outputReconnecting")).toBool();
        status.outputBytes = data.value(QStringLiteral("outputBytes")).toInteger();
        status.outputSkippedFrames = data.value(QStringLiteral("outputSkippedFrames")).toInteger();
        status.outputTotalFrames = data.value(QStringLiteral("outputTotalFrames")).toInteger();
        status.outputDurationMs = data.value(QStringLiteral("outputDuration")).toInteger();
        return status;
    }
};
