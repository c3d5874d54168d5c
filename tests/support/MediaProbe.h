#pragma once

#include <QList>
#include <QString>

// What arrived, as ffprobe sees it: the streams and every video frame's
// type and time. The facts IVS cares about: H.264 without B-frames,
// keyframes at most 2 s apart, at most 720p, audio and video.
struct MediaProbe
{
    QString videoCodec;
    QString videoProfile;
    QString audioCodec;
    int width = 0;
    int height = 0;
    int hasBFrames = -1; // the stream's has_b_frames
    int videoFrames = 0;
    int bFrames = 0; // frames with pict_type B
    QList<double> keyframeTimes;
    QString problem; // set when ffprobe failed

    bool hasVideo() const
    {
        return !videoCodec.isEmpty();
    }
    bool hasAudio() const
    {
        return !audioCodec.isEmpty();
    }
    double maxKeyframeGap() const;
    double lastFrameTime = 0;

    static MediaProbe probe(const QString& file);
    QString describe() const;
};
