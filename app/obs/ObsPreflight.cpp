#include "obs/ObsPreflight.h"

#include "obs/ObsVideoEncoder.h"
#include "obs/X264Options.h"

#include <cmath>

namespace
{
ObsCheck make(const QString& id, ObsCheck::Status status, const QString& detail, const QString& fix = QString())
{
    return ObsCheck{id, status, detail, fix};
}

QString seconds(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}
} // namespace

ObsPreflightReport ObsPreflight::run(const ObsSettings& settings)
{
    return ObsPreflightReport{{videoCodec(settings), bFrames(settings), keyframeInterval(settings),
                               resolution(settings), videoBitrate(settings), audioCodec(settings),
                               audioAndVideo(settings)}};
}

QString ObsPreflight::advancedModeUnreadable()
{
    return tr("Advanced output mode keeps the encoder's settings in the profile's streamEncoder.json, which cannot "
              "be read through the API.");
}

ObsCheck ObsPreflight::videoCodec(const ObsSettings& settings)
{
    const QString id = QStringLiteral("video-codec");
    const QString encoder = settings.videoEncoder();
    switch (ObsVideoEncoder::classify(encoder)) {
    case ObsVideoEncoder::Kind::X264:
    case ObsVideoEncoder::Kind::HardwareH264:
        return make(id, ObsCheck::Status::Ok, tr("The stream encoder \"%1\" makes H.264.").arg(encoder));
    case ObsVideoEncoder::Kind::Hevc:
    case ObsVideoEncoder::Kind::Av1:
        return make(id, ObsCheck::Status::Problem,
                    tr("The stream encoder \"%1\" makes HEVC or AV1; IVS accepts only H.264 over RTMP.").arg(encoder),
                    tr("In Settings > Output > Streaming, choose an H.264 encoder (x264, or the H.264 variant of "
                       "NVENC, QuickSync, AMF or VA-API)."));
    case ObsVideoEncoder::Kind::Unknown:
        break;
    }
    return make(id, ObsCheck::Status::Unknown,
                encoder.isEmpty() ? tr("OBS did not say which stream encoder it uses.")
                                  : tr("The stream encoder \"%1\" is not one this check knows.").arg(encoder),
                tr("Make sure Settings > Output > Streaming uses an H.264 encoder."));
}

ObsCheck ObsPreflight::bFrames(const ObsSettings& settings)
{
    const QString id = QStringLiteral("b-frames");
    const QString fix = tr("In Settings > Output > Streaming, turn on \"Enable Advanced Encoder Settings\" and put "
                           "bframes=0 in \"x264 Options\" (or use \"Make OBS IVS-safe\").");
    const ObsVideoEncoder::Kind kind = ObsVideoEncoder::classify(settings.videoEncoder());
    if (kind == ObsVideoEncoder::Kind::HardwareH264) {
        return make(id, ObsCheck::Status::Unknown,
                    tr("The hardware encoder \"%1\" has its own B-frame setting, which cannot be read through the "
                       "API.")
                        .arg(settings.videoEncoder()),
                    tr("Set B-frames (\"Max B-frames\") to 0 in the encoder's settings, or use x264."));
    }
    if (kind != ObsVideoEncoder::Kind::X264) {
        return make(id, ObsCheck::Status::Unknown, tr("Not known for this encoder; IVS needs H.264 without B-frames."),
                    tr("Use an H.264 encoder with B-frames set to 0."));
    }
    if (settings.isAdvancedOutput()) {
        return make(id, ObsCheck::Status::Unknown, advancedModeUnreadable(),
                    tr("In Settings > Output > Streaming, set \"x264 Options\" to include bframes=0, or choose "
                       "Profile: baseline."));
    }
    const X264Options options = X264Options::parse(settings.simpleX264Options());
    const bool applied = settings.simpleUseAdvanced();
    if (applied && (options.intValue(QStringLiteral("bframes")) == 0 ||
                    options.value(QStringLiteral("profile")) == QLatin1String("baseline"))) {
        return make(id, ObsCheck::Status::Ok, tr("x264 runs with bframes=0 or the baseline profile: no B-frames."));
    }
    return make(id, ObsCheck::Status::Problem,
                applied ? tr("The x264 options do not set bframes=0, so x264's preset adds B-frames; IVS refuses "
                             "streams with B-frames (B_FRAME_PRESENT).")
                        : tr("OBS's x264 uses its preset's B-frames (the default preset makes up to 3 in a row), "
                             "and the x264 options that could turn them off are not enabled; IVS refuses streams "
                             "with B-frames (B_FRAME_PRESENT)."),
                fix);
}

