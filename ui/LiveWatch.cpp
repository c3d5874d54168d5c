#include "ui/LiveWatch.h"

#include "inspect/Inspection.h"
#include "inspect/InspectionEngine.h"
#include "ivs/GoLiveVerdict.h"
#include "ui/GoLivePanel.h"
#include "ui/ResultView.h"

LiveWatch::LiveWatch(InspectionEngine* engine, ResultView* view, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_view(view)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &LiveWatch::look);
}

LiveWatch::~LiveWatch()
{
    if (m_inspection) {
        m_inspection->cancel();
        delete m_inspection;
    }
}

void LiveWatch::setIntervalMs(int ms)
{
    m_intervalMs = qMax(100, ms);
}

void LiveWatch::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(m_intervalMs, ms);
}

QSet<QString> LiveWatch::errorEvents(const GoLiveReport& report)
{
    QSet<QString> keys;
    for (const ParticipantStatus& participant : report.participants) {
        for (const ParticipantEvent& event : participant.events) {
            if (!event.errorCode.isEmpty()) {
                keys.insert(participant.participantId + u'|' + event.time.toString(Qt::ISODateWithMs) + u'|' +
                            event.errorCode);
            }
        }
    }
    return keys;
}

void LiveWatch::start()
{
    if (!m_view) {
        return;
    }
    m_knownErrors = errorEvents(m_view->goLive()->report());
    m_running = true;
    m_elapsed.start();
    m_next.start(0);
}

void LiveWatch::cancel()
{
    if (m_running) {
        finish(Outcome::Cancelled, tr("Stopped watching the configuration."));
    }
}

void LiveWatch::look()
{
    if (!m_running || !m_view) {
        return;
    }
    Inspection* inspection = m_engine->inspect(QList<IngestConfigurationArn>{m_view->arn()}, true).value(0);
    if (!inspection) {
        return;
    }
    m_inspection = inspection;
    inspection->setParent(this);
    connect(inspection, &Inspection::configurationReady, this, [this](const IngestConfiguration& configuration) {
        if (m_view) {
            m_view->showResult(configuration, QDateTime::currentDateTimeUtc());
        }
    });
    connect(inspection, &Inspection::reportReady, this, &LiveWatch::onReport);
    connect(inspection, &Inspection::finished, this, [this, inspection] {
        inspection->deleteLater();
        if (!m_running) {
            return;
        }
        if (m_elapsed.hasExpired(m_timeoutMs)) {
            finish(Outcome::TimedOut,
                   tr("IVS did not report the configuration ACTIVE within %n second(s).", nullptr, m_timeoutMs / 1000));
            return;
        }
        m_next.start(m_intervalMs);
    });
}

void LiveWatch::onReport(const GoLiveReport& report)
{
    if (!m_view || !m_running) {
        return;
    }
    m_view->goLive()->showReport(report);
    const GoLiveVerdict verdict = GoLiveVerdict::of(report);
    emit looked(verdict.headline);
    if (report.configuration.state == QLatin1String("ACTIVE")) {
        finish(Outcome::Live, verdict.headline);
        return;
    }
    if (!(errorEvents(report) - m_knownErrors).isEmpty()) {
        finish(Outcome::ErrorReported, verdict.headline);
    }
}

void LiveWatch::finish(Outcome outcome, const QString& text)
{
    m_running = false;
    m_next.stop();
    if (m_inspection && !m_inspection->isFinished()) {
        m_inspection->cancel();
    }
    emit finished(outcome, text);
}
