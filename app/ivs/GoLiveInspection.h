#pragma once

#include "ivs/GoLiveReport.h"
#include "ivs/IvsClientConfig.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class IvsCall;

// Gathers a GoLiveReport for one ingest configuration: GetStage (endpoints
// cached for days), ListIngestConfigurations for the same stage, and when a
// session is active, ListParticipants, GetParticipant and
// ListParticipantEvents. Each call can be handed to a scheduler (the rate
// limiter). Failures of these calls become checks and notes, not errors.
class GoLiveInspection : public QObject
{
    Q_OBJECT

public:
    using Scheduler = std::function<void(std::function<void()> start)>;

    GoLiveInspection(QNetworkAccessManager* nam,
                     const IvsClientConfig& config,
                     const IngestConfiguration& configuration,
                     QObject* parent = nullptr);

    void setScheduler(Scheduler scheduler);
    void start();
    void cancel();
    const GoLiveReport& report() const
    {
        return m_report;
    }
    // The checklist from what was gathered; pure, for tests.
    static QList<ReadinessCheck> evaluate(const GoLiveReport& report);

signals:
    void finished();

private:
    QNetworkAccessManager* m_nam;
    IvsClientConfig m_config;
    GoLiveReport m_report;
    Scheduler m_scheduler;
    QList<IvsCall*> m_calls;
    int m_pending = 0;
    bool m_cancelled = false;

    void call(const QString& operation, const QJsonObject& input, std::function<void(IvsCall*)> done);
    void settle();
    void onStage(IvsCall* call);
    void listConfigurations(const QString& nextToken);
    void listParticipants(const QString& sessionId, const QString& nextToken);
    void inspectParticipant(const QString& sessionId, const QString& participantId);
    void listEvents(const QString& sessionId, int index, const QString& nextToken);
};
