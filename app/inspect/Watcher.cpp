#include "inspect/Watcher.h"

#include "inspect/Inspection.h"
#include "inspect/InspectionEngine.h"

#include <cmath>

Watcher::Watcher(InspectionEngine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(&m_timer, &QTimer::timeout, this, &Watcher::pollNow);
}

Watcher::~Watcher()
{
    for (const QPointer<Inspection>& inspection : std::as_const(m_running)) {
        if (inspection) {
            inspection->disconnect(this);
            inspection->cancel();
            delete inspection.data();
        }
    }
}

void Watcher::setIntervalSeconds(int seconds)
{
    m_interval = qBound(1, seconds, MaxIntervalSeconds);
    applyInterval();
}

int Watcher::floorSeconds(const QList<IngestConfigurationArn>& arns)
{
    QHash<QString, int> perKey;
    int most = 0;
    for (const IngestConfigurationArn& arn : arns) {
        most = qMax(most, ++perKey[arn.accountId() + u'/' + arn.region()]);
    }
    return int(std::ceil(double(most) / RequestsPerSecondShare));
}

int Watcher::effectiveIntervalSeconds() const
{
    return qMax(m_interval, floorSeconds(m_arns));
}

void Watcher::applyInterval()
{
    const int effective = effectiveIntervalSeconds();
    if (effective == m_appliedInterval) {
        return;
    }
    m_appliedInterval = effective;
    if (m_timer.isActive()) {
        m_timer.start(effective * 1000);
    } else {
        m_timer.setInterval(effective * 1000);
    }
    emit intervalChanged(effective);
}

void Watcher::add(const IngestConfigurationArn& arn)
{
    if (isWatching(arn.toString())) {
        return;
    }
    m_arns.append(arn);
    applyInterval();
}

void Watcher::remove(const QString& arn)
{
    m_arns.removeIf([&arn](const IngestConfigurationArn& watched) { return watched.toString() == arn; });
    m_last.remove(arn);
    m_lastGood.remove(arn);
    if (QPointer<Inspection> running = m_running.take(arn)) {
        running->disconnect(this);
        running->cancel();
        running->deleteLater();
    }
    applyInterval();
}

bool Watcher::isWatching(const QString& arn) const
{
    for (const IngestConfigurationArn& watched : m_arns) {
        if (watched.toString() == arn) {
            return true;
        }
    }
    return false;
}

void Watcher::start()
{
    applyInterval();
    m_timer.start(effectiveIntervalSeconds() * 1000);
    pollNow();
}

void Watcher::stop()
{
    m_timer.stop();
}

bool Watcher::isPolling() const
{
    for (const QPointer<Inspection>& inspection : m_running) {
        if (inspection) {
            return true;
        }
    }
    return false;
}

const WatchObservation* Watcher::last(const QString& arn) const
{
    const auto it = m_last.constFind(arn);
    return it == m_last.cend() ? nullptr : &*it;
}

void Watcher::pollNow()
{
    // A look still under way (waiting for the quota, retrying) is not
    // doubled: the next tick finds it done.
    QList<IngestConfigurationArn> due;
    for (const IngestConfigurationArn& arn : std::as_const(m_arns)) {
        if (!m_running.value(arn.toString())) {
            due.append(arn);
        }
    }
    if (due.isEmpty()) {
        return;
    }
    for (Inspection* inspection : m_engine->inspect(due, false)) {
        inspection->setParent(this);
        m_running.insert(inspection->arn().toString(), inspection);
        connect(inspection, &Inspection::finished, this, [this, inspection] { onFinished(inspection); });
    }
}

void Watcher::onFinished(Inspection* inspection)
{
    const QString arn = inspection->arn().toString();
    inspection->deleteLater();
    if (m_running.value(arn) == inspection) {
        m_running.remove(arn);
    }
    if (!isWatching(arn)) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (inspection->configuration()) {
        WatchObservation observation = WatchObservation::fromConfiguration(*inspection->configuration(), now);
        observation.arn = arn; // as watched, whatever the reply says
        emit configurationRead(*inspection->configuration());
        report(observation);
    } else if (inspection->failure() && !inspection->failure()->isCancelled()) {
        const InspectionFailure& failure = *inspection->failure();
        WatchObservation observation;
        observation.at = now;
        observation.arn = arn;
        observation.error = failure.text();
        switch (failure.kind) {
        case InspectionFailure::Kind::Credentials:
            observation.errorCode = QStringLiteral("Credentials");
            break;
        case InspectionFailure::Kind::Endpoint:
            observation.errorCode = QStringLiteral("Endpoint");
            break;
        case InspectionFailure::Kind::Request:
            observation.errorCode =
                failure.error.code.isEmpty() ? AwsError::categoryName(failure.error.category) : failure.error.code;
            break;
        }
        report(observation);
    }
    if (!isPolling()) {
        emit pollFinished();
    }
}

void Watcher::report(WatchObservation observation)
{
    const auto find = [](const QHash<QString, WatchObservation>& hash, const QString& arn) {
        const auto it = hash.constFind(arn);
        return it == hash.cend() ? nullptr : &*it;
    };
    const bool differs = observation.compareWith(find(m_last, observation.arn), find(m_lastGood, observation.arn));
    m_last.insert(observation.arn, observation);
    if (!observation.isError()) {
        m_lastGood.insert(observation.arn, observation);
    }
    emit observed(observation);
    if (differs) {
        emit changed(observation);
    }
}
