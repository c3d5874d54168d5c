#pragma once

#include "obs/ObsError.h"
#include "obs/ObsStreamStatus.h"

#include <QStringList>

// How a stream start ended up, from polling GetStreamStatus and the
// StreamStateChanged events: StartStream may answer success while nothing
// streams, so only bytes flowing count as live.
struct ObsStreamOutcome
{
    enum class Result
    {
        Live,         // active, and bytes kept flowing
        Ended,        // became active or started, then stopped by itself
        NeverStarted, // never active: the server refused or was unreachable
        TimedOut,     // neither live nor ended in time
        Failed,       // a request failed or the connection was lost
    };

    Result result = Result::TimedOut;
    ObsStreamStatus lastStatus;
    QStringList states; // StreamStateChanged outputState values, in order
    bool everActive = false;
    ObsError error;
    QString message;
};
