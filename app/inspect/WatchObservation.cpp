#include "inspect/WatchObservation.h"

#include "ivs/IngestConfiguration.h"

#include <QJsonArray>

WatchObservation WatchObservation::fromConfiguration(const IngestConfiguration& configuration, const QDateTime& at)
{
    WatchObservation observation;
    observation.at = at.toUTC();
    observation.arn = configuration.arn;
    observation.name = configuration.name;
    observation.state = configuration.state;
    observation.stageArn = configuration.stageArn;
    observation.participantId = configuration.participantId;
    for (const RedundantIngestCredential& credential : configuration.redundantIngestCredentials) {
        observation.redundantParticipants.append(credential.participantId);
    }
    return observation;
}

bool WatchObservation::compareWith(const WatchObservation* previous, const WatchObservation* lastGood)
{
    changes.clear();
    first = previous == nullptr;
    if (isError()) {
        // One line per distinct failure, not one per poll.
        if (previous && !previous->isError()) {
            changes.append({QStringLiteral("reachable"), QStringLiteral("yes"), QStringLiteral("no")});
        }
        return !previous || !previous->isError() || previous->error != error;
    }
    if (previous && previous->isError()) {
        changes.append({QStringLiteral("reachable"), QStringLiteral("no"), QStringLiteral("yes")});
    }
    if (lastGood) {
        const auto orNone = [](const QString& text) {
            return text.isEmpty() ? QStringLiteral("none") : text;
        };
        const auto compare = [this, &orNone](const QString& field, const QString& before, const QString& now) {
            if (before != now) {
                changes.append({field, orNone(before), orNone(now)});
            }
        };
        compare(QStringLiteral("state"), lastGood->state, state);
        compare(QStringLiteral("stageArn"), lastGood->stageArn, stageArn);
        compare(QStringLiteral("participantId"), lastGood->participantId, participantId);
        compare(QStringLiteral("redundantParticipants"), lastGood->redundantParticipants.join(u','),
                redundantParticipants.join(u','));
        compare(QStringLiteral("name"), lastGood->name, name);
    }
    return first || !changes.isEmpty();
}

QString WatchObservation::timestamp() const
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString WatchObservation::changeText() const
{
    if (isError()) {
        return errorCode.isEmpty() ? error : errorCode + QStringLiteral(": ") + error;
    }
    QStringList parts;
    if (first || (!changes.isEmpty() && changes.size() == 1 && changes.first().field == QLatin1String("reachable"))) {
        parts.append(QStringLiteral("stage %1").arg(stageArn.isEmpty() ? QStringLiteral("none") : stageArn));
        parts.append(
            QStringLiteral("participant %1").arg(participantId.isEmpty() ? QStringLiteral("none") : participantId));
    }
    for (const Change& change : changes) {
        static const QHash<QString, QString> labels{
            {QStringLiteral("stageArn"), QStringLiteral("stage")},
            {QStringLiteral("participantId"), QStringLiteral("participant")},
            {QStringLiteral("redundantParticipants"), QStringLiteral("redundant participants")}};
        if (change.field == QLatin1String("reachable")) {
            parts.prepend(QStringLiteral("reachable again"));
            continue;
        }
        parts.append(QStringLiteral("%1 %2→%3").arg(labels.value(change.field, change.field), change.from, change.to));
    }
    return parts.join(QStringLiteral("; "));
}

QStringList WatchObservation::jsonOrder()
{
    return {QStringLiteral("timestamp"),
            QStringLiteral("arn"),
            QStringLiteral("state"),
            QStringLiteral("name"),
            QStringLiteral("stageArn"),
            QStringLiteral("participantId"),
            QStringLiteral("redundantParticipants"),
            QStringLiteral("changes"),
            QStringLiteral("first"),
            QStringLiteral("error")};
}

QJsonObject WatchObservation::toJson() const
{
    QJsonObject object{{QStringLiteral("timestamp"), timestamp()}, {QStringLiteral("arn"), arn}};
    if (isError()) {
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), errorCode}, {QStringLiteral("message"), error}});
    } else {
        object.insert(QStringLiteral("state"), state);
        object.insert(QStringLiteral("name"), name);
        object.insert(QStringLiteral("stageArn"), stageArn);
        object.insert(QStringLiteral("participantId"), participantId);
        if (!redundantParticipants.isEmpty()) {
            object.insert(QStringLiteral("redundantParticipants"), QJsonArray::fromStringList(redundantParticipants));
        }
    }
    QJsonArray changeList;
    for (const Change& change : changes) {
        changeList.append(QJsonObject{{QStringLiteral("field"), change.field},
                                      {QStringLiteral("from"), change.from},
                                      {QStringLiteral("to"), change.to}});
    }
    object.insert(QStringLiteral("changes"), changeList);
    object.insert(QStringLiteral("first"), first);
    return object;
}

WatchObservation WatchObservation::fromJson(const QJsonObject& object)
{
    WatchObservation observation;
    observation.at = QDateTime::fromString(object.value(QStringLiteral("timestamp")).toString(), Qt::ISODate).toUTC();
    observation.arn = object.value(QStringLiteral("arn")).toString();
    observation.name = object.value(QStringLiteral("name")).toString();
    observation.state = object.value(QStringLiteral("state")).toString();
    observation.stageArn = object.value(QStringLiteral("stageArn")).toString();
    observation.participantId = object.value(QStringLiteral("participantId")).toString();
    for (const QJsonValue& id : object.value(QStringLiteral("redundantParticipants")).toArray()) {
        observation.redundantParticipants.append(id.toString());
    }
    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    observation.errorCode = error.value(QStringLiteral("code")).toString();
    observation.error = error.value(QStringLiteral("message")).toString();
    observation.first = object.value(QStringLiteral("first")).toBool();
    for (const QJsonValue& value : object.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        observation.changes.append({change.value(QStringLiteral("field")).toString(),
                                    change.value(QStringLiteral("from")).toString(),
                                    change.value(QStringLiteral("to")).toString()});
    }
    return observation;
}
