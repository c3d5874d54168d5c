#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class IngestConfiguration;

// The last view of each configuration and of each listing that the app got,
// so they stay available (marked with their age) when the network or the
// credentials fail. Non-secret only: a configuration is kept without its
// stream key and without its redundant stream keys. Kept in one JSON file,
// bounded (the MaxConfigurations most recently seen configurations, the
// MaxLists most recent listings).
class LastKnownStore
{
public:
    static constexpr int MaxConfigurations = 1000;
    static constexpr int MaxLists = 20;

    struct Configuration
    {
        QJsonObject fields; // GetIngestConfiguration's, secrets removed
        QDateTime at;
    };
    struct Listing
    {
        QJsonArray items; // ListIngestConfigurations' summaries
        QDateTime at;
    };

    explicit LastKnownStore(const QString& path = defaultPath());
    static QString defaultPath();

    void remember(const IngestConfiguration& configuration, const QDateTime& at);
    std::optional<Configuration> configuration(const QString& arn) const;
    // key: what was listed (see listKey).
    void rememberList(const QString& key, const QJsonArray& items, const QDateTime& at);
    std::optional<Listing> list(const QString& key) const;
    static QString listKey(const QString& account, const QString& region, const QString& filter);

    // The demo's (issue 16: the demo writes nothing, and its made-up data
    // must never show for a real profile): while on, the file is not written
    // and the entries are a separate set kept in memory, so a real profile
    // named "demo" cannot meet the demo's listings; off drops them and brings
    // back the real entries exactly as they were.
    void setMemoryOnly(bool on);
    bool isMemoryOnly() const
    {
        return m_memoryOnly;
    }

    static QJsonObject withoutSecrets(const IngestConfiguration& configuration);
    // "just now", "5 minutes", "3 hours", "2 days" (for the age marks).
    static QString ageText(const QDateTime& at, const QDateTime& now);

private:
    QString m_path;
    QHash<QString, Configuration> m_configurations;
    QHash<QString, Listing> m_lists;
    bool m_memoryOnly = false;
    // The real entries, while memory-only.
    QHash<QString, Configuration> m_keptConfigurations;
    QHash<QString, Listing> m_keptLists;

    void load();
    bool save() const;
};
