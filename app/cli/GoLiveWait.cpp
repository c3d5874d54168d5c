#include "cli/GoLiveWait.h"

#include "inspect/Inspection.h"
#include "inspect/InspectionEngine.h"

namespace
{
constexpr qint64 ClockLeewaySeconds = 5;
}

GoLiveWait::GoLiveWait(InspectionEngine* engine, const IngestConfigurationArn& arn, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_arn(arn)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &GoLiveWait::look);
}

GoLiveWait::~GoLiveWait()
{
    delete m_inspection;
}

void GoLiveWait::setIntervalMs(int milliseconds)
{
    m_intervalMs = qMax(500, milliseconds);
}

void GoLiveWait::start(const QDateTime& since, int timeoutMs, Looked looked, Done done)
{
    m_since = since;
    m_timeoutMs = timeoutMs;
    m_looked = std::move(looked);
    m_done = std::move(done);
    m_outcome = Outcome();
    m_running = true;
    m_elapsed.start();
    look();
}

void GoLiveWait::stop()
{
    if (m_running) {
        finish(Result::Stopped);
    }
}

QList<ParticipantEvent> GoLiveWait::errorsSince(const GoLiveReport& report, const QDateTime& since)
{
    QList<ParticipantEvent> errors;
    const QDateTime from = since.addSecs(-ClockLeewaySeconds);
    for (const ParticipantStatus& participant : report.participants) {
        for (const ParticipantEvent& event : participant.events) {
            if (!event.errorCode.isEmpty() && event.time.isValid() && event.time >= from) {
                errors.append(event);
            }
        }
    }
    return errors;
}

void GoLiveWait::look()
{
    const QList<Inspection*> inspections = m_engine->inspect({m_arn}, true);
    m_inspection = inspections.value(0);
    if (!m_inspection) {
        finish(Result::Failed);
        return;
    }
    m_inspection->setParent(this);
    if (m_inspection->isFinished()) {
        onFinished();
    } else {
        connect(m_inspection, &Inspection::finished, this, &GoLiveWait::onFinished);
    }
}

void GoLiveWait::onFinished()
{
    Inspection* inspection = m_inspection;
    m_inspection = nullptr;
    if (!inspection || !m_running) {
        return;
    }
    inspection->deleteLater();
    if (inspection->failure()) {
        m_outcome.failure = inspection->failure();
        finish(Result::Failed);
        return;
    }
    GoLiveReport report;
    if (inspection->report()) {
        report = *inspection->report();
    } else if (inspection->configuration()) {
        report.configuration = *inspection->configuration();
    }
    m_outcome.last = report;
    if (m_looked) {
        m_looked(report);
    }
    if (!m_running) {
        return; // stopped from the callback
    }
    m_outcome.errors = errorsSince(report, m_since);
    if (report.configuration.isActive()) {
        finish(Result::Active); // ACTIVE is live, whatever else was reported
    } else if (!m_outcome.errors.isEmpty()) {
        finish(Result::ParticipantError);
    } else if (m_elapsed.elapsed() + m_intervalMs > m_timeoutMs) {
        finish(Result::TimedOut);
    } else {
        m_next.start(m_intervalMs);
    }
}

void GoLiveWait::finish(Result result)
{
    m_running = false;
    m_next.stop();
    if (Inspection* running = m_inspection) {
        m_inspection = nullptr;
        running->disconnect(this);
        running->cancel();
        running->deleteLater();
    }
    m_outcome.result = result;
    if (m_done) {
        const Done done = m_done;
        m_done = nullptr;
        done(m_outcome);
    }
}