ObsCheck ObsPreflight::keyframeInterval(const ObsSettings& settings)
{
    ObsCheck check = make(QStringLiteral("keyframe-interval"), ObsCheck::Status::Unknown, QString(),
                          tr("Set the keyframe interval to 2 s (in \"x264 Options\": keyint=<2 x frame rate>, or "
                             "use \"Make OBS IVS-safe\")."));
    const ObsVideoEncoder::Kind kind = ObsVideoEncoder::classify(settings.videoEncoder());
    if (settings.isAdvancedOutput()) {
        check.detail = advancedModeUnreadable();
        check.fix = tr("In Settings > Output > Streaming, set Keyframe Interval to 2 s.");
        return check;
    }
    if (kind != ObsVideoEncoder::Kind::X264) {
        check.detail = tr("Simple output mode passes no keyframe interval to \"%1\", so the encoder's own default "
                          "applies, which cannot be read through the API.")
                           .arg(settings.videoEncoder());
        check.fix = tr("Switch to Advanced output mode and set Keyframe Interval to 2 s, or use x264.");
        return check;
    }
    return x264KeyframeInterval(settings, check);
}

ObsCheck ObsPreflight::x264KeyframeInterval(const ObsSettings& settings, ObsCheck check)
{
    const double fps = settings.fps();
    if (fps <= 0) {
        check.detail = tr("OBS did not report its frame rate, so the keyframe interval in seconds is not known.");
        return check;
    }
    const X264Options options = X264Options::parse(settings.simpleX264Options());
    const std::optional<QString> keyintText =
        settings.simpleUseAdvanced() ? options.value(QStringLiteral("keyint")) : std::nullopt;
    const std::optional<int> keyint =
        settings.simpleUseAdvanced() ? options.intValue(QStringLiteral("keyint")) : std::nullopt;
    if (keyintText && !keyint) {
        check.status = ObsCheck::Status::Problem;
        check.detail =
            tr("The x264 options set keyint=%1: no regular keyframes; IVS needs one every 1-2 s.").arg(*keyintText);
        return check;
    }
    const int frames = keyint.value_or(X264DefaultKeyint);
    const double interval = frames / fps;
    const QString source = keyint ? tr("keyint=%1 in the x264 options").arg(frames)
                                  : tr("x264's default of %1 frames, as OBS sets no interval").arg(frames);
    // Rounding: 59.94 fps with keyint=119 is 1.99 s, fine; allow 1 % slack.
    if (interval >= 0.99 && interval <= 2.02) {
        check.status = ObsCheck::Status::Ok;
        check.detail = tr("A keyframe every %1 s (%2 at %3 fps).").arg(seconds(interval), source, seconds(fps));
        check.fix.clear();
        return check;
    }
    check.status = ObsCheck::Status::Problem;
    check.detail = tr("A keyframe every %1 s (%2 at %3 fps); IVS needs one every 1-2 s.")
                       .arg(seconds(interval), source, seconds(fps));
    return check;
}

bool ObsPreflight::fitsIvs(const QSize& size)
{
    return qMax(size.width(), size.height()) <= MaxLongSide && qMin(size.width(), size.height()) <= MaxShortSide;
}

