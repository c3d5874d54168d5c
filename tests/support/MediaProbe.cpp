#include "MediaProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace
{
QJsonObject ffprobe(const QStringList& arguments, QString* problem)
{
    QProcess process;
    process.start(QStringLiteral("ffprobe"), QStringList{QStringLiteral("-v"), QStringLiteral("error"),
                                                         QStringLiteral("-of"), QStringLiteral("json")} +
                                                 arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *problem = QStringLiteral("ffprobe failed: ") + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}
} // namespace

double MediaProbe::maxKeyframeGap() const
{
    // The gap after the last keyframe counts too: a stream that ends long
    // after its last keyframe had a long interval.
    double gap = lastFrameTime - (keyframeTimes.isEmpty() ? 0 : keyframeTimes.last());
    for (qsizetype i = 1; i < keyframeTimes.size(); ++i) {
        gap = qMax(gap, keyframeTimes.at(i) - keyframeTimes.at(i - 1));
    }
    return gap;
}

MediaProbe MediaProbe::probe(const QString& file)
{
    MediaProbe result;
    const QJsonObject streams =
        ffprobe({QStringLiteral("-show_entries"),
                 QStringLiteral("stream=codec_type,codec_name,profile,width,height,has_b_frames"), file},
                &result.problem);
    for (const QJsonValue& value : streams.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject stream = value.toObject();
        if (stream.value(QStringLiteral("codec_type")) == QLatin1String("video")) {
            result.videoCodec = stream.value(QStringLiteral("codec_name")).toString();
            result.videoProfile = stream.value(QStringLiteral("profile")).toString();
            result.width = stream.value(QStringLiteral("width")).toInt();
            result.height = stream.value(QStringLiteral("height")).toInt();
            result.hasBFrames = stream.value(QStringLiteral("has_b_frames")).toInt(-1);
        } else if (stream.value(QStringLiteral("codec_type")) == QLatin1String("audio")) {
            result.audioCodec = stream.value(QStringLiteral("codec_name")).toString();
        }
    }
    const QJsonObject frames =
        ffprobe({QStringLiteral("-select_streams"), QStringLiteral("v"), QStringLiteral("-show_entries"),
                 QStringLiteral("frame=pict_type,key_frame,pts_time"), file},
                &result.problem);
    for (const QJsonValue& value : frames.value(QStringLiteral("frames")).toArray()) {
        const QJsonObject frame = value.toObject();
        const double time = frame.value(QStringLiteral("pts_time")).toString().toDouble();
        ++result.videoFrames;
        result.lastFrameTime = qMax(result.lastFrameTime, time);
        result.bFrames += frame.value(QStringLiteral("pict_type")) == QLatin1String("B") ? 1 : 0;
        if (frame.value(QStringLiteral("key_frame")).toInt() == 1) {
            result.keyframeTimes.append(time);
        }
    }
    return result;
}

QString MediaProbe::describe() const
{
    QStringList times;
    for (double time : keyframeTimes) {
        times.append(QString::number(time, 'f', 2));
    }
    return QStringLiteral("video %1 (%2) %3x%4 has_b_frames=%5, %6 frames, %7 B-frames, keyframes at [%8], "
                          "last frame %9 s; audio %10")
        .arg(videoCodec, videoProfile)
        .arg(width)
        .arg(height)
        .arg(hasBFrames)
        .arg(videoFrames)
        .arg(bFrames)
        .arg(times.join(QStringLiteral(", ")))
        .arg(lastFrameTime)
        .arg(audioCodec.isEmpty() ? QStringLiteral("none") : audioCodec);
}
