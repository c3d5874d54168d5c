#pragma once

#include "obs/ObsPreflightReport.h"
#include "obs/ObsSettings.h"

#include <QCoreApplication>

// Checks OBS's stream settings against what Amazon IVS Real-Time accepts
// over RTMP(S): H.264 without B-frames, a keyframe every 1-2 s, at most 720p,
// at most 8.5 Mbps (about 6 recommended), AAC audio, audio and video. A pure
// function of the settings read; what the API cannot tell is "unknown".
class ObsPreflight
{
    Q_DECLARE_TR_FUNCTIONS(ObsPreflight)

public:
    static constexpr int MaxVideoKbps = 8500;
    static constexpr int RecommendedVideoKbps = 6000;
    static constexpr int MaxLongSide = 1280;
    static constexpr int MaxShortSide = 720;
    static constexpr int X264DefaultKeyint = 250; // x264's default when OBS passes no keyframe interval

    static ObsPreflightReport run(const ObsSettings& settings);

    static ObsCheck videoCodec(const ObsSettings& settings);
    static ObsCheck bFrames(const ObsSettings& settings);
    static ObsCheck keyframeInterval(const ObsSettings& settings);
    static ObsCheck resolution(const ObsSettings& settings);
    static ObsCheck videoBitrate(const ObsSettings& settings);
    static ObsCheck audioCodec(const ObsSettings& settings);
    static ObsCheck audioAndVideo(const ObsSettings& settings);

    static bool fitsIvs(const QSize& size);

private:
    static QString advancedModeUnreadable();
    static ObsCheck x264KeyframeInterval(const ObsSettings& settings, ObsCheck check);
};
