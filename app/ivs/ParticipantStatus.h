#pragma once

#include "ivs/ParticipantEvent.h"

#include <QList>

// What the stage session knows about one participant of the configuration
// (the virtual one, or a physical encoder of a redundant pair).
struct ParticipantStatus
{
    QString participantId;
    QString state;    // CONNECTED or DISCONNECTED
    QString protocol; // RTMP, RTMPS, WHIP, UNKNOWN
    bool published = false;
    QDateTime firstJoinTime;
    QList<ParticipantEvent> events; // newest last
    QString problem;                // why the details could not be read, if so
};
