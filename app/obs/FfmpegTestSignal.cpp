#include "obs/FfmpegTestSignal.h"

#include "core/Redactor.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcFfmpeg, "ivs.obs.ffmpeg", QtInfoMsg)

namespace
{
using Failure = FfmpegTestSignalResult::Failure;
constexpr qsizetype MaxLogBytes = 64 * 1024; // FFmpeg's last words are what matters
} // namespace

FfmpegTestSignal::FfmpegTestSignal(QObject* parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { killGroup(Failure::Timeout); });
    connect(&m_process, &QProcess::started, this, &FfmpegTestSignal::started);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &FfmpegTestSignal::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
        if (m_stderr.size() > MaxLogBytes) {
            m_stderr = m_stderr.right(MaxLogBytes);
        }
    });
    connect(&m_process, &QProcess::finished, this, &FfmpegTestSignal::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &FfmpegTestSignal::onError);
    // Its own process group, so a kill reaches anything FFmpeg starts.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
}

FfmpegTestSignal::~FfmpegTestSignal()
{
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        ::kill(-static_cast<pid_t>(m_process.processId()), SIGKILL);
        m_process.waitForFinished(5000);
    }
}

QString FfmpegTestSignal::findProgram(const QString& program)
{
    if (program.contains(u'/')) {
        return QFileInfo(program).isExecutable() ? program : QString();
    }
    return QStandardPaths::findExecutable(program);
}

QStringList FfmpegTestSignal::arguments(const FfmpegTestSignalOptions& options)
{
    const QString size = QStringLiteral("%1x%2").arg(options.width).arg(options.height);
    const QString kbps = QString::number(options.videoKbps) + u'k';
    const QString keyint = QString::number(2 * options.fps);
    return {QStringLiteral("-hide_banner"), QStringLiteral("-nostdin"), QStringLiteral("-nostats"),
            QStringLiteral("-loglevel"), QStringLiteral("warning"), QStringLiteral("-progress"),
            QStringLiteral("pipe:1"), QStringLiteral("-re"), QStringLiteral("-f"), QStringLiteral("lavfi"),
            QStringLiteral("-i"), QStringLiteral("testsrc2=size=%1:rate=%2").arg(size).arg(options.fps),
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=frequency=1000:sample_rate=48000"), QStringLiteral("-t"),
            QString::number(options.seconds),
            // IVS: H.264 without B-frames, a keyframe every 2 s, AAC.
            QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-profile:v"), QStringLiteral("baseline"),
            QStringLiteral("-preset"), QStringLiteral("veryfast"), QStringLiteral("-bf"), QStringLiteral("0"),
            QStringLiteral("-g"), keyint, QStringLiteral("-keyint_min"), keyint, QStringLiteral("-sc_threshold"),
            QStringLiteral("0"), QStringLiteral("-b:v"), kbps, QStringLiteral("-maxrate"), kbps,
            QStringLiteral("-bufsize"), QString::number(2 * options.videoKbps) + u'k', QStringLiteral("-pix_fmt"),
            QStringLiteral("yuv420p"), QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-b:a"),
            QStringLiteral("128k"), QStringLiteral("-ar"), QStringLiteral("48000"), QStringLiteral("-f"),
            QStringLiteral("flv"), options.publishUrl()};
}

void FfmpegTestSignal::start(const FfmpegTestSignalOptions& options)
{
    if (m_running) {
        qCWarning(lcFfmpeg) << "a test signal is already running";
        return;
    }
    m_options = options;
    m_result = FfmpegTestSignalResult();
    m_stdout.clear();
    m_stderr.clear();
    m_publishing = false;
    m_killedFor = Failure::None;
    const QString program = findProgram(options.program);
    if (program.isEmpty()) {
        // Answer asynchronously, like every other outcome.
        QTimer::singleShot(0, this, [this] {
            report(Failure::FfmpegMissing,
                   tr("FFmpeg is not installed (no \"%1\" on PATH). It is only needed for the test signal: install "
                      "it (Debian: apt install ffmpeg) and try again.")
                       .arg(m_options.program));
        });
        return;
    }
    m_running = true;
    qCDebug(lcFfmpeg) << "starting" << program << "for" << options.seconds << "s to" << redact(options.publishUrl());
    m_deadline.start((options.seconds * 1000) + options.graceMs);
    m_process.start(program, arguments(options));
}

bool FfmpegTestSignal::isRunning() const
{
    return m_running;
}

void FfmpegTestSignal::cancel()
{
    killGroup(Failure::Cancelled);
}

