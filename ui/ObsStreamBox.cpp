#include "ui/ObsStreamBox.h"

#include "inspect/InspectionEngine.h"
#include "obs/FfmpegTestSignal.h"
#include "obs/ObsSession.h"
#include "obs/ObsStreamKey.h"
#include "ui/GoLivePanel.h"
#include "ui/ObsConfirmation.h"
#include "ui/ObsController.h"
#include "ui/ResultView.h"
#include "ui/WindowSession.h"
#include "ui/WrappingLabel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace
{
// StartStream may answer success while nothing streams: give OBS this long
// to show bytes flowing (ObsStreamWatcher).
constexpr int ObsStartTimeoutMs = 30000;

} // namespace

ObsStreamBox::ObsStreamBox(ObsController* controller, ResultView* view, QWidget* parent)
    : QGroupBox(tr("Go live"), parent)
    , m_controller(controller)
    , m_view(view)
    , m_stream(new QPushButton(tr("&Start streaming"), this))
    , m_obsStatus(WrappingLabel::create(QStringLiteral("obsStreamStatusLabel"), this))
    , m_verdict(WrappingLabel::create(QStringLiteral("obsVerdictLabel"), this))
    , m_seconds(new QSpinBox(this))
    , m_testSignal(new QPushButton(tr("Send a t&est signal…"), this))
    , m_progress(new QProgressBar(this))
    , m_testNote(WrappingLabel::create(QStringLiteral("testSignalNoteLabel"), this))
{
    setObjectName(QStringLiteral("obsGoLiveGroupBox"));
    m_stream->setObjectName(QStringLiteral("obsStreamPushButton"));
    m_obsStatus->setAccessibleName(tr("OBS stream status"));
    m_verdict->setAccessibleName(tr("What IVS says"));
    m_seconds->setObjectName(QStringLiteral("testSignalSecondsSpinBox"));
    m_seconds->setAccessibleName(tr("Test signal length in seconds"));
    m_seconds->setRange(5, 300);
    m_seconds->setValue(20);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_testSignal->setObjectName(QStringLiteral("testSignalPushButton"));
    m_progress->setObjectName(QStringLiteral("testSignalProgressBar"));
    m_progress->setAccessibleName(tr("Test signal progress"));
    m_progress->setFormat(tr("%v s sent"));
    m_progress->hide();
    m_testNote->setAccessibleName(tr("About the test signal"));

    auto* streamRow = new QHBoxLayout;
    streamRow->addWidget(m_stream);
    streamRow->addWidget(m_obsStatus, 1);
    auto* testRow = new QHBoxLayout;
    auto* secondsLabel = new QLabel(tr("Length:"), this);
    secondsLabel->setBuddy(m_seconds);
    testRow->addWidget(m_testSignal);
    testRow->addWidget(secondsLabel);
    testRow->addWidget(m_seconds);
    testRow->addWidget(m_progress, 1);
    testRow->addStretch(1); // the spin box keeps its size while the bar is hidden
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(streamRow);
    layout->addWidget(m_verdict);
    layout->addLayout(testRow);
    layout->addWidget(m_testNote);
    m_verdict->hide();

    connect(m_stream, &QPushButton::clicked, this, &ObsStreamBox::onStreamClicked);
    connect(m_testSignal, &QPushButton::clicked, this, &ObsStreamBox::onTestSignalClicked);
    connect(m_controller, &ObsController::streamStatusChanged, this, [this](const ObsStreamStatus& status) {
        if (m_controller->streamingArn() == arn()) {
            m_obsStatus->setText(ObsController::describe(status));
        }
    });
    connect(m_controller, &ObsController::connectionChanged, this, [this](bool connected) {
        if (!connected && m_streaming) {
            m_streaming = false;
            m_starting = false;
            stopWatch();
            m_obsStatus->setText(tr("The connection to OBS is closed."));
        }
        updateButtons();
    });
    updateButtons();
}

ObsStreamBox::~ObsStreamBox()
{
    // A tab closed mid-run: FFmpeg and the watch end, and report to nobody
    // (the page's banner may be gone already).
    stopWatch();
    if (m_signal) {
        m_signal->disconnect(this);
        m_signal->cancel();
    }
}

QString ObsStreamBox::arn() const
{
    return m_view ? m_view->arn().toString() : QString();
}

QString ObsStreamBox::configurationState() const
{
    return m_view && m_view->hasResult() ? m_view->goLive()->report().configuration.state : QString();
}

