#include "inspect/StateTimeline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

StateTimeline::StateTimeline(const QString& path)
    : m_path(path)
{
    load();
}

QString StateTimeline::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/watch-timeline.jsonl");
}

void StateTimeline::setMemoryOnly(bool on)
{
    if (on == m_memoryOnly) {
        return;
    }
    m_memoryOnly = on;
    if (on) {
        m_keptEntries = std::exchange(m_entries, {});
        m_keptLines = std::exchange(m_lines, 0);
    } else {
        m_entries = std::exchange(m_keptEntries, {});
        m_lines = std::exchange(m_keptLines, 0);
    }
}

void StateTimeline::load()
{
    m_entries.clear();
    m_lines = 0;
    if (m_memoryOnly) {
        return;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++m_lines;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty()) {
            continue; // a line cut short by a crash, or not ours
        }
        const WatchObservation observation = WatchObservation::fromJson(object);
        if (!observation.arn.isEmpty() && observation.at.isValid()) {
            keep(observation);
        }
    }
}

void StateTimeline::keep(const WatchObservation& observation)
{
    QList<WatchObservation>& list = m_entries[observation.arn];
    list.append(observation);
    if (list.size() > MaxEntriesPerArn) {
        list.remove(0, list.size() - MaxEntriesPerArn);
    }
    if (m_entries.size() > MaxArns) {
        // Drop the ARN whose newest entry is oldest.
        QString oldest;
        QDateTime oldestAt;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            const QDateTime at = it->isEmpty() ? QDateTime() : it->last().at;
            if (oldest.isEmpty() || at < oldestAt) {
                oldest = it.key();
                oldestAt = at;
            }
        }
        m_entries.remove(oldest);
    }
}

bool StateTimeline::append(const WatchObservation& observation)
{
    keep(observation);
    if (m_memoryOnly) {
        return true;
    }
    if (m_lines + 1 > size() + size() / 4 + 16) {
        return rewrite();
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool ok = file.write(QJsonDocument(observation.toJson()).toJson(QJsonDocument::Compact) + '\n') > 0;
    ++m_lines;
    return ok;
}

bool StateTimeline::rewrite()
{
    if (m_memoryOnly) {
        return true;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QList<WatchObservation> all;
    for (const QList<WatchObservation>& list : std::as_const(m_entries)) {
        all.append(list);
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const WatchObservation& a, const WatchObservation& b) { return a.at < b.at; });
    for (const WatchObservation& observation : std::as_const(all)) {
        file.write(QJsonDocument(observation.toJson()).toJson(QJsonDocument::Compact) + '\n');
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_lines = int(all.size());
    return file.commit();
}

QStringList StateTimeline::arns() const
{
    QStringList list = m_entries.keys();
    list.sort();
    return list;
}

int StateTimeline::size() const
{
    int count = 0;
    for (const QList<WatchObservation>& list : m_entries) {
        count += int(list.size());
    }
    return count;
}

void StateTimeline::clear(const QString& arn)
{
    if (m_entries.remove(arn) > 0) {
        rewrite();
    }
}

QByteArray StateTimeline::csvField(const QString& text)
{
    // RFC 4180: quote a field holding a comma, quote or line break, doubling
    // quotes. A leading =, +, - or @ would be run as a formula by
    // spreadsheets (OWASP "CSV Injection"): such fields get a leading quote.
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0))) {
        value.prepend(u'\'');
    }
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = u'"' + value + u'"';
    }
    return value.toUtf8();
}

QByteArray StateTimeline::toCsv(const QString& arn) const
{
    QByteArray out = "timestamp,arn,name,state,stageArn,participantId,changes,error\r\n";
    QList<WatchObservation> rows;
    for (const QString& key : arns()) {
        if (arn.isEmpty() || key == arn) {
            rows.append(m_entries.value(key));
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const WatchObservation& a, const WatchObservation& b) { return a.at < b.at; });
    for (const WatchObservation& row : std::as_const(rows)) {
        const QStringList fields{row.timestamp(),
                                 row.arn,
                                 row.name,
                                 row.state,
                                 row.stageArn,
                                 row.participantId,
                                 row.isError() ? QString() : row.changeText(),
                                 row.isError() ? row.changeText() : QString()};
        QByteArrayList encoded;
        for (const QString& field : fields) {
            encoded.append(csvField(field));
        }
        out += encoded.join(',') + "\r\n";
    }
    return out;
}
