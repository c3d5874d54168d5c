#pragma once

#include <QString>

// How a test signal run ended. The message and log are redacted: the stream
// key never appears in them.
struct FfmpegTestSignalResult
{
    enum class Failure
    {
        None,
        FfmpegMissing,     // no ffmpeg on PATH (an optional run-time dependency)
        ConnectionRefused, // nothing listens at the server
        PublishRefused,    // the server took the connection but refused the stream key
        Timeout,           // ran past seconds + grace: killed
        Cancelled,
        Failed, // any other exit, with FFmpeg's last lines
    };

    Failure failure = Failure::None;
    int exitCode = -1;
    double secondsSent = 0;
    qint64 bytesSent = 0;
    QString message;
    QString log; // FFmpeg's stderr, redacted

    bool ok() const
    {
        return failure == Failure::None;
    }
    static QString failureId(Failure failure)
    {
        switch (failure) {
        case Failure::None:
            return QStringLiteral("none");
        case Failure::FfmpegMissing:
            return QStringLiteral("ffmpeg-missing");
        case Failure::ConnectionRefused:
            return QStringLiteral("connection-refused");
        case Failure::PublishRefused:
            return QStringLiteral("publish-refused");
        case Failure::Timeout:
            return QStringLiteral("timeout");
        case Failure::Cancelled:
            return QStringLiteral("cancelled");
        case Failure::Failed:
            break;
        }
        return QStringLiteral("failed");
    }
};
