#include "ivs/GoLiveInspection.h"

#include "ivs/EventAdvice.h"
#include "ivs/IvsCall.h"
#include "ivs/IvsClient.h"
#include "ivs/IvsPager.h"
#include "ivs/StageEndpointCache.h"

#include "core/TerminalText.h"

#include <QJsonArray>

GoLiveInspection::GoLiveInspection(IvsClient* client,
                                   const IngestConfiguration& configuration,
                                   StageEndpointCache* cache,
                                   QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
    m_report.configuration = configuration;
}

void GoLiveInspection::call(const QString& operation, const QJsonObject& input, std::function<void(IvsCall*)> done)
{
    if (!m_client || m_cancelled) {
        return;
    }
    ++m_pending;
    IvsCall* call = m_client->call(operation, input);
    call->setParent(this);
    m_work.append(call);
    connect(call, &AwsHttpCall::finished, this, [this, call, done] {
        call->deleteLater();
        if (!m_cancelled) {
            done(call);
        }
        settle();
    });
}

void GoLiveInspection::list(const QString& operation,
                            const QJsonObject& input,
                            const QString& itemsKey,
                            std::function<void(IvsPager*)> done)
{
    if (!m_client || m_cancelled) {
        return;
    }
    ++m_pending;
    IvsPager* pager = m_client->list(operation, input, itemsKey);
    pager->setParent(this);
    pager->setPageSize(100);
    m_work.append(pager);
    connect(pager, &IvsPager::finished, this, [this, pager, done] {
        pager->deleteLater();
        if (!m_cancelled) {
            done(pager);
        }
        settle();
    });
    pager->start();
}

void GoLiveInspection::settle()
{
    if (--m_pending > 0) {
        return;
    }
    m_report.checks = evaluate(m_report);
    emit finished();
}

void GoLiveInspection::start()
{
    const QString stageArn = m_report.configuration.stageArn;
    if (stageArn.isEmpty() || !m_client) {
        m_report.checks = evaluate(m_report);
        QMetaObject::invokeMethod(this, &GoLiveInspection::finished, Qt::QueuedConnection);
        return;
    }
    call(QStringLiteral("GetStage"), {{QStringLiteral("arn"), stageArn}}, [this](IvsCall* call) { onStage(call); });
}

void GoLiveInspection::cancel()
{
    m_cancelled = true;
    const auto work = m_work;
    for (const QPointer<QObject>& item : work) {
        if (auto* pager = qobject_cast<IvsPager*>(item)) {
            pager->cancel();
        } else if (auto* ivsCall = qobject_cast<IvsCall*>(item)) {
            ivsCall->cancel();
        }
    }
}

void GoLiveInspection::onStage(IvsCall* call)
{
    QString problem;
    if (!call->error().isError()) {
        m_report.stage = Stage::fromResponse(call->response(), &problem);
    }
    if (m_report.stage) {
        if (m_cache) {
            m_cache->store(*m_report.stage);
        }
    } else {
        m_report.stageError = call->error();
        if (!problem.isEmpty()) {
            m_report.stageError.category = AwsError::Category::MalformedReply;
            m_report.stageError.message = problem;
        }
        const QString stageArn = m_report.configuration.stageArn;
        if (m_report.stageError.category == AwsError::Category::NotFound) {
            if (m_cache) {
                m_cache->forget(stageArn);
            }
            return; // no stage: nothing else to ask about it
        }
        if (m_cache) {
            m_report.stage = m_cache->lookup(stageArn);
            m_report.stageFromCache = m_report.stage.has_value();
        }
    }
    listConfigurations();
    if (m_report.stage && !m_report.stageFromCache && !m_report.stage->activeSessionId.isEmpty()) {
        listParticipants(m_report.stage->activeSessionId);
    }
}

void GoLiveInspection::listConfigurations()
{
    const QJsonObject input{{QStringLiteral("filterByStageArn"), m_report.configuration.stageArn}};
    list(QStringLiteral("ListIngestConfigurations"), input, QStringLiteral("ingestConfigurations"),
         [this](IvsPager* pager) {
             if (pager->error().isError()) {
                 m_report.listError = pager->error();
             }
             for (const QJsonValue& value : pager->items()) {
                 const QJsonObject summary = value.toObject();
                 const QString arn = summary.value(QStringLiteral("arn")).toString();
                 if (arn == m_report.configuration.arn) {
                     continue;
                 }
                 const QString name = summary.value(QStringLiteral("name")).toString();
                 m_report.otherConfigurations.append({name.isEmpty() ? arn.section(u'/', -1) : name,
                                                      summary.value(QStringLiteral("state")).toString()});
             }
         });
}

