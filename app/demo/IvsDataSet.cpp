#include "demo/IvsDataSet.h"

#include <QCryptographicHash>

namespace
{
const QString Active = QStringLiteral("ACTIVE");
const QString Inactive = QStringLiteral("INACTIVE");

// A schedule left alone for hours catches up with its last few changes only:
// enough for a timeline, without thousands of events.
constexpr qint64 MaxCatchUpChanges = 8;

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject event(const QString& name, const QString& participantId, const QDateTime& at, const QString& errorCode)
{
    QJsonObject event{{key("name"), name}, {key("participantId"), participantId}, {key("eventTime"), timestamp(at)}};
    if (!errorCode.isEmpty()) {
        event.insert(key("errorCode"), errorCode);
    }
    return event;
}

// The participants an ingest configuration publishes as: one, or with
// redundant ingest one per stream key (each physical stream is a participant).
QStringList participantIdsOf(const QJsonObject& configuration)
{
    QStringList ids;
    if (configuration.value(key("redundantIngest")).toBool()) {
        for (const QJsonValue& credential : configuration.value(key("redundantIngestCredentials")).toArray()) {
            ids.append(credential.toObject().value(key("participantId")).toString());
        }
    }
    if (ids.isEmpty()) {
        ids.append(configuration.value(key("participantId")).toString());
    }
    return ids;
}
} // namespace

IvsDataSet::IvsDataSet(const QString& accountId, const QString& region)
    : m_accountId(accountId)
    , m_region(region)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QString IvsDataSet::ingestConfigurationArn(const QString& id) const
{
    return QStringLiteral("arn:aws:ivs:%1:%2:ingest-configuration/%3").arg(m_region, m_accountId, id);
}

QString IvsDataSet::stageArn(const QString& id) const
{
    return QStringLiteral("arn:aws:ivs:%1:%2:stage/%3").arg(m_region, m_accountId, id);
}

QString IvsDataSet::idOf(const QString& arn)
{
    return arn.section(u'/', -1);
}

void IvsDataSet::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime IvsDataSet::now() const
{
    return m_clock();
}

qsizetype IvsDataSet::indexOfConfiguration(const QString& id) const
{
    for (qsizetype i = 0; i < m_configurations.size(); ++i) {
        if (idOf(m_configurations.at(i).value(key("arn")).toString()) == id) {
            return i;
        }
    }
    return -1;
}

void IvsDataSet::addIngestConfiguration(const QJsonObject& configuration)
{
    const qsizetype index = indexOfConfiguration(idOf(configuration.value(key("arn")).toString()));
    if (index >= 0) {
        m_configurations[index] = configuration;
    } else {
        m_configurations.append(configuration);
    }
}

void IvsDataSet::addStage(const QJsonObject& stage)
{
    m_stages.insert(idOf(stage.value(key("arn")).toString()), stage);
}

QJsonObject IvsDataSet::summaryOf(const QJsonObject& participant)
{
    // ParticipantSummary lacks these members of Participant (service model).
    QJsonObject summary = participant;
    for (const char* only : {"protocol", "attributes", "recordingS3BucketName", "recordingS3Prefix", "ispName",
                             "osName", "osVersion", "browserName", "browserVersion", "sdkVersion"}) {
        summary.remove(key(only));
    }
    return summary;
}

IvsDataSet::Participant& IvsDataSet::participantRecord(const QString& sessionId, const QString& participantId)
{
    QList<Participant>& participants = m_sessions[sessionId].participants;
    for (Participant& participant : participants) {
        if (participant.id == participantId) {
            return participant;
        }
    }
    Participant participant;
    participant.id = participantId;
    participants.append(participant);
    return participants.last();
}

void IvsDataSet::addParticipant(const QString& sessionId, const QJsonObject& participant)
{
    Participant& record = participantRecord(sessionId, participant.value(key("participantId")).toString());
    record.details = participant;
    record.summary = summaryOf(participant);
}

void IvsDataSet::addParticipantSummary(const QString& sessionId, const QJsonObject& summary)
{
    participantRecord(sessionId, summary.value(key("participantId")).toString()).summary = summary;
}

void IvsDataSet::setParticipantDetails(const QString& sessionId, const QJsonObject& participant)
{
    participantRecord(sessionId, participant.value(key("participantId")).toString()).details = participant;
}

void IvsDataSet::addEvents(const QString& sessionId, const QString& participantId, const QJsonArray& events)
{
    Participant& record = participantRecord(sessionId, participantId);
    if (record.eventPages.isEmpty()) {
        record.eventPages.append(QJsonArray());
    }
    QJsonArray& page = record.eventPages.last();
    for (const QJsonValue& value : events) {
        page.append(value);
    }
    while (!record.fixedPages && page.size() > MaxEventsPerParticipant) {
        page.removeFirst();
    }
}

void IvsDataSet::setEventPages(const QString& sessionId, const QString& participantId, const QList<QJsonArray>& pages)
{
    Participant& record = participantRecord(sessionId, participantId);
    record.eventPages = pages;
    record.fixedPages = pages.size() > 1;
}

QString IvsDataSet::startSession(const QString& stageId)
{
    // StageSessionId: "st-" and 13 letters or digits. Derived from the stage
    // and a counter, so a run is reproducible.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray digest = QCryptographicHash::hash(stageId.toUtf8() + '/' + QByteArray::number(++m_sessionsStarted),
                                                       QCryptographicHash::Sha256);
    QString id = QStringLiteral("st-");
    for (int i = 0; i < 13; ++i) {
        id.append(QLatin1Char(alphabet[static_cast<unsigned char>(digest.at(i)) % 62]));
    }
    QJsonObject stage = m_stages.value(stageId);
    stage.insert(key("activeSessionId"), id);
    m_stages.insert(stageId, stage);
    return id;
}

