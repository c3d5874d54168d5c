#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class IngestConfiguration;

// One look at a watched ingest configuration: when, what its state, stage and
// participant were, or why it could not be read, and what changed since the
// look before. Only non-secret fields: observations are printed, kept on
// disk and shown in notifications.
struct WatchObservation
{
    struct Change
    {
        QString field; // state, stageArn, participantId, redundantParticipants, name, reachable
        QString from;
        QString to;

        bool operator==(const Change& other) const
        {
            return field == other.field && from == other.from && to == other.to;
        }
    };

    QDateTime at; // UTC
    QString arn;
    QString name;
    QString state; // ACTIVE, INACTIVE; empty when error is set
    QString stageArn;
    QString participantId;
    QStringList redundantParticipants; // redundant ingest's participant IDs
    QString errorCode;                 // the service's code, or a category name
    QString error;                     // set when the configuration could not be read
    bool first = false;                // the first observation of this watch
    QList<Change> changes;

    bool isError() const
    {
        return !error.isEmpty();
    }
    static WatchObservation fromConfiguration(const IngestConfiguration& configuration, const QDateTime& at);
    // Fills changes (and first) by comparing with the previous observation
    // (null for the first) and with the last one that was not an error (its
    // fields, so a change made while unreachable is still told); returns
    // whether this one differs and is worth reporting.
    bool compareWith(const WatchObservation* previous, const WatchObservation* lastGood);

    // "2026-11-29T10:40:18Z" (ISO 8601, UTC, whole seconds).
    QString timestamp() const;
    // What changed, in one line: "state INACTIVE→ACTIVE; stage none→arn:…".
    QString changeText() const;
    // Members in a fixed order (timestamp, arn, state, name, stageArn,
    // participantId, redundantParticipants, changes, first, error).
    QJsonObject toJson() const;
    static QStringList jsonOrder();
    static WatchObservation fromJson(const QJsonObject& object);
};