QString ObsStreamBox::testSignalBlocker() const
{
    if (m_signal && m_signal->isRunning()) {
        return QString();
    }
    const GoLiveReport* report = m_view ? &m_view->goLive()->report() : nullptr;
    if (!report || report->server().isEmpty() || report->configuration.streamKey.isEmpty()) {
        return tr("Available once the configuration and its stage have been read.");
    }
    if (m_streaming) {
        return tr("Not while OBS streams to this configuration: stop streaming first.");
    }
    const QString state = report->configuration.state;
    if (state == QLatin1String("ACTIVE")) {
        return tr("Not available while the configuration is ACTIVE: a second publisher would displace the one "
                  "that is live. The test signal is for an INACTIVE configuration.");
    }
    if (state != QLatin1String("INACTIVE")) {
        return tr("Only available while the configuration is INACTIVE; its state is not known. Refresh first.");
    }
    return QString();
}

void ObsStreamBox::updateButtons()
{
    const bool connected = m_controller->isConnected();
    const bool testRunning = m_signal && m_signal->isRunning();
    const bool hasTarget = m_view && !m_view->goLive()->report().server().isEmpty();
    m_stream->setText(m_streaming ? tr("&Stop streaming") : tr("&Start streaming"));
    m_stream->setEnabled(connected && !testRunning && (m_streaming || hasTarget));
    m_stream->setToolTip(connected ? tr("Starts or stops streaming in OBS, then watches this configuration until IVS "
                                        "reports it ACTIVE or the participant reports an error.")
                                   : tr("Connect to OBS first."));
    const QString blocker = testSignalBlocker();
    m_testSignal->setText(testRunning ? tr("Cancel the t&est signal") : tr("Send a t&est signal…"));
    m_testSignal->setEnabled(testRunning || blocker.isEmpty());
    m_seconds->setEnabled(!testRunning && blocker.isEmpty());
    const QString about = tr("Sends a moving test pattern and a tone with FFmpeg at IVS-safe settings to this "
                             "configuration's server and key: it proves key, server and network path without OBS.");
    m_testSignal->setToolTip(blocker.isEmpty() ? about : blocker);
    m_testNote->setText(blocker.isEmpty() ? about : blocker);
}

void ObsStreamBox::onStreamClicked()
{
    if (m_streaming) {
        stopStreaming();
        return;
    }
    if (configurationState() == QLatin1String("ACTIVE")) {
        ObsConfirmation::ask(this, tr("Start streaming anyway?"),
                             tr("This configuration is ACTIVE: another publisher is live, and OBS would displace it."),
                             QString(), tr("Start streaming"), [self = QPointer<ObsStreamBox>(this)](bool accepted) {
                                 if (self && accepted) {
                                     self->startStreaming();
                                 }
                             });
        return;
    }
    startStreaming();
}

void ObsStreamBox::startStreaming()
{
    m_streaming = true;
    m_starting = true;
    m_controller->followStream(arn());
    m_obsStatus->setText(tr("Asking OBS to start streaming…"));
    updateButtons();
    // The watch starts at once: IVS may see the publisher before OBS reports
    // bytes flowing.
    startWatch();
    m_controller->obs()->startAndWatch(ObsStartTimeoutMs,
                                       [self = QPointer<ObsStreamBox>(this)](const ObsStreamOutcome& outcome) {
                                           if (self) {
                                               self->onStreamOutcome(outcome);
                                           }
                                       });
}

void ObsStreamBox::onStreamOutcome(const ObsStreamOutcome& outcome)
{
    m_starting = false;
    m_obsStatus->setText(ObsController::describe(outcome.lastStatus));
    if (outcome.result == ObsStreamOutcome::Result::Live) {
        emit statusMessage(tr("OBS is streaming."));
        return;
    }
    // OBS never got going (or stopped): nothing will turn the configuration ACTIVE.
    m_streaming = false;
    stopWatch();
    m_controller->stopFollowing();
    const QString text = outcome.error.isError() ? ObsController::messageFor(outcome.error) : outcome.message;
    emit message(MessageBanner::Kind::Error, tr("OBS is not streaming"), text);
    updateButtons();
}

void ObsStreamBox::stopStreaming()
{
    m_stream->setEnabled(false);
    m_controller->obs()->stopStream([self = QPointer<ObsStreamBox>(this)](const ObsError& error) {
        if (!self) {
            return;
        }
        // 501: it had stopped already, which is what was asked.
        if (error.isError() && error.requestStatus != 501) {
            emit self->message(MessageBanner::Kind::Error, ObsController::titleFor(error),
                               ObsController::messageFor(error));
        } else {
            self->m_obsStatus->setText(tr("OBS stopped streaming."));
            emit self->statusMessage(tr("OBS stopped streaming."));
        }
        self->m_streaming = false;
        self->stopWatch();
        self->m_controller->stopFollowing();
        self->updateButtons();
    });
}

