#pragma once

#include <QDateTime>
#include <QString>

// Where one inspection is, for a status line: "Waiting for the quota…",
// "Retrying (2 of 3)…".
struct InspectionProgress
{
    enum class Phase
    {
        Credentials,     // resolving the profile's credentials
        WaitingForQuota, // the request waits for its turn within 5 a second
        Sending,         // on the wire (attempt of maxAttempts)
        Retrying,        // waiting to send again after a failure
        Readiness,       // reading the stage, its session and events
        Done,
    };

    Phase phase = Phase::Credentials;
    int attempt = 0;
    int maxAttempts = 0;
    int delayMs = 0;
    QString reason; // why the last attempt failed (Retrying)
    QString host;   // where the request goes
    QDateTime startedAt;
};
