#pragma once

#include "ivs/Stage.h"

#include <QDateTime>
#include <QHash>

// Stage endpoints stay valid for days (the API reference's StageEndpoints
// suggests caching them for up to 14), so they are kept in the app's settings:
// the encoder settings show at once, and survive a failed GetStage.
// Endpoints are not secret. The built-in demo keeps its own in memory only.
class StageEndpointCache
{
public:
    static constexpr qint64 MaxAgeSeconds = 14 * 24 * 3600;

    void store(const Stage& stage, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The cached endpoints, when fresh enough; fetchedAt says when.
    std::optional<Stage> lookup(const QString& stageArn,
                                QDateTime* fetchedAt = nullptr,
                                const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    void forget(const QString& stageArn);
    // Off: endpoints are kept in memory for this run and nothing is written
    // (the demo's made-up stages never reach the settings). Switching empties it.
    void setPersistent(bool persistent);

private:
    struct Entry
    {
        Stage stage;
        QDateTime fetchedAt;
    };
    bool m_persistent = true;
    QHash<QString, Entry> m_memory;
};
