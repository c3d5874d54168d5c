#pragma once

#include "obs/FfmpegTestSignalOptions.h"
#include "obs/FfmpegTestSignalResult.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

// Runs FFmpeg as a test publisher: a pattern and a tone at IVS-safe settings
// to server + key for N seconds. Reports start, progress (from FFmpeg's
// -progress output) and a typed result. FFmpeg runs in its own process
// group, killed as a whole on cancel or timeout. The URL holds the stream
// key, so everything FFmpeg prints is redacted before anyone sees it.
class FfmpegTestSignal : public QObject
{
    Q_OBJECT

public:
    explicit FfmpegTestSignal(QObject* parent = nullptr);
    ~FfmpegTestSignal() override;

    // The full path of ffmpeg, or empty when it is not installed.
    static QString findProgram(const QString& program);
    static QStringList arguments(const FfmpegTestSignalOptions& options);

    void start(const FfmpegTestSignalOptions& options);
    void cancel();
    bool isRunning() const;

signals:
    void started();
    // The server accepted the stream: FFmpeg is writing media.
    void publishing();
    void progress(double secondsSent, qint64 bytesSent);
    void finished(const FfmpegTestSignalResult& result);

private:
    QProcess m_process;
    QTimer m_deadline;
    FfmpegTestSignalOptions m_options;
    FfmpegTestSignalResult m_result;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_publishing = false;
    bool m_running = false;
    FfmpegTestSignalResult::Failure m_killedFor = FfmpegTestSignalResult::Failure::None;

    void onStdout();
    void onProgressLine(const QByteArray& line);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void killGroup(FfmpegTestSignalResult::Failure reason);
    void report(FfmpegTestSignalResult::Failure failure, const QString& message);
    QString redact(const QString& text) const;
    FfmpegTestSignalResult::Failure classify(const QString& log) const;
    QString messageFor(FfmpegTestSignalResult::Failure failure, const QString& lastLine) const;
};