void FfmpegTestSignal::killGroup(Failure reason)
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_killedFor = reason;
    const pid_t group = static_cast<pid_t>(m_process.processId());
    if (group > 0) {
        ::kill(-group, SIGKILL);
    }
}

void FfmpegTestSignal::onStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        onProgressLine(m_stdout.left(newline).trimmed());
        m_stdout.remove(0, newline + 1);
    }
}

void FfmpegTestSignal::onProgressLine(const QByteArray& line)
{
    // -progress writes key=value lines and closes each block with
    // progress=continue or progress=end.
    const qsizetype equals = line.indexOf('=');
    const QByteArray key = line.left(equals);
    const QByteArray value = line.mid(equals + 1);
    if (key == "out_time_us" && value.toLongLong() > 0) {
        m_result.secondsSent = value.toLongLong() / 1e6;
    } else if (key == "total_size") {
        m_result.bytesSent = value.toLongLong();
    } else if (key == "progress") {
        if (!m_publishing && m_result.secondsSent > 0) {
            m_publishing = true;
            emit publishing();
        }
        emit progress(m_result.secondsSent, m_result.bytesSent);
    }
}

void FfmpegTestSignal::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        m_deadline.stop();
        report(
            Failure::FfmpegMissing,
            tr("FFmpeg could not be started (%1). Check that it is installed and runs.").arg(m_process.errorString()));
    }
}

void FfmpegTestSignal::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_deadline.stop();
    onStdout();
    m_result.exitCode = status == QProcess::NormalExit ? exitCode : -1;
    m_result.log = redact(QString::fromUtf8(m_stderr));
    const QStringList lines = m_result.log.split(u'\n', Qt::SkipEmptyParts);
    const QString lastLine = lines.isEmpty() ? QString() : lines.last().trimmed();
    Failure failure = m_killedFor;
    if (failure == Failure::None && (status != QProcess::NormalExit || exitCode != 0)) {
        failure = classify(m_result.log);
    }
    qCDebug(lcFfmpeg) << "finished, exit code" << m_result.exitCode << FfmpegTestSignalResult::failureId(failure);
    report(failure, messageFor(failure, lastLine));
}

FfmpegTestSignalResult::Failure FfmpegTestSignal::classify(const QString& log) const
{
    if (log.contains(QLatin1String("Connection refused"))) {
        return Failure::ConnectionRefused;
    }
    // nginx-rtmp (and IVS) close the connection when they refuse a publish;
    // FFmpeg's RTMP client then fails its write with EIO, before any media.
    if (!m_publishing &&
        (log.contains(QLatin1String("Input/output error")) || log.contains(QLatin1String("NetStream.Publish.")) ||
         log.contains(QLatin1String("Server error")))) {
        return Failure::PublishRefused;
    }
    return Failure::Failed;
}

QString FfmpegTestSignal::messageFor(Failure failure, const QString& lastLine) const
{
    const QString server = redact(m_options.server);
    switch (failure) {
    case Failure::None:
        return tr("The test signal ran for %1 s and was accepted by %2.")
            .arg(QString::number(m_result.secondsSent, 'f', 1), server);
    case Failure::ConnectionRefused:
        return tr("Nothing accepts connections at %1: check the server URL (and that the ingest is reachable).")
            .arg(server);
    case Failure::PublishRefused:
        return tr("%1 took the connection but refused the stream (FFmpeg: %2). The stream key is wrong, or "
                  "already in use by another publisher.")
            .arg(server, lastLine);
    case Failure::Timeout:
        return tr("FFmpeg did not finish within %1 s and was stopped.")
            .arg((m_options.seconds * 1000 + m_options.graceMs) / 1000);
    case Failure::Cancelled:
        return tr("The test signal was cancelled.");
    case Failure::FfmpegMissing:
        break;
    case Failure::Failed:
        return tr("FFmpeg failed (exit code %1): %2").arg(m_result.exitCode).arg(lastLine);
    }
    return tr("FFmpeg could not be run.");
}

QString FfmpegTestSignal::redact(const QString& text) const
{
    QString clean = text;
    if (!m_options.streamKey.isEmpty()) {
        // The whole URL first: it is long enough to replace safely even when
        // the key alone is short.
        clean.replace(m_options.publishUrl(),
                      Redactor::redact(m_options.server, {m_options.streamKey}) + Redactor::mark());
    }
    return Redactor::redact(clean, {m_options.streamKey});
}

void FfmpegTestSignal::report(Failure failure, const QString& message)
{
    m_running = false;
    m_result.failure = failure;
    m_result.message = message;
    emit finished(m_result);
}
