#pragma once

#include "demo/IvsStateSchedule.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

// The IVS Real-Time resources of one account in one region, in memory, as a
// FakeIvsServer serves them: ingest configurations (in list order), stages,
// and the participants of stage sessions with their events. Two sources fill
// it: a fixture folder (FixtureFolder, for the tests) and the built-in demo
// (DemoDataSet). Objects are stored as the Get operations return them,
// inside their wrapper ("ingestConfiguration", "stage", "participant").
//
// States change through setState(), which also does what IVS does around it:
// the participant joins and starts publishing, or stops (or fails) and
// leaves, with the events ListParticipantEvents reports. Schedules call the
// same setState() on their timetable, following clock(), so tests move time
// without sleeping. Every read first applies the changes that are due.
class IvsDataSet
{
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int MaxEventsPerParticipant = 100;

    explicit IvsDataSet(const QString& accountId = QStringLiteral("123456789012"),
                        const QString& region = QStringLiteral("us-east-1"));

    QString accountId() const
    {
        return m_accountId;
    }
    QString region() const
    {
        return m_region;
    }
    QString ingestConfigurationArn(const QString& id) const;
    QString stageArn(const QString& id) const;

    // The time states change by (the system clock unless set).
    void setClock(Clock clock);
    QDateTime now() const;

    // Adding data. A configuration or stage with an id already present replaces it.
    void addIngestConfiguration(const QJsonObject& configuration);
    void addStage(const QJsonObject& stage);
    // A participant as GetParticipant returns it; ListParticipants shows its summary.
    void addParticipant(const QString& sessionId, const QJsonObject& participant);
    // Only as ListParticipants shows it (GetParticipant finds nothing until setParticipantDetails()).
    void addParticipantSummary(const QString& sessionId, const QJsonObject& summary);
    void setParticipantDetails(const QString& sessionId, const QJsonObject& participant);
    // Events are appended in order; the oldest go beyond MaxEventsPerParticipant.
    void addEvents(const QString& sessionId, const QString& participantId, const QJsonArray& events);
    // Pages fixed in advance (a fixture that is a list of pages): served one
    // page per call, whatever maxResults says; later events join the last.
    void setEventPages(const QString& sessionId, const QString& participantId, const QList<QJsonArray>& pages);

    // Changing states. `idOrArn` names an ingest configuration; `at` defaults
    // to now(). Going ACTIVE starts a session on its stage if there is none.
    // A configuration on a schedule leaves it, keeping the state it has.
    // Returns false when there is no such configuration.
    bool setState(const QString& idOrArn,
                  const QString& state,
                  const QString& errorCode = QString(),
                  const QDateTime& at = QDateTime());
    void addSchedule(const IvsStateSchedule& schedule);
    QList<IvsStateSchedule> schedules() const;

    // Reading, as of now() (due scheduled changes are applied first).
    std::optional<QJsonObject> ingestConfiguration(const QString& id);
    QList<QJsonObject> ingestConfigurations();
    std::optional<QJsonObject> stage(const QString& id);
    QList<QJsonObject> participantSummaries(const QString& sessionId);
    std::optional<QJsonObject> participant(const QString& sessionId, const QString& participantId);
    // One page unless fixed pages were set; empty when there are no events.
    QList<QJsonArray> eventPages(const QString& sessionId, const QString& participantId);

    // Applies the scheduled changes due by now(); reads do this themselves.
    void advance();

private:
    struct Participant
    {
        QString id;
        QJsonObject summary;
        QJsonObject details; // empty: GetParticipant finds nothing
        QList<QJsonArray> eventPages;
        bool fixedPages = false;
    };
    struct Session
    {
        QList<Participant> participants;
    };
    struct ScheduleProgress
    {
        IvsStateSchedule schedule;
        qint64 applied = 0; // changes already made
    };

    QString m_accountId;
    QString m_region;
    Clock m_clock;
    QList<QJsonObject> m_configurations;
    QHash<QString, QJsonObject> m_stages;
    QHash<QString, Session> m_sessions;
    QList<ScheduleProgress> m_progress;
    int m_sessionsStarted = 0;

    qsizetype indexOfConfiguration(const QString& id) const;
    Participant& participantRecord(const QString& sessionId, const QString& participantId);
    void applyState(qsizetype index, const QString& state, const QString& errorCode, const QDateTime& at);
    QString startSession(const QString& stageId);
    static QJsonObject summaryOf(const QJsonObject& participant);
    static QString idOf(const QString& arn);
};