void IvsDataSet::applyState(qsizetype index, const QString& state, const QString& errorCode, const QDateTime& at)
{
    QJsonObject configuration = m_configurations.at(index);
    if (configuration.value(key("state")).toString() == state) {
        return;
    }
    configuration.insert(key("state"), state);
    m_configurations[index] = configuration;
    const QString stageId = idOf(configuration.value(key("stageArn")).toString());
    if (stageId.isEmpty() || !m_stages.contains(stageId)) {
        return; // nobody can publish without a stage: no session, no events
    }
    const bool live = state == Active;
    QString sessionId = m_stages.value(stageId).value(key("activeSessionId")).toString();
    if (sessionId.isEmpty()) {
        if (!live) {
            return;
        }
        sessionId = startSession(stageId);
    }
    for (const QString& participantId : participantIdsOf(configuration)) {
        Participant& record = participantRecord(sessionId, participantId);
        if (record.details.isEmpty() && record.summary.isEmpty() && !live) {
            continue; // never joined this session
        }
        QJsonObject details = record.details.isEmpty() ? record.summary : record.details;
        if (details.isEmpty()) {
            details = {{key("participantId"), participantId},
                       {key("firstJoinTime"), timestamp(at)},
                       {key("protocol"), configuration.value(key("ingestProtocol"))},
                       {key("ingestConfigurationArn"), configuration.value(key("arn"))},
                       {key("recordingState"), QStringLiteral("DISABLED")}};
            const QString userId = configuration.value(key("userId")).toString();
            if (!userId.isEmpty()) {
                details.insert(key("userId"), userId);
            }
            if (configuration.value(key("redundantIngest")).toBool()) {
                details.insert(key("redundantIngest"), true);
            }
        }
        details.insert(key("state"), live ? QStringLiteral("CONNECTED") : QStringLiteral("DISCONNECTED"));
        if (live) {
            details.insert(key("published"), true);
        }
        record.details = details;
        record.summary = summaryOf(details);
        const QString stopped =
            errorCode.isEmpty() ? QStringLiteral("PUBLISH_STOPPED") : QStringLiteral("PUBLISH_ERROR");
        addEvents(sessionId, participantId,
                  live ? QJsonArray{event(QStringLiteral("JOINED"), participantId, at, QString()),
                                    event(QStringLiteral("PUBLISH_STARTED"), participantId, at, QString())}
                       : QJsonArray{event(stopped, participantId, at, errorCode),
                                    event(QStringLiteral("LEFT"), participantId, at, QString())});
    }
}

bool IvsDataSet::setState(const QString& idOrArn, const QString& state, const QString& errorCode, const QDateTime& at)
{
    advance();
    const QString id = idOf(idOrArn);
    const qsizetype index = indexOfConfiguration(id);
    if (index < 0) {
        return false;
    }
    // A state set by hand holds: the timetable no longer applies.
    m_progress.removeIf([&id](const ScheduleProgress& progress) { return progress.schedule.configurationId == id; });
    applyState(index, state, errorCode, at.isValid() ? at : now());
    return true;
}

void IvsDataSet::addSchedule(const IvsStateSchedule& schedule)
{
    m_progress.append({schedule, 0});
}

QList<IvsStateSchedule> IvsDataSet::schedules() const
{
    QList<IvsStateSchedule> schedules;
    for (const ScheduleProgress& progress : m_progress) {
        schedules.append(progress.schedule);
    }
    return schedules;
}

void IvsDataSet::advance()
{
    const QDateTime time = now();
    for (ScheduleProgress& progress : m_progress) {
        const IvsStateSchedule& schedule = progress.schedule;
        const qint64 due = schedule.changesBy(time);
        const qsizetype index = indexOfConfiguration(schedule.configurationId);
        if (index < 0 || due <= progress.applied) {
            continue;
        }
        for (qint64 n = std::max(progress.applied, due - MaxCatchUpChanges); n < due; ++n) {
            const bool live = n % 2 == 0;
            applyState(index, live ? Active : Inactive, live ? QString() : schedule.dropErrorCode(n),
                       schedule.changeTime(n));
        }
        progress.applied = due;
    }
}

std::optional<QJsonObject> IvsDataSet::ingestConfiguration(const QString& id)
{
    advance();
    const qsizetype index = indexOfConfiguration(id);
    if (index < 0) {
        return std::nullopt;
    }
    return m_configurations.at(index);
}

QList<QJsonObject> IvsDataSet::ingestConfigurations()
{
    advance();
    return m_configurations;
}

std::optional<QJsonObject> IvsDataSet::stage(const QString& id)
{
    advance();
    const auto found = m_stages.constFind(id);
    if (found == m_stages.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

QList<QJsonObject> IvsDataSet::participantSummaries(const QString& sessionId)
{
    advance();
    QList<QJsonObject> summaries;
    for (const Participant& participant : m_sessions.value(sessionId).participants) {
        if (!participant.summary.isEmpty()) {
            summaries.append(participant.summary);
        }
    }
    return summaries;
}

std::optional<QJsonObject> IvsDataSet::participant(const QString& sessionId, const QString& participantId)
{
    advance();
    for (const Participant& participant : m_sessions.value(sessionId).participants) {
        if (participant.id == participantId && !participant.details.isEmpty()) {
            return participant.details;
        }
    }
    return std::nullopt;
}

QList<QJsonArray> IvsDataSet::eventPages(const QString& sessionId, const QString& participantId)
{
    advance();
    for (const Participant& participant : m_sessions.value(sessionId).participants) {
        if (participant.id == participantId) {
            return participant.eventPages;
        }
    }
    return {};
}
