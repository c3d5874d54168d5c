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

    static QJsonObject withoutSecrets(const IngestConfiguration& configuration);
    // "just now", "5 minutes", "3 hours", "2 days" (for the age marks).
    static QString ageText(const QDateTime& at, const QDateTime& now);

private:
    QString m_path;
    QHash<QString, Configuration> m_configurations;
    QHash<QString, Listing> m_lists;

    void load();
    bool save() const;
};
