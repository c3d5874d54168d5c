#include "ivs/StageEndpointCache.h"

#include <QCryptographicHash>
#include <QSettings>

namespace
{
// ARNs contain "/" and ":", which QSettings would read as groups.
QString keyFor(const QString& stageArn)
{
    return QStringLiteral("stageEndpoints/") +
           QString::fromLatin1(QCryptographicHash::hash(stageArn.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

void StageEndpointCache::setPersistent(bool persistent)
{
    m_persistent = persistent;
    m_memory.clear();
}

void StageEndpointCache::store(const Stage& stage, const QDateTime& now)
{
    if (!m_persistent) {
        m_memory.insert(stage.arn, {stage, now});
        return;
    }
    QSettings settings;
    settings.beginGroup(keyFor(stage.arn));
    settings.setValue(QStringLiteral("arn"), stage.arn);
    settings.setValue(QStringLiteral("fetchedAt"), now);
    const QJsonObject endpoints = stage.endpointsJson();
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
        settings.setValue(it.key(), it.value().toString());
    }
}

std::optional<Stage>
StageEndpointCache::lookup(const QString& stageArn, QDateTime* fetchedAt, const QDateTime& now) const
{
    if (!m_persistent) {
        const auto found = m_memory.constFind(stageArn);
        if (found == m_memory.constEnd() || found->fetchedAt.secsTo(now) > MaxAgeSeconds) {
            return std::nullopt;
        }
        if (fetchedAt) {
            *fetchedAt = found->fetchedAt;
        }
        return found->stage;
    }
    QSettings settings;
    settings.beginGroup(keyFor(stageArn));
    const QDateTime when = settings.value(QStringLiteral("fetchedAt")).toDateTime();
    if (settings.value(QStringLiteral("arn")).toString() != stageArn || !when.isValid() ||
        when.secsTo(now) > MaxAgeSeconds) {
        return std::nullopt;
    }
    Stage stage;
    stage.arn = stageArn;
    QJsonObject endpoints;
    for (const char* key : {"events", "whip", "rtmp", "rtmps"}) {
        endpoints.insert(QLatin1String(key), settings.value(QLatin1String(key)).toString());
    }
    stage.setEndpoints(endpoints);
    if (fetchedAt) {
        *fetchedAt = when;
    }
    return stage;
}

void StageEndpointCache::forget(const QString& stageArn)
{
    if (!m_persistent) {
        m_memory.remove(stageArn);
        return;
    }
    QSettings().remove(keyFor(stageArn));
}
