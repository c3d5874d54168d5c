#pragma once

#include "inspect/WatchObservation.h"

#include <QHash>
#include <QList>
#include <QString>

// The history the API does not keep: every change a watch noticed, per ARN,
// kept across restarts in a JSON Lines file (one observation a line, appended
// as it comes; non-secret fields only). Bounded: at most MaxEntriesPerArn per
// ARN and MaxArns ARNs (the longest unchanged go first); the file is
// rewritten when it holds a quarter more than that. Exports CSV.
class StateTimeline
{
public:
    static constexpr int MaxEntriesPerArn = 500;
    static constexpr int MaxArns = 200;

    // path: the JSON Lines file (made when needed); defaultPath() for the app's.
    explicit StateTimeline(const QString& path = defaultPath());
    static QString defaultPath();

    QString path() const
    {
        return m_path;
    }
    // Reads the file again (a missing file is an empty timeline; broken lines
    // are skipped).
    void load();
    // Keeps the observation and appends it to the file; false when the file
    // could not be written (the observation is still kept in memory).
    bool append(const WatchObservation& observation);
    QList<WatchObservation> entries(const QString& arn) const
    {
        return m_entries.value(arn);
    }
    QStringList arns() const;
    int size() const;
    void clear(const QString& arn);
    // The demo's timeline (issue 16: the demo writes nothing): while on, the
    // file is neither read nor written, and the entries are a separate set
    // kept in memory; off drops them and brings back the real entries exactly
    // as they were.
    void setMemoryOnly(bool on);
    bool isMemoryOnly() const
    {
        return m_memoryOnly;
    }

    // RFC 4180 CSV of one ARN's entries (all ARNs when empty), oldest first:
    // timestamp,arn,name,state,stageArn,participantId,changes,error.
    QByteArray toCsv(const QString& arn = QString()) const;
    static QByteArray csvField(const QString& text);

private:
    QString m_path;
    QHash<QString, QList<WatchObservation>> m_entries;
    int m_lines = 0; // lines in the file, to know when to compact
    bool m_memoryOnly = false;
    QHash<QString, QList<WatchObservation>> m_keptEntries; // the real ones, while memory-only
    int m_keptLines = 0;

    void keep(const WatchObservation& observation);
    bool rewrite();
};
