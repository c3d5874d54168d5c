#pragma once

#include "ivs/GoLiveReport.h"

#include <QCoreApplication>

// The one-line answer to "is it live, and if not, why?", above the
// checklist. It never contradicts the state badge: ACTIVE is Live, whatever
// else is found. When it is not live, the most likely cause comes first: the
// participant's latest error event (with its fix) outranks everything, then a
// blocking check that failed, then what could not be read.
struct GoLiveVerdict
{
    Q_DECLARE_TR_FUNCTIONS(GoLiveVerdict)

public:
    enum class Kind
    {
        Live,
        Ready,   // nothing stands in the way: waiting for a publisher
        NotLive, // a cause was found
        Unknown, // not live, and what would tell why could not be read
    };

    Kind kind = Kind::Unknown;
    QString headline; // "Live", "Ready, waiting for a publisher", "Not live because …"
    QString fix;      // what to do next; empty when live
    QString source;   // the check id or "participant-errors"; empty for Live and Ready

    static GoLiveVerdict of(const GoLiveReport& report);
    // A stable word for scripts: "live", "ready", "not-live", "unknown".
    QString id() const;
};
