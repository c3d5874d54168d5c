#include "cli/EncoderSettingsCommand.h"

#include "cli/AwsCliJsonWriter.h"
#include "cli/AwsCliTextWriter.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "cli/GetIngestConfigurationCommand.h"
#include "ivs/EventAdvice.h"
#include "ivs/GoLiveReport.h"

#include <QJsonArray>

namespace
{
QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject keyEntry(const QString& server, const QString& key, bool show)
{
    QJsonObject entry{{QStringLiteral("streamKey"), show ? key : IngestConfiguration::maskStreamKey(key)}};
    if (show) {
        entry.insert(QStringLiteral("url"), orNull(server.isEmpty() ? QString() : server + key));
    }
    return entry;
}

AwsCliJsonWriter::MemberOrder order()
{
    return {
        {QString(),
         {QStringLiteral("server"), QStringLiteral("protocol"), QStringLiteral("streamKey"), QStringLiteral("url"),
          QStringLiteral("ready"), QStringLiteral("checks"), QStringLiteral("redundantIngest"),
          QStringLiteral("participants")}},
        {QStringLiteral("checks[]"), {QStringLiteral("id"), QStringLiteral("ok"), QStringLiteral("detail")}},
        {QStringLiteral("redundantIngest[]"),
         {QStringLiteral("participantId"), QStringLiteral("streamKey"), QStringLiteral("url")}},
        {QStringLiteral("participants[]"),
         {QStringLiteral("participantId"), QStringLiteral("state"), QStringLiteral("protocol"),
          QStringLiteral("events"), QStringLiteral("problem")}},
        {QStringLiteral("participants[].events[]"),
         {QStringLiteral("name"), QStringLiteral("time"), QStringLiteral("errorCode"), QStringLiteral("advice")}},
    };
}
} // namespace

QJsonObject EncoderSettingsCommand::toJson(const GoLiveReport& report, bool showStreamKey)
{
    const QString server = report.server();
    const IngestConfiguration& c = report.configuration;
    QJsonObject json = keyEntry(server, c.streamKey, showStreamKey);
    json.insert(QStringLiteral("server"), orNull(server));
    json.insert(QStringLiteral("protocol"), c.ingestProtocol);
    json.insert(QStringLiteral("ready"), report.ready());
    QJsonArray checks;
    for (const ReadinessCheck& check : report.checks) {
        checks.append(QJsonObject{{QStringLiteral("id"), check.id},
                                  {QStringLiteral("ok"), check.ok},
                                  {QStringLiteral("detail"), check.detail}});
    }
    json.insert(QStringLiteral("checks"), checks);
    if (!c.redundantIngestCredentials.isEmpty()) {
        QJsonArray keys;
        for (const RedundantIngestCredential& credential : c.redundantIngestCredentials) {
            QJsonObject entry = keyEntry(server, credential.streamKey, showStreamKey);
            entry.insert(QStringLiteral("participantId"), credential.participantId);
            keys.append(entry);
        }
        json.insert(QStringLiteral("redundantIngest"), keys);
    }
    QJsonArray participants;
    for (const ParticipantStatus& participant : report.participants) {
        QJsonArray events;
        for (const ParticipantEvent& event : participant.events) {
            QJsonObject entry{{QStringLiteral("name"), event.name},
                              {QStringLiteral("time"), event.time.toUTC().toString(Qt::ISODate)}};
            if (!event.errorCode.isEmpty()) {
                entry.insert(QStringLiteral("errorCode"), event.errorCode);
                entry.insert(QStringLiteral("advice"), EventAdvice::explain(event.errorCode));
            }
            events.append(entry);
        }
        QJsonObject entry{{QStringLiteral("participantId"), participant.participantId},
                          {QStringLiteral("state"), participant.state},
                          {QStringLiteral("protocol"), orNull(participant.protocol)},
                          {QStringLiteral("events"), events}};
        // What could not be read about it (GetParticipant or its events failed,
        // or paging had to stop): said, not silently left out.
        if (!participant.problem.isEmpty()) {
            entry.insert(QStringLiteral("problem"), participant.problem);
        }
        participants.append(entry);
    }
    if (!participants.isEmpty()) {
        json.insert(QStringLiteral("participants"), participants);
    }
    return json;
}

int EncoderSettingsCommand::run(CliSession& session)
{
    const CliOptions& options = session.options();
    int exitCode = ExitCode::Success;
    const auto result = GetIngestConfigurationCommand::inspect(session, true, &exitCode);
    if (!result) {
        return exitCode;
    }
    const GoLiveReport& report = *result;
    const QJsonObject json = toJson(report, options.showStreamKey);
    CliOutput::out(options.output == QLatin1String("text") ? AwsCliTextWriter::write(json)
                                                           : AwsCliJsonWriter::write(json, order()));
    if (!report.participants.isEmpty() || report.stage) {
        CliOutput::err(EventAdvice::silentFailuresNote() + u'\n');
    }
    return report.ready() ? ExitCode::Success : ExitCode::NotReady;
}