ObsCheck ObsPreflight::resolution(const ObsSettings& settings)
{
    const QString id = QStringLiteral("resolution");
    const QSize size = settings.streamSize();
    if (size.width() <= 0 || size.height() <= 0) {
        return make(id, ObsCheck::Status::Unknown, tr("OBS did not report its output resolution."),
                    tr("Check Settings > Video > Output (Scaled) Resolution: at most 1280x720."));
    }
    const QString text = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    if (fitsIvs(size)) {
        return make(id, ObsCheck::Status::Ok, tr("The stream is %1, within 720p.").arg(text));
    }
    return make(id, ObsCheck::Status::Problem,
                tr("The stream is %1; IVS takes at most 720p (1280x720, or 720x1280 upright).").arg(text),
                tr("In Settings > Video, set Output (Scaled) Resolution to 1280x720 or less (or use \"Make OBS "
                   "IVS-safe\")."));
}

ObsCheck ObsPreflight::videoBitrate(const ObsSettings& settings)
{
    const QString id = QStringLiteral("video-bitrate");
    if (settings.isAdvancedOutput()) {
        return make(id, ObsCheck::Status::Unknown, advancedModeUnreadable(),
                    tr("In Settings > Output > Streaming, set Bitrate to 6000 Kbps or less (8500 at most)."));
    }
    const std::optional<int> kbps = settings.simpleVideoBitrate();
    if (!kbps || *kbps <= 0) {
        return make(id, ObsCheck::Status::Unknown, tr("OBS did not report the video bitrate."),
                    tr("In Settings > Output, set Video Bitrate to 6000 Kbps or less."));
    }
    if (*kbps > MaxVideoKbps) {
        return make(id, ObsCheck::Status::Problem,
                    tr("The video bitrate is %1 Kbps; IVS takes at most %2.").arg(*kbps).arg(MaxVideoKbps),
                    tr("In Settings > Output, set Video Bitrate to %1 Kbps or less.").arg(RecommendedVideoKbps));
    }
    if (*kbps > RecommendedVideoKbps) {
        return make(id, ObsCheck::Status::Ok,
                    tr("The video bitrate is %1 Kbps: within IVS's %2 Kbps limit, above the recommended %3.")
                        .arg(*kbps)
                        .arg(MaxVideoKbps)
                        .arg(RecommendedVideoKbps));
    }
    return make(id, ObsCheck::Status::Ok, tr("The video bitrate is %1 Kbps.").arg(*kbps));
}

ObsCheck ObsPreflight::audioCodec(const ObsSettings& settings)
{
    const QString id = QStringLiteral("audio-codec");
    if (!settings.isAdvancedOutput()) {
        return make(id, ObsCheck::Status::Ok, tr("Simple output mode streams AAC audio over RTMP."));
    }
    const QString encoder = settings.parameter(QStringLiteral("AdvOut"), QStringLiteral("AudioEncoder"));
    if (encoder.isEmpty()) {
        return make(id, ObsCheck::Status::Ok,
                    tr("This OBS has no audio encoder choice for streaming (AdvOut/AudioEncoder is not set): it "
                       "streams AAC."));
    }
    if (encoder.contains(QLatin1String("aac"), Qt::CaseInsensitive)) {
        return make(id, ObsCheck::Status::Ok, tr("The stream's audio encoder \"%1\" makes AAC.").arg(encoder));
    }
    return make(id,
                encoder.contains(QLatin1String("opus"), Qt::CaseInsensitive) ? ObsCheck::Status::Problem
                                                                             : ObsCheck::Status::Unknown,
                tr("The stream's audio encoder is \"%1\"; IVS takes AAC.").arg(encoder),
                tr("In Settings > Output > Streaming, choose an AAC audio encoder."));
}

ObsCheck ObsPreflight::audioAndVideo(const ObsSettings& settings)
{
    Q_UNUSED(settings)
    // OBS's RTMP output always carries one video and one audio track (the
    // mix is silent when no audio source plays); the API does not say
    // whether a microphone is actually heard.
    return make(QStringLiteral("audio-video-present"), ObsCheck::Status::Ok,
                tr("OBS always streams one video and one audio track over RTMP (silence when no audio source "
                   "plays). Whether a microphone or desktop audio is audible is not checked."));
}
