#include "ivs/GoLiveInspection.h"

#include "ivs/EventAdvice.h"
#include "ivs/IvsCall.h"
#include "ivs/StageEndpointCache.h"

#include <QJsonArray>

GoLiveInspection::GoLiveInspection(QNetworkAccessManager* nam,
                                   const IvsClientConfig& config,
                                   const IngestConfiguration& configuration,
                                   QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(config)
    , m_scheduler([](std::function<void()> start) { start(); })
{
    m_report.configuration = configuration;
}

void GoLiveInspection::setScheduler(Scheduler scheduler)
{
    m_scheduler = std::move(scheduler);
}

void GoLiveInspection::call(const QString& operation, const QJsonObject& input, std::function<void(IvsCall*)> done)
{
    ++m_pending;
    m_scheduler([this, operation, input, done] {
        if (m_cancelled) {
            settle();
            return;
        }
        auto* call = new IvsCall(operation, input, this);
        m_calls.append(call);
        connect(call, &AwsHttpCall::finished, this, [this, call, done] {
            m_calls.removeAll(call);
            call->deleteLater();
            if (!m_cancelled) {
                done(call);
            }
            settle();
        });
        call->start(m_nam, m_config);
    });
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
    if (stageArn.isEmpty()) {
        m_report.checks = evaluate(m_report);
        QMetaObject::invokeMethod(this, &GoLiveInspection::finished, Qt::QueuedConnection);
        return;
    }
    // The cached endpoints show at once; GetStage refreshes them.
    call(QStringLiteral("GetStage"), {{QStringLiteral("arn"), stageArn}}, [this](IvsCall* call) { onStage(call); });
}

void GoLiveInspection::cancel()
{
    m_cancelled = true;
    const auto calls = m_calls;
    for (IvsCall* call : calls) {
        call->cancel();
    }
}

void GoLiveInspection::onStage(IvsCall* call)
{
    QString problem;
    if (!call->error().isError()) {
        m_report.stage = Stage::fromResponse(call->response(), &problem);
    }
    if (!m_report.stage) {
        m_report.stageError = call->error();
        if (!problem.isEmpty()) {
            m_report.stageError.category = AwsError::Category::MalformedReply;
            m_report.stageError.message = problem;
        }
        if (m_report.stageError.category != AwsError::Category::NotFound) {
            m_report.stage = StageEndpointCache::lookup(m_report.configuration.stageArn);
            m_report.stageFromCache = m_report.stage.has_value();
        } else {
            StageEndpointCache::forget(m_report.configuration.stageArn);
        }
        if (m_report.stageError.category == AwsError::Category::NotFound) {
            return; // no stage: nothing else to ask about it
        }
    } else {
        StageEndpointCache::store(*m_report.stage);
    }
    listConfigurations(QString());
    if (m_report.stage && !m_report.stageFromCache && !m_report.stage->activeSessionId.isEmpty()) {
        listParticipants(m_report.stage->activeSessionId, QString());
    }
}

void GoLiveInspection::listConfigurations(const QString& nextToken)
{
    QJsonObject input{{QStringLiteral("filterByStageArn"), m_report.configuration.stageArn},
                      {QStringLiteral("maxResults"), 100}};
    if (!nextToken.isEmpty()) {
        input.insert(QStringLiteral("nextToken"), nextToken);
    }
    call(QStringLiteral("ListIngestConfigurations"), input, [this](IvsCall* call) {
        if (call->error().isError()) {
            m_report.listError = call->error();
            return;
        }
        for (const QJsonValue& value : call->response().value(QStringLiteral("ingestConfigurations")).toArray()) {
            const QJsonObject summary = value.toObject();
            const QString arn = summary.value(QStringLiteral("arn")).toString();
            if (arn == m_report.configuration.arn) {
                continue;
            }
            const QString name = summary.value(QStringLiteral("name")).toString();
            m_report.otherConfigurations.append(
                {name.isEmpty() ? arn.section(u'/', -1) : name, summary.value(QStringLiteral("state")).toString()});
        }
        const QString next = call->response().value(QStringLiteral("nextToken")).toString();
        if (!next.isEmpty()) {
            listConfigurations(next);
        }
    });
}

void GoLiveInspection::listParticipants(const QString& sessionId, const QString& nextToken)
{
    QJsonObject input{{QStringLiteral("stageArn"), m_report.configuration.stageArn},
                      {QStringLiteral("sessionId"), sessionId},
                      {QStringLiteral("maxResults"), 100}};
    if (!nextToken.isEmpty()) {
        input.insert(QStringLiteral("nextToken"), nextToken);
    }
    call(QStringLiteral("ListParticipants"), input, [this, sessionId](IvsCall* call) {
        if (call->error().isError()) {
            m_report.participantsError = call->error();
            return;
        }
        QStringList ours{m_report.configuration.participantId};
        for (const RedundantIngestCredential& credential : m_report.configuration.redundantIngestCredentials) {
            ours.append(credential.participantId);
        }
        for (const QJsonValue& value : call->response().value(QStringLiteral("participants")).toArray()) {
            const QJsonObject summary = value.toObject();
            const QString id = summary.value(QStringLiteral("participantId")).toString();
            const bool mine = ours.contains(id) || summary.value(QStringLiteral("ingestConfigurationArn")).toString() ==
                                                       m_report.configuration.arn;
            const bool known = std::any_of(m_report.participants.begin(), m_report.participants.end(),
                                           [&id](const ParticipantStatus& p) { return p.participantId == id; });
            if (mine && !known) {
                ParticipantStatus status;
                status.participantId = id;
                status.state = summary.value(QStringLiteral("state")).toString();
                status.published = summary.value(QStringLiteral("published")).toBool();
                status.firstJoinTime =
                    QDateTime::fromString(summary.value(QStringLiteral("firstJoinTime")).toString(), Qt::ISODate);
                m_report.participants.append(status);
                inspectParticipant(sessionId, id);
            }
        }
        const QString next = call->response().value(QStringLiteral("nextToken")).toString();
        if (!next.isEmpty()) {
            listParticipants(sessionId, next);
        }
    });
}

void GoLiveInspection::inspectParticipant(const QString& sessionId, const QString& participantId)
{
    const int index = static_cast<int>(m_report.participants.size()) - 1;
    call(QStringLiteral("GetParticipant"),
         {{QStringLiteral("stageArn"), m_report.configuration.stageArn},
          {QStringLiteral("sessionId"), sessionId},
          {QStringLiteral("participantId"), participantId}},
         [this, index](IvsCall* call) {
             ParticipantStatus& status = m_report.participants[index];
             if (call->error().isError()) {
                 status.problem = call->error().message;
                 return;
             }
             const QJsonObject participant = call->response().value(QStringLiteral("participant")).toObject();
             status.state = participant.value(QStringLiteral("state")).toString(status.state);
             status.protocol = participant.value(QStringLiteral("protocol")).toString();
             status.published = participant.value(QStringLiteral("published")).toBool(status.published);
         });
    listEvents(sessionId, index, QString());
}

void GoLiveInspection::listEvents(const QString& sessionId, int index, const QString& nextToken)
{
    QJsonObject input{{QStringLiteral("stageArn"), m_report.configuration.stageArn},
                      {QStringLiteral("sessionId"), sessionId},
                      {QStringLiteral("participantId"), m_report.participants.at(index).participantId},
                      {QStringLiteral("maxResults"), 100}};
    if (!nextToken.isEmpty()) {
        input.insert(QStringLiteral("nextToken"), nextToken);
    }
    call(QStringLiteral("ListParticipantEvents"), input, [this, sessionId, index](IvsCall* call) {
        ParticipantStatus& status = m_report.participants[index];
        if (call->error().isError()) {
            status.problem = call->error().message;
            return;
        }
        for (const QJsonValue& value : call->response().value(QStringLiteral("events")).toArray()) {
            const QJsonObject event = value.toObject();
            status.events.append(
                {event.value(QStringLiteral("name")).toString(),
                 QDateTime::fromString(event.value(QStringLiteral("eventTime")).toString(), Qt::ISODate),
                 event.value(QStringLiteral("errorCode")).toString(),
                 event.value(QStringLiteral("participantId")).toString()});
        }
        std::sort(status.events.begin(), status.events.end(),
                  [](const ParticipantEvent& a, const ParticipantEvent& b) { return a.time < b.time; });
        const QString next = call->response().value(QStringLiteral("nextToken")).toString();
        if (!next.isEmpty()) {
            listEvents(sessionId, index, next);
        }
    });
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
        const bool gone = report.stageError.category == AwsError::Category::NotFound;
        const bool unknown = report.stageError.isError() && !gone;
        if (gone) {
            checks.append({QStringLiteral("stage-exists"), false, true,
                           tr("The stage %1 does not exist any more (GetStage: not found), so the key cannot be used. "
                              "Associate the configuration with an existing stage.")
                               .arg(c.stageArn)});
        } else if (unknown) {
            checks.append({QStringLiteral("stage-exists"), false, false,
                           tr("The stage could not be read (%1: %2). %3")
                               .arg(AwsError::categoryName(report.stageError.category), report.stageError.message,
                                    report.stageFromCache ? tr("Its endpoints come from the cache.")
                                                          : report.stageError.advice())});
        } else {
            checks.append({QStringLiteral("stage-exists"), true, true,
                           tr("The stage exists%1.")
                               .arg(report.stage && !report.stage->name.isEmpty() ? tr(" (%1)").arg(report.stage->name)
                                                                                  : QString())});
        }
        if (!gone) {
            const QString server = report.server();
            if (!report.stage) {
                checks.append({QStringLiteral("protocol-allowed"), false, false,
                               tr("Unknown: without the stage, its %1 endpoint is not known.").arg(c.ingestProtocol)});
            } else if (server.isEmpty()) {
                checks.append({QStringLiteral("protocol-allowed"), false, true,
                               tr("The stage offers no %1 endpoint, so an encoder has nowhere to connect. Stages "
                                  "created before RTMP ingest existed lack it: create a new stage.")
                                   .arg(c.ingestProtocol)});
            } else if (c.ingestProtocol == QLatin1String("RTMP")) {
                checks.append({QStringLiteral("protocol-allowed"), true, true,
                               tr("RTMP is allowed: this configuration was created with insecure ingest, which RTMP "
                                  "requires. Use the rtmp:// server below; the stream travels unencrypted.")});
            } else {
                checks.append({QStringLiteral("protocol-allowed"), true, true,
                               tr("RTMPS is allowed; the encoder connects to the rtmps:// server below.")});
            }
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
        if (report.listError.isError()) {
            checks.append({QStringLiteral("other-configurations"), false, false,
                           tr("Other ingest configurations on this stage could not be listed (%1).")
                               .arg(report.listError.message)});
        } else {
            int live = c.isActive() ? 1 : 0;
            QStringList names;
            for (const auto& [name, state] : report.otherConfigurations) {
                names.append(name);
                live += state == QLatin1String("ACTIVE") ? 1 : 0;
            }
            const int others = static_cast<int>(names.size());
            checks.append({QStringLiteral("other-configurations"), live <= 12, false,
                           others == 0 ? tr("No other ingest configuration uses this stage.")
                                       : tr("%n other ingest configuration(s) use this stage (%1); each publishes as "
                                            "its own participant, and %2 of at most 12 publishers are live.",
                                            nullptr, others)
                                             .arg(names.join(QStringLiteral(", ")))
                                             .arg(live)});
        }
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
