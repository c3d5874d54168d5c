#include "aws/ClockSkew.h"

#include "core/QtCompat.h"

#include <QLocale>

QDateTime ClockSkew::parseHttpDate(const QByteArray& value)
{
    // RFC 9110 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
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

ClockSkew::Observation ClockSkew::observe(const QByteArray& dateHeader, const QDateTime& localNow)
{
    const QDateTime server = parseHttpDate(dateHeader);
    if (!server.isValid()) {
        return Observation::Unreadable;
    }
    const qint64 skew = localNow.msecsTo(server);
    if (qAbs(skew) > MaxCorrectionMs) {
        m_rejectedMs = skew;
        return Observation::Implausible;
    }
    if (qAbs(skew - m_offsetMs) < ThresholdMs) {
        return Observation::Unchanged;
    }
    // A skew under the threshold is within what AWS accepts: keep the clock.
    const qint64 previous = m_offsetMs;
    m_offsetMs = qAbs(skew) < ThresholdMs ? 0 : skew;
    return m_offsetMs != previous ? Observation::Corrected : Observation::Unchanged;
}