void GoLiveInspection::listParticipants(const QString& sessionId)
{
    const QJsonObject input{{QStringLiteral("stageArn"), m_report.configuration.stageArn},
                            {QStringLiteral("sessionId"), sessionId}};
    list(QStringLiteral("ListParticipants"), input, QStringLiteral("participants"),
         [this, sessionId](IvsPager* pager) { onParticipants(sessionId, pager); });
}

void GoLiveInspection::onParticipants(const QString& sessionId, IvsPager* pager)
{
    if (pager->error().isError()) {
        m_report.participantsError = pager->error();
    }
    QStringList ours{m_report.configuration.participantId};
    for (const RedundantIngestCredential& credential : m_report.configuration.redundantIngestCredentials) {
        ours.append(credential.participantId);
    }
    for (const QJsonValue& value : pager->items()) {
        const QJsonObject summary = value.toObject();
        const QString id = summary.value(QStringLiteral("participantId")).toString();
        const bool mine = ours.contains(id) || summary.value(QStringLiteral("ingestConfigurationArn")).toString() ==
                                                   m_report.configuration.arn;
        const bool known = std::any_of(m_report.participants.begin(), m_report.participants.end(),
                                       [&id](const ParticipantStatus& p) { return p.participantId == id; });
        if (!mine || known) {
            continue;
        }
        ParticipantStatus status;
        status.participantId = id;
        status.state = summary.value(QStringLiteral("state")).toString();
        status.published = summary.value(QStringLiteral("published")).toBool();
        status.firstJoinTime =
            QDateTime::fromString(summary.value(QStringLiteral("firstJoinTime")).toString(), Qt::ISODate);
        m_report.participants.append(status);
        inspectParticipant(sessionId, int(m_report.participants.size()) - 1);
    }
}

void GoLiveInspection::inspectParticipant(const QString& sessionId, int index)
{
    const QString participantId = m_report.participants.at(index).participantId;
    const QJsonObject input{{QStringLiteral("stageArn"), m_report.configuration.stageArn},
                            {QStringLiteral("sessionId"), sessionId},
                            {QStringLiteral("participantId"), participantId}};
    call(QStringLiteral("GetParticipant"), input, [this, index](IvsCall* call) {
        ParticipantStatus& status = m_report.participants[index];
        if (call->error().isError()) {
            status.problem = TerminalText::sanitize(call->error().message);
            return;
        }
        const QJsonObject participant = call->response().value(QStringLiteral("participant")).toObject();
        status.state = participant.value(QStringLiteral("state")).toString(status.state);
        status.protocol = participant.value(QStringLiteral("protocol")).toString();
        status.published = participant.value(QStringLiteral("published")).toBool(status.published);
    });
    list(QStringLiteral("ListParticipantEvents"), input, QStringLiteral("events"), [this, index](IvsPager* pager) {
        ParticipantStatus& status = m_report.participants[index];
        if (pager->error().isError()) {
            status.problem = TerminalText::sanitize(pager->error().message);
        }
        for (const QJsonValue& value : pager->items()) {
            const QJsonObject event = value.toObject();
            status.events.append(
                {event.value(QStringLiteral("name")).toString(),
                 QDateTime::fromString(event.value(QStringLiteral("eventTime")).toString(), Qt::ISODate),
                 event.value(QStringLiteral("errorCode")).toString(),
                 event.value(QStringLiteral("participantId")).toString()});
        }
        std::stable_sort(status.events.begin(), status.events.end(),
                         [](const ParticipantEvent& a, const ParticipantEvent& b) { return a.time < b.time; });
    });
}

ReadinessCheck GoLiveInspection::stageCheck(const GoLiveReport& report)
{
    const IngestConfiguration& c = report.configuration;
    if (report.stageError.category == AwsError::Category::NotFound) {
        return {QStringLiteral("stage-exists"), false, true,
                tr("The stage %1 does not exist any more (GetStage: not found), so the key cannot be used. "
                   "Associate the configuration with an existing stage.")
                    .arg(c.stageArn)};
    }
    if (report.stageError.isError()) {
        const QString why = tr("The stage could not be read (%1: %2).")
                                .arg(AwsError::categoryName(report.stageError.category),
                                     TerminalText::sanitize(report.stageError.message));
        if (report.stageFromCache) {
            // The endpoints are known from an earlier read; whether the stage
            // still exists is not: a note, not proof of absence.
            return {QStringLiteral("stage-exists"), false, false, tr("%1 Its endpoints come from the cache.").arg(why)};
        }
        return {QStringLiteral("stage-exists"), false, true,
                tr("%1 Whether it exists is unknown. %2").arg(why, report.stageError.advice()), false};
    }
    return {QStringLiteral("stage-exists"), true, true,
            tr("The stage exists%1.")
                .arg(report.stage && !report.stage->name.isEmpty() ? tr(" (%1)").arg(report.stage->name) : QString())};
}

