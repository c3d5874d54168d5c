#pragma once

#include "obs/ObsFixPlan.h"
#include "obs/ObsSettings.h"

#include <QCoreApplication>
#include <QSize>

// Computes "Make OBS IVS-safe" from the settings read: x264 options merged
// with bframes=0, keyint=<2 s of frames> and profile=baseline (keeping the
// operator's other options), the bitrate capped at 6000 Kbps, the output
// resolution scaled into 720p. What the API cannot change becomes a manual
// step in plain words. A pure function.
class ObsFixPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ObsFixPlanner)

public:
    static ObsFixPlan plan(const ObsSettings& settings);
    // The largest even size with the same aspect ratio within 1280x720 (or
    // 720x1280 upright); the size itself when it already fits.
    static QSize fitInto720p(const QSize& size);
    // Two seconds of frames, rounded down so the interval never exceeds 2 s.
    static int keyintForTwoSeconds(double fps);
    static QString mergedX264Options(const QString& current, double fps);

private:
    static void planSimpleEncoder(const ObsSettings& settings, ObsFixPlan& plan);
    static void planAdvanced(const ObsSettings& settings, ObsFixPlan& plan);
    static void planResolution(const ObsSettings& settings, ObsFixPlan& plan);
    static void change(ObsFixPlan& plan,
                       const ObsSettings& settings,
                       const QString& category,
                       const QString& name,
                       const QString& value);
};