void ObsStreamBox::onTestSignalClicked()
{
    if (m_signal && m_signal->isRunning()) {
        m_signal->cancel();
        return;
    }
    if (!testSignalBlocker().isEmpty()) {
        return;
    }
    if (FfmpegTestSignal::findProgram(QStringLiteral("ffmpeg")).isEmpty()) {
        emit message(MessageBanner::Kind::Error, tr("FFmpeg is not installed"),
                     tr("The test signal needs FFmpeg, and there is no \"ffmpeg\" on PATH. Install it (Debian: apt "
                        "install ffmpeg) and try again; nothing else in the inspector needs it."));
        return;
    }
    confirmTestSignal();
}

void ObsStreamBox::confirmTestSignal()
{
    const GoLiveReport& report = m_view->goLive()->report();
    const QString stage =
        report.stage && !report.stage->name.isEmpty() ? report.stage->name : report.configuration.stageArn;
    ObsConfirmation::ask(
        this, tr("Send a test signal to the stage?"),
        tr("For %n second(s), a moving test pattern and a tone are published with this configuration's key: "
           "everyone in the stage %1 will see and hear them.",
           nullptr, m_seconds->value())
            .arg(stage),
        tr("Server: %1\nStream key: %2").arg(report.server(), ObsStreamKey::mask(report.configuration.streamKey)),
        tr("Send the test signal"), [self = QPointer<ObsStreamBox>(this)](bool accepted) {
            if (self && accepted) {
                self->startTestSignal();
            }
        });
}

void ObsStreamBox::startTestSignal()
{
    const GoLiveReport& report = m_view->goLive()->report();
    FfmpegTestSignalOptions options;
    options.server = report.server();
    options.streamKey = report.configuration.streamKey;
    options.seconds = m_seconds->value();
    delete m_signal;
    m_signal = new FfmpegTestSignal(this);
    connect(m_signal, &FfmpegTestSignal::publishing, this, &ObsStreamBox::startWatch);
    connect(m_signal, &FfmpegTestSignal::progress, this,
            [this](double seconds, qint64) { m_progress->setValue(int(seconds)); });
    connect(m_signal, &FfmpegTestSignal::finished, this, &ObsStreamBox::onTestSignalFinished);
    m_progress->setRange(0, options.seconds);
    m_progress->setValue(0);
    m_progress->show();
    m_signal->start(options);
    updateButtons();
    emit statusMessage(tr("Sending the test signal…"));
}

void ObsStreamBox::onTestSignalFinished(const FfmpegTestSignalResult& result)
{
    m_progress->hide();
    stopWatch();
    if (result.ok()) {
        emit message(MessageBanner::Kind::Success, tr("Test signal sent"),
                     tr("FFmpeg sent %1 s of test signal (%2). %3")
                         .arg(QLocale().toString(result.secondsSent, 'f', 0),
                              QLocale().formattedDataSize(result.bytesSent), m_verdict->text()));
    } else if (result.failure == FfmpegTestSignalResult::Failure::Cancelled) {
        emit message(MessageBanner::Kind::Information, tr("Test signal cancelled"),
                     tr("FFmpeg was stopped after %1 s.").arg(QLocale().toString(result.secondsSent, 'f', 0)));
    } else {
        emit message(MessageBanner::Kind::Error, tr("The test signal failed"), result.message);
    }
    m_signal->deleteLater();
    m_signal = nullptr;
    updateButtons();
}

void ObsStreamBox::startWatch()
{
    if (!m_view) {
        return;
    }
    stopWatch();
    m_watch = new LiveWatch(m_controller->session()->engine(), m_view, this);
    m_watch->setIntervalMs(m_watchIntervalMs);
    connect(m_watch, &LiveWatch::looked, this, [this](const QString& headline) {
        m_verdict->setText(tr("Watching the configuration: %1").arg(headline));
        m_verdict->show();
    });
    connect(m_watch, &LiveWatch::finished, this, &ObsStreamBox::onWatchFinished);
    m_verdict->setText(tr("Watching the configuration until IVS reports it ACTIVE…"));
    m_verdict->show();
    m_watch->start();
}

void ObsStreamBox::stopWatch()
{
    if (m_watch) {
        LiveWatch* watch = m_watch;
        m_watch = nullptr;
        watch->disconnect(this);
        watch->cancel();
        watch->deleteLater();
    }
}

void ObsStreamBox::onWatchFinished(LiveWatch::Outcome outcome, const QString& text)
{
    m_verdict->setText(text);
    if (outcome == LiveWatch::Outcome::Live) {
        emit message(MessageBanner::Kind::Success, tr("Live"), text);
        emit statusMessage(text);
    } else if (outcome == LiveWatch::Outcome::ErrorReported) {
        emit message(MessageBanner::Kind::Error, tr("Not live"), text);
    } else if (outcome == LiveWatch::Outcome::TimedOut) {
        emit message(MessageBanner::Kind::Warning, tr("Not live yet"), text);
    }
    if (m_watch) {
        m_watch->deleteLater();
        m_watch = nullptr;
    }
}