ReadinessCheck GoLiveInspection::protocolCheck(const GoLiveReport& report)
{
    const IngestConfiguration& c = report.configuration;
    if (!report.stage) {
        return {QStringLiteral("protocol-allowed"), false, true,
                tr("Unknown: without the stage, its %1 endpoint is not known, so there is no server to give the "
                   "encoder.")
                    .arg(c.ingestProtocol),
                false};
    }
    if (report.server().isEmpty()) {
        return {QStringLiteral("protocol-allowed"), false, true,
                tr("The stage offers no %1 endpoint, so an encoder has nowhere to connect. Stages created before RTMP "
                   "ingest existed lack it: create a new stage.")
                    .arg(c.ingestProtocol)};
    }
    if (c.ingestProtocol == QLatin1String("RTMP")) {
        return {QStringLiteral("protocol-allowed"), true, true,
                tr("RTMP is allowed: this configuration was created with insecure ingest, which RTMP requires. Use "
                   "the rtmp:// server below; the stream travels unencrypted.")};
    }
    return {QStringLiteral("protocol-allowed"), true, true,
            tr("RTMPS is allowed; the encoder connects to the rtmps:// server below.")};
}

ReadinessCheck GoLiveInspection::othersCheck(const GoLiveReport& report)
{
    if (report.listError.isError()) {
        return {QStringLiteral("other-configurations"), false, false,
                tr("Other ingest configurations on this stage could not be listed (%1).")
                    .arg(TerminalText::sanitize(report.listError.message)),
                false};
    }
    int live = report.configuration.isActive() ? 1 : 0;
    QStringList names;
    for (const auto& [name, state] : report.otherConfigurations) {
        names.append(name);
        live += state == QLatin1String("ACTIVE") ? 1 : 0;
    }
    const int others = static_cast<int>(names.size());
    return {QStringLiteral("other-configurations"), live <= 12, false,
            others == 0 ? tr("No other ingest configuration uses this stage.")
                        : tr("%n other ingest configuration(s) use this stage (%1); each publishes as its own "
                             "participant, and %2 of at most 12 publishers are live.",
                             nullptr, others)
                              .arg(names.join(QStringLiteral(", ")))
                              .arg(live)};
}

QList<ReadinessCheck> GoLiveInspection::evaluate(const GoLiveReport& report)
{
    const IngestConfiguration& c = report.configuration;
    QList<ReadinessCheck> checks;
    if (c.stageArn.isEmpty()) {
        checks.append({QStringLiteral("stage-associated"), false, true,
                       tr("Not associated with a stage, so the stream key is unusable: an encoder that connects is "
                          "refused. This usually follows DisconnectParticipant or DeleteStage. Associate a stage with "
                          "UpdateIngestConfiguration while the configuration is inactive.")});
    } else {
        checks.append({QStringLiteral("stage-associated"), true, true,
                       tr("Associated with stage %1.").arg(c.stageArn.section(u'/', -1))});
        checks.append(stageCheck(report));
        if (report.stageError.category != AwsError::Category::NotFound) {
            checks.append(protocolCheck(report));
        }
    }
    checks.append({QStringLiteral("publisher-live"), c.isActive(), false,
                   c.isActive() ? tr("A publisher is live now.")
                                : tr("Nothing is being published right now. Start the encoder with the server URL "
                                     "and the stream key.")});
    if (report.stage && !report.stageFromCache) {
        const QString session = report.stage->activeSessionId;
        checks.append({QStringLiteral("stage-session"), !session.isEmpty(), false,
                       session.isEmpty()
                           ? tr("The stage has no active session: nobody is connected to it. A session starts when "
                                "the first participant joins and ends a few minutes after the last one leaves.")
                           : tr("The stage has an active session (%1).").arg(session)});
    }
    if (!c.stageArn.isEmpty() && report.stageError.category != AwsError::Category::NotFound) {
        checks.append(othersCheck(report));
    }
    QStringList recentErrors;
    for (const ParticipantStatus& participant : report.participants) {
        for (const ParticipantEvent& event : participant.events) {
            if (!event.errorCode.isEmpty() && !recentErrors.contains(event.errorCode)) {
                recentErrors.append(event.errorCode);
            }
        }
    }
    if (!report.participants.isEmpty()) {
        checks.append({QStringLiteral("participant-errors"), recentErrors.isEmpty(), false,
                       recentErrors.isEmpty() ? tr("The participant's events in this session show no errors.")
                                              : tr("The participant's events report %1: %2")
                                                    .arg(recentErrors.join(QStringLiteral(", ")),
                                                         EventAdvice::explain(recentErrors.last()))});
    }
    return checks;
}
