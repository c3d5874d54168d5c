#pragma once

#include <QDateTime>

// How far this computer's clock is from AWS's, learnt from the Date header of
// replies (as aws-sdk-cpp does). One offset for the whole process: every
// request is signed with the corrected time once a skew of 4 minutes or more
// has been seen.
class ClockSkew
{
public:
    static constexpr qint64 ThresholdMs = 4 * 60 * 1000;

    static qint64 offsetMs();
    // Signing time: now, corrected.
    static QDateTime correctedNow();
    // Learns from a server's Date header; returns true when the offset
    // changed (so a request refused for its time is worth sending again).
    static bool observe(const QByteArray& dateHeader, const QDateTime& localNow = QDateTime::currentDateTimeUtc());
    static QDateTime parseHttpDate(const QByteArray& value);
    static void reset();
};
