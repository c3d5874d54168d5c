#pragma once

#include <QDateTime>

// How far this computer's clock is from one endpoint's, learnt from the Date
// header of its replies, as aws-sdk-cpp does (AWSClient::AdjustClockSkew).
// Each endpoint keeps its own (AwsTransport holds one per endpoint): a
// server that lies about the time misleads only the requests to itself. A
// skew under ThresholdMs is within what AWS accepts and is left alone; one
// over MaxCorrectionMs is not believed (a Date of year 9999 or 0001 is a
// broken server or a hostile one, not a wrong clock).
class ClockSkew
{
public:
    static constexpr qint64 ThresholdMs = 4 * 60 * 1000;
    static constexpr qint64 MaxCorrectionMs = 24 * 3600 * 1000;

    enum class Observation
    {
        Unchanged,   // within the threshold of what was known
        Corrected,   // the offset changed: a refused request may be worth sending again
        Implausible, // more than a day off: ignored
        Unreadable,  // no usable Date header
    };

    qint64 offsetMs() const
    {
        return m_offsetMs;
    }
    // Signing time: now, corrected.
    QDateTime correctedNow(const QDateTime& now = QDateTime::currentDateTimeUtc()) const
    {
        return now.addMSecs(m_offsetMs);
    }
    Observation observe(const QByteArray& dateHeader, const QDateTime& localNow = QDateTime::currentDateTimeUtc());
    // The skew the last implausible Date header claimed, for the message.
    qint64 rejectedSkewMs() const
    {
        return m_rejectedMs;
    }

    static QDateTime parseHttpDate(const QByteArray& value);

private:
    qint64 m_offsetMs = 0;
    qint64 m_rejectedMs = 0;
};
