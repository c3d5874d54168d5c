#include "obs/ObsVideoEncoder.h"

#include <QStringList>

ObsVideoEncoder::Kind ObsVideoEncoder::classify(const QString& encoderId)
{
    const QString id = encoderId.toLower();
    if (id.isEmpty()) {
        return Kind::Unknown;
    }
    if (id.contains(QLatin1String("av1"))) {
        return Kind::Av1;
    }
    if (id.contains(QLatin1String("hevc")) || id.contains(QLatin1String("h265")) || id.contains(QLatin1String("265"))) {
        return Kind::Hevc;
    }
    if (id.contains(QLatin1String("x264"))) {
        return Kind::X264;
    }
    static const QStringList hardwareH264{
        QStringLiteral("nvenc"), QStringLiteral("qsv"),        QStringLiteral("amd"),          QStringLiteral("amf"),
        QStringLiteral("vaapi"), QStringLiteral("apple_h264"), QStringLiteral("videotoolbox"), QStringLiteral("h264")};
    for (const QString& marker : hardwareH264) {
        if (id.contains(marker)) {
            return Kind::HardwareH264;
        }
    }
    return Kind::Unknown;
}
