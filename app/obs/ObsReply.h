#pragma once

#include "obs/ObsError.h"

#include <QJsonObject>

// OBS's answer to one request (op 7 RequestResponse): its responseData, or
// why it failed (OBS's requestStatus, a timeout, a lost connection).
struct ObsReply
{
    QString requestType;
    QJsonObject data;
    ObsError error;

    bool ok() const
    {
        return !error.isError();
    }
};
