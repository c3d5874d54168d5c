#pragma once

#include <QString>

// What the FFmpeg test signal sends: a moving test pattern and a 1 kHz tone
// at IVS-safe settings (H.264 constrained baseline without B-frames, a
// keyframe every 2 s, AAC), for a bounded time.
struct FfmpegTestSignalOptions
{
    QString server;    // rtmp://host:port/app/ or rtmps://...:443/app/
    QString streamKey; // secret: never logged, never in a message
    int seconds = 10;
    int width = 1280;
    int height = 720;
    int fps = 30;
    int videoKbps = 2500;
    QString program = QStringLiteral("ffmpeg"); // a name looked up on PATH, or a path
    int graceMs = 20000;                        // on top of `seconds`: connecting and closing

    // server + key, as FFmpeg's -f flv output takes it.
    QString publishUrl() const
    {
        return server.endsWith(u'/') ? server + streamKey : server + u'/' + streamKey;
    }
};
