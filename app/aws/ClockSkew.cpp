#include "aws/ClockSkew.h"

#include "core/QtCompat.h"

#include <QLocale>

#include <atomic>

namespace
{
std::atomic<qint64> g_offsetMs{0};
}

qint64 ClockSkew::offsetMs()
{
    return g_offsetMs.load();
}

QDateTime ClockSkew::correctedNow()
{
    return QDateTime::currentDateTimeUtc().addMSecs(offsetMs());
}

QDateTime ClockSkew::parseHttpDate(const QByteArray& value)
{
    // RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid()) {
        parsed = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    }
    if (parsed.isValid()) {
        parsed = QtCompat::asUtc(parsed);
    }
    return parsed;
}

bool ClockSkew::observe(const QByteArray& dateHeader, const QDateTime& localNow)
{
    const QDateTime server = parseHttpDate(dateHeader);
    if (!server.isValid()) {
        return false;
    }
    const qint64 skew = localNow.msecsTo(server);
    const qint64 current = g_offsetMs.load();
    if (qAbs(skew - current) < ThresholdMs) {
        return false;
    }
    // A skew under the threshold is within what AWS accepts: keep the clock.
    g_offsetMs.store(qAbs(skew) < ThresholdMs ? 0 : skew);
    return g_offsetMs.load() != current;
}

void ClockSkew::reset()
{
    g_offsetMs.store(0);
}
