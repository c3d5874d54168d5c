#include "inspect/LastKnownStore.h"

#include "ivs/IngestConfiguration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

namespace
{
template <typename Entry> void dropOldest(QHash<QString, Entry>& entries, int keep)
{
    while (entries.size() > keep) {
        auto oldest = entries.begin();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (it->at < oldest->at) {
                oldest = it;
            }
        }
        entries.erase(oldest);
    }
}
} // namespace

LastKnownStore::LastKnownStore(const QString& path)
    : m_path(path)
{
    load();
}

void LastKnownStore::setMemoryOnly(bool on)
{
    if (on == m_memoryOnly) {
        return;
    }
    m_memoryOnly = on;
    if (on) {
        m_keptConfigurations = std::exchange(m_configurations, {});
        m_keptLists = std::exchange(m_lists, {});
    } else {
        m_configurations = std::exchange(m_keptConfigurations, {});
        m_lists = std::exchange(m_keptLists, {});
    }
}

QString LastKnownStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/last-known.json");
}

QJsonObject LastKnownStore::withoutSecrets(const IngestConfiguration& configuration)
{
    QJsonObject fields = configuration.modeledJson();
    fields.remove(QStringLiteral("streamKey"));
    QJsonArray credentials;
    for (const QJsonValue& value : fields.value(QStringLiteral("redundantIngestCredentials")).toArray()) {
        QJsonObject credential = value.toObject();
        credential.remove(QStringLiteral("streamKey"));
        credentials.append(credential);
    }
    if (fields.contains(QStringLiteral("redundantIngestCredentials"))) {
        fields.insert(QStringLiteral("redundantIngestCredentials"), credentials);
    }
    return fields;
}

void LastKnownStore::remember(const IngestConfiguration& configuration, const QDateTime& at)
{
    if (configuration.arn.isEmpty()) {
        return;
    }
    m_configurations.insert(configuration.arn, {withoutSecrets(configuration), at.toUTC()});
    dropOldest(m_configurations, MaxConfigurations);
    save();
}

std::optional<LastKnownStore::Configuration> LastKnownStore::configuration(const QString& arn) const
{
    const auto it = m_configurations.constFind(arn);
    if (it == m_configurations.cend()) {
        return std::nullopt;
    }
    return *it;
}

QString LastKnownStore::listKey(const QString& account, const QString& region, const QString& filter)
{
    return account + u'/' + region + u'/' + filter;
}

void LastKnownStore::rememberList(const QString& key, const QJsonArray& items, const QDateTime& at)
{
    m_lists.insert(key, {items, at.toUTC()});
    dropOldest(m_lists, MaxLists);
    save();
}

std::optional<LastKnownStore::Listing> LastKnownStore::list(const QString& key) const
{
    const auto it = m_lists.constFind(key);
    if (it == m_lists.cend()) {
        return std::nullopt;
    }
    return *it;
}

QString LastKnownStore::ageText(const QDateTime& at, const QDateTime& now)
{
    const qint64 seconds = qMax<qint64>(0, at.secsTo(now));
    // The counts are named before the calls: lupdate 6.4's C++ parser loops
    // forever on a cast such as int(seconds / 60) as translate()'s count.
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 60) {
        return QCoreApplication::translate("LastKnownStore", "just now");
    }
    if (seconds < 3600) {
        return QCoreApplication::translate("LastKnownStore", "%n minute(s) ago", nullptr, minutes);
    }
    if (seconds < 2 * 86400) {
        return QCoreApplication::translate("LastKnownStore", "%n hour(s) ago", nullptr, hours);
    }
    return QCoreApplication::translate("LastKnownStore", "%n day(s) ago", nullptr, days);
}

void LastKnownStore::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject configurations = root.value(QStringLiteral("configurations")).toObject();
    for (auto it = configurations.begin(); it != configurations.end(); ++it) {
        const QJsonObject entry = it->toObject();
        QJsonObject fields = entry.value(QStringLiteral("fields")).toObject();
        fields.remove(QStringLiteral("streamKey")); // never trust a file to be what we wrote
        m_configurations.insert(
            it.key(), {fields, QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)});
    }
    const QJsonObject lists = root.value(QStringLiteral("lists")).toObject();
    for (auto it = lists.begin(); it != lists.end(); ++it) {
        const QJsonObject entry = it->toObject();
        m_lists.insert(it.key(),
                       {entry.value(QStringLiteral("items")).toArray(),
                        QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)});
    }
}

bool LastKnownStore::save() const
{
    if (m_memoryOnly) {
        return true;
    }
    QJsonObject configurations;
    for (auto it = m_configurations.cbegin(); it != m_configurations.cend(); ++it) {
        configurations.insert(it.key(), QJsonObject{{QStringLiteral("fields"), it->fields},
                                                    {QStringLiteral("at"), it->at.toString(Qt::ISODateWithMs)}});
    }
    QJsonObject lists;
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it) {
        lists.insert(it.key(), QJsonObject{{QStringLiteral("items"), it->items},
                                           {QStringLiteral("at"), it->at.toString(Qt::ISODateWithMs)}});
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("configurations"), configurations}, {QStringLiteral("lists"), lists}})
            .toJson(QJsonDocument::Compact));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.commit();
}
