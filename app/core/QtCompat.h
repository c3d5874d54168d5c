#pragma once

#include <QDateTime>
#include <QTimeZone>

// The few Qt APIs that differ between the Qt versions the app builds with
// (Debian 12: Qt 6.4, Debian 13: Qt 6.8), in one place. Qt 6.8 deprecates
// the Qt::TimeSpec overloads of QDateTime; their replacement,
// QTimeZone::UTC, arrived in Qt 6.5.
namespace QtCompat
{
// The same date and time, read as UTC (not converted).
inline QDateTime asUtc(QDateTime dateTime)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    dateTime.setTimeZone(QTimeZone::UTC);
#else
    dateTime.setTimeSpec(Qt::UTC);
#endif
    return dateTime;
}

inline QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

inline QDateTime fromMSecsSinceEpochUtc(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}
} // namespace QtCompat
