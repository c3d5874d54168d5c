#pragma once

#include <QDateTime>
#include <QStringList>

// A configuration that goes live and drops on a timetable, so `watch` and a
// state timeline have something to show. From `start` it repeats: ACTIVE for
// activeSeconds, then INACTIVE for inactiveSeconds. Drop number k (from 0)
// ends with PUBLISH_ERROR dropErrorCodes[k % size], or with PUBLISH_STOPPED
// where that entry is empty. Every state and event follows from start and
// the data set's clock alone, so a test that moves the clock sees exactly
// the same history every time.
struct IvsStateSchedule
{
    QString configurationId; // the last part of the ingest configuration's ARN
    QDateTime start;
    int activeSeconds = 40;
    int inactiveSeconds = 20;
    QStringList dropErrorCodes;

    int periodSeconds() const
    {
        return activeSeconds + inactiveSeconds;
    }
    // How many changes (live, drop, live, …) have happened by `now`.
    qint64 changesBy(const QDateTime& now) const
    {
        if (!start.isValid() || now < start || periodSeconds() <= 0) {
            return 0;
        }
        const qint64 elapsed = start.secsTo(now);
        const qint64 cycles = elapsed / periodSeconds();
        return 2 * cycles + 1 + (elapsed - cycles * periodSeconds() >= activeSeconds ? 1 : 0);
    }
    // When change number n happens: even n goes live, odd n drops.
    QDateTime changeTime(qint64 n) const
    {
        return start.addSecs((n / 2) * periodSeconds() + (n % 2 == 0 ? 0 : activeSeconds));
    }
    QString dropErrorCode(qint64 n) const
    {
        return dropErrorCodes.isEmpty() ? QString() : dropErrorCodes.at(int((n / 2) % dropErrorCodes.size()));
    }
};
