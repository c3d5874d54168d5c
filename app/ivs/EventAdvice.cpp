#include "ivs/EventAdvice.h"

#include <QHash>

QString EventAdvice::explain(const QString& code)
{
    if (code == QLatin1String("B_FRAME_PRESENT")) {
        return tr("The stream contains B-frames, which IVS Real-Time refuses. Turn B-frames off in the encoder (OBS: "
                  "Output > Streaming > B-frames 0; x264: bframes=0; FFmpeg: -bf 0).");
    }
    if (code == QLatin1String("BITRATE_EXCEEDED")) {
        return tr("The bitrate went above the 8.5 Mbps limit. Set the encoder to constant bitrate at 6 Mbps or less "
                  "(OBS: Rate control CBR; FFmpeg: -b:v 6M -maxrate 6M -bufsize 12M).");
    }
    if (code == QLatin1String("RESOLUTION_EXCEEDED")) {
        return tr("The resolution is above the 720p limit. Scale the output to 1280×720 or less (OBS: Video > Output "
                  "resolution; FFmpeg: -vf scale=-2:720).");
    }
    if (code == QLatin1String("STREAM_DURATION_EXCEEDED")) {
        return tr("The stream ran longer than the 24-hour limit. Restart the stream to begin a new session.");
    }
    if (code == QLatin1String("INVALID_AUDIO_CODEC")) {
        return tr("The audio codec is not accepted. Send AAC-LC audio (FFmpeg: -c:a aac).");
    }
    if (code == QLatin1String("INVALID_VIDEO_CODEC")) {
        return tr("The video codec is not accepted. Send H.264 video (OBS: x264 or a hardware H.264 encoder; FFmpeg: "
                  "-c:v libx264).");
    }
    if (code == QLatin1String("INVALID_PROTOCOL")) {
        return tr("The encoder used RTMP, but this configuration requires RTMPS. Use the rtmps:// server URL.");
    }
    if (code == QLatin1String("INVALID_STREAM_KEY")) {
        return tr("The stream key was not accepted. Copy it again from here; if the configuration was recreated, the "
                  "old key no longer works.");
    }
    if (code == QLatin1String("REUSE_OF_STREAM_KEY")) {
        return tr("The stream key is already in use by another active stage session. Stop the other encoder, or use a "
                  "separate ingest configuration for each encoder.");
    }
    if (code == QLatin1String("INVALID_INPUT")) {
        return tr("The input stream was not usable. Check that it carries both audio and video, and the encoder's "
                  "codec settings.");
    }
    if (code == QLatin1String("INSUFFICIENT_CAPABILITIES")) {
        return tr("The participant tried something its token does not allow.");
    }
    if (code == QLatin1String("QUOTA_EXCEEDED")) {
        return tr("The stage already has as many publishers as its quota allows (12). Stop another publisher first.");
    }
    if (code == QLatin1String("PUBLISHER_NOT_FOUND")) {
        return tr("The participant tried to subscribe to a publisher that does not exist.");
    }
    if (code == QLatin1String("INTERNAL_SERVER_EXCEPTION")) {
        return tr("IVS had an internal error. Start the stream again; if it keeps happening, contact AWS Support.");
    }
    return tr("IVS reported %1. See the IVS Real-Time documentation for this error code.").arg(code);
}

QString EventAdvice::cause(const QString& code)
{
    static const QHash<QString, const char*> causes{
        {QStringLiteral("B_FRAME_PRESENT"), QT_TR_NOOP("the stream contains B-frames")},
        {QStringLiteral("BITRATE_EXCEEDED"), QT_TR_NOOP("the bitrate went above 8.5 Mbps")},
        {QStringLiteral("RESOLUTION_EXCEEDED"), QT_TR_NOOP("the resolution is above 720p")},
        {QStringLiteral("STREAM_DURATION_EXCEEDED"), QT_TR_NOOP("the stream reached the 24-hour limit")},
        {QStringLiteral("INVALID_AUDIO_CODEC"), QT_TR_NOOP("the audio codec is not AAC")},
        {QStringLiteral("INVALID_VIDEO_CODEC"), QT_TR_NOOP("the video codec is not H.264")},
        {QStringLiteral("INVALID_PROTOCOL"), QT_TR_NOOP("the encoder used RTMP where RTMPS is required")},
        {QStringLiteral("INVALID_STREAM_KEY"), QT_TR_NOOP("the stream key was refused")},
        {QStringLiteral("REUSE_OF_STREAM_KEY"), QT_TR_NOOP("the stream key is in use by another session")},
        {QStringLiteral("INVALID_INPUT"), QT_TR_NOOP("the input stream was not usable")},
        {QStringLiteral("INSUFFICIENT_CAPABILITIES"), QT_TR_NOOP("the participant's token does not allow publishing")},
        {QStringLiteral("QUOTA_EXCEEDED"), QT_TR_NOOP("the stage has as many publishers as it allows")},
        {QStringLiteral("INTERNAL_SERVER_EXCEPTION"), QT_TR_NOOP("IVS had an internal error")},
    };
    const char* cause = causes.value(code);
    return cause ? tr(cause) : tr("IVS reported %1").arg(code);
}

QString EventAdvice::silentFailuresNote()
{
    return tr("Some failures leave no event: a wrong server URL, a blocked network or a stream key refused before "
              "the connection is made never reach the stage. If the encoder cannot connect and nothing shows here, "
              "check its server URL, key and network first.");
}
