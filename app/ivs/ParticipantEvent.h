#pragma once

#include <QDateTime>
#include <QString>

// One entry of ListParticipantEvents.
struct ParticipantEvent
{
    QString name; // JOINED, PUBLISH_STARTED, PUBLISH_ERROR, …
    QDateTime time;
    QString errorCode; // empty for events that are not errors
    QString participantId;
};
