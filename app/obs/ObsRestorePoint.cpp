#include "obs/ObsRestorePoint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace
{
QJsonValue optionalValue(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<QString> optionalString(const QJsonValue& value)
{
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

QJsonObject toJson(const ObsRestorePoint& point)
{
    QJsonArray changes;
    for (const ObsParameterChange& change : point.applied.changes) {
        changes.append(QJsonObject{{QStringLiteral("category"), change.category},
                                   {QStringLiteral("name"), change.name},
                                   {QStringLiteral("oldValue"), optionalValue(change.oldValue)},
                                   {QStringLiteral("newValue"), optionalValue(change.newValue)}});
    }
    return {{QStringLiteral("savedAt"), point.savedAt.toString(Qt::ISODate)}, {QStringLiteral("changes"), changes}};
}
} // namespace

QString ObsRestorePoint::path(const QUrl& obsUrl)
{
    // Host and port only: the same OBS whatever the path or scheme, and no
    // user info (a password typed into the URL) in a file name.
    const int port = obsUrl.port(4455);
    QString host = obsUrl.host(QUrl::FullyEncoded);
    host.replace(u':', u'_'); // IPv6 literals
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/obs-restore/") + host +
           u'-' + QString::number(port) + QStringLiteral(".json");
}

std::optional<ObsRestorePoint> ObsRestorePoint::load(const QUrl& obsUrl, QString* problem)
{
    QFile file(path(obsUrl));
    if (!file.exists()) {
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("%1 cannot be read (%2)").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024), &error);
    if (!document.isObject()) {
        *problem = tr("%1 is not a restore point this program wrote (%2)").arg(file.fileName(), error.errorString());
        return std::nullopt;
    }
    ObsRestorePoint point;
    point.savedAt = QDateTime::fromString(document.object().value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    for (const QJsonValue& value : document.object().value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        const QString category = change.value(QStringLiteral("category")).toString();
        const QString name = change.value(QStringLiteral("name")).toString();
        if (category.isEmpty() || name.isEmpty()) {
            continue;
        }
        point.applied.changes.append({category, name, optionalString(change.value(QStringLiteral("oldValue"))),
                                      optionalString(change.value(QStringLiteral("newValue")))});
    }
    return point;
}

bool ObsRestorePoint::record(const QUrl& obsUrl, const ObsFixPlan& plan, QString* problem)
{
    QString ignored;
    ObsRestorePoint point = load(obsUrl, &ignored).value_or(ObsRestorePoint());
    if (!point.savedAt.isValid()) {
        point.savedAt = QDateTime::currentDateTimeUtc();
    }
    for (const ObsParameterChange& change : plan.changes) {
        auto kept =
            std::find_if(point.applied.changes.begin(), point.applied.changes.end(), [&](const ObsParameterChange& c) {
                return c.category == change.category && c.name == change.name;
            });
        if (kept == point.applied.changes.end()) {
            point.applied.changes.append(change);
        } else {
            kept->newValue = change.newValue; // the older value stays the one to go back to
        }
    }
    const QString file = path(obsUrl);
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        *problem = tr("the folder of %1 cannot be created").arg(file);
        return false;
    }
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly) ||
        save.write(QJsonDocument(toJson(point)).toJson(QJsonDocument::Indented)) < 0 || !save.commit()) {
        *problem = tr("%1 cannot be written (%2)").arg(file, save.errorString());
        return false;
    }
    // The user's own settings: readable by their owner only.
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool ObsRestorePoint::remove(const QUrl& obsUrl)
{
    return QFile::remove(path(obsUrl));
}
