#include "obs/ObsFixPlanner.h"

#include "obs/ObsPreflight.h"
#include "obs/ObsVideoEncoder.h"
#include "obs/X264Options.h"

#include <cmath>

namespace
{
const QString simpleOutput = QStringLiteral("SimpleOutput");
} // namespace

ObsFixPlan ObsFixPlanner::plan(const ObsSettings& settings)
{
    ObsFixPlan plan;
    if (settings.isAdvancedOutput()) {
        planAdvanced(settings, plan);
    } else {
        planSimpleEncoder(settings, plan);
    }
    planResolution(settings, plan);
    if (!plan.isEmpty()) {
        plan.notes.append(tr("OBS uses changed encoder settings from the next stream start: if it is streaming now, "
                             "stop and start the stream. OBS refuses video changes while an output runs."));
    }
    return plan;
}

void ObsFixPlanner::change(
    ObsFixPlan& plan, const ObsSettings& settings, const QString& category, const QString& name, const QString& value)
{
    if (settings.parameter(category, name) != value) {
        plan.changes.append({category, name, settings.storedParameter(category, name), value});
    }
}

int ObsFixPlanner::keyintForTwoSeconds(double fps)
{
    // OBS's default 30 fps when the frame rate is unknown.
    return qMax(1, int(std::floor(2 * (fps > 0 ? fps : 30.0) + 1e-6)));
}

QString ObsFixPlanner::mergedX264Options(const QString& current, double fps)
{
    X264Options options = X264Options::parse(current);
    options.set(QStringLiteral("bframes"), QStringLiteral("0"));
    options.set(QStringLiteral("keyint"), QString::number(keyintForTwoSeconds(fps)));
    // Baseline cannot carry B-frames at all; a profile the operator chose
    // stays, since bframes=0 already keeps B-frames out.
    if (!options.value(QStringLiteral("profile"))) {
        options.set(QStringLiteral("profile"), QStringLiteral("baseline"));
    }
    return options.toString();
}

void ObsFixPlanner::planSimpleEncoder(const ObsSettings& settings, ObsFixPlan& plan)
{
    const ObsVideoEncoder::Kind kind = ObsVideoEncoder::classify(settings.videoEncoder());
    if (kind == ObsVideoEncoder::Kind::HardwareH264) {
        plan.manualSteps.append(
            tr("\"%1\" is a hardware encoder: its B-frames and keyframe interval cannot be set through the API. "
               "Switch to Advanced output mode and set Keyframe Interval 2 s and B-frames 0, or choose x264.")
                .arg(settings.videoEncoder()));
    } else {
        if (kind != ObsVideoEncoder::Kind::X264) {
            change(plan, settings, simpleOutput, QStringLiteral("StreamEncoder"), QStringLiteral("x264"));
        }
        change(plan, settings, simpleOutput, QStringLiteral("UseAdvanced"), QStringLiteral("true"));
        change(plan, settings, simpleOutput, QStringLiteral("x264Settings"),
               mergedX264Options(settings.simpleX264Options(), settings.fps()));
    }
    const std::optional<int> kbps = settings.simpleVideoBitrate();
    if (kbps && *kbps > ObsPreflight::RecommendedVideoKbps) {
        change(plan, settings, simpleOutput, QStringLiteral("VBitrate"),
               QString::number(ObsPreflight::RecommendedVideoKbps));
    }
}

void ObsFixPlanner::planAdvanced(const ObsSettings& settings, ObsFixPlan& plan)
{
    plan.manualSteps.append(tr("Advanced output mode keeps the encoder's settings in the profile's "
                               "streamEncoder.json, which cannot be changed through the API. In Settings > Output "
                               "> Streaming, choose x264 (or an H.264 hardware encoder), set Rate Control CBR, "
                               "Bitrate 6000 Kbps or less, Keyframe Interval 2 s, and B-frames 0 (x264 Options: "
                               "bframes=0)."));
    const QSize size = settings.streamSize();
    const bool rescale =
        settings.parameter(QStringLiteral("AdvOut"), QStringLiteral("Rescale")) == QLatin1String("true");
    if (rescale && !ObsPreflight::fitsIvs(size)) {
        const QSize fitted = fitInto720p(size);
        change(plan, settings, QStringLiteral("AdvOut"), QStringLiteral("RescaleRes"),
               QStringLiteral("%1x%2").arg(fitted.width()).arg(fitted.height()));
    }
}

void ObsFixPlanner::planResolution(const ObsSettings& settings, ObsFixPlan& plan)
{
    const QSize output(settings.outputWidth, settings.outputHeight);
    if (output.isEmpty() || ObsPreflight::fitsIvs(output)) {
        return;
    }
    const QSize fitted = fitInto720p(output);
    const QString video = ObsParameterChange::videoCategory();
    plan.changes.append(
        {video, QStringLiteral("outputWidth"), QString::number(output.width()), QString::number(fitted.width())});
    plan.changes.append(
        {video, QStringLiteral("outputHeight"), QString::number(output.height()), QString::number(fitted.height())});
}

QSize ObsFixPlanner::fitInto720p(const QSize& size)
{
    if (size.isEmpty() || ObsPreflight::fitsIvs(size)) {
        return size;
    }
    const bool upright = size.height() > size.width();
    const double maxWidth = upright ? ObsPreflight::MaxShortSide : ObsPreflight::MaxLongSide;
    const double maxHeight = upright ? ObsPreflight::MaxLongSide : ObsPreflight::MaxShortSide;
    const double scale = qMin(maxWidth / size.width(), maxHeight / size.height());
    const auto even = [](double value) {
        return qMax(2, int(std::floor(value / 2)) * 2);
    };
    return {even(size.width() * scale), even(size.height() * scale)};
}
