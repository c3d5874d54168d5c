#pragma once

#include "ivs/GoLiveReport.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class IvsCall;
class IvsClient;
class IvsPager;
class StageEndpointCache;

// Gathers a GoLiveReport for one ingest configuration: GetStage (endpoints
// cached for days), ListIngestConfigurations for the same stage, and when a
// session is active, ListParticipants, GetParticipant and
// ListParticipantEvents. Every call goes through the client, so through the
// request quota; lists are read to their end by IvsPager. Failures of these
// calls become checks and notes, not errors.
class GoLiveInspection : public QObject
{
    Q_OBJECT

public:
    GoLiveInspection(IvsClient* client,
                     const IngestConfiguration& configuration,
                     StageEndpointCache* cache = nullptr,
                     QObject* parent = nullptr);

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
    QPointer<IvsClient> m_client;
    StageEndpointCache* m_cache;
    GoLiveReport m_report;
    QList<QPointer<QObject>> m_work; // calls and pagers in flight
    int m_pending = 0;
    bool m_cancelled = false;

    void call(const QString& operation, const QJsonObject& input, std::function<void(IvsCall*)> done);
    void list(const QString& operation,
              const QJsonObject& input,
              const QString& itemsKey,
              std::function<void(IvsPager*)> done);
    void settle();
    void onStage(IvsCall* call);
    void listConfigurations();
    void listParticipants(const QString& sessionId);
    void onParticipants(const QString& sessionId, IvsPager* pager);
    void inspectParticipant(const QString& sessionId, int index);

    static ReadinessCheck stageCheck(const GoLiveReport& report);
    static ReadinessCheck protocolCheck(const GoLiveReport& report);
    static ReadinessCheck othersCheck(const GoLiveReport& report);
};
