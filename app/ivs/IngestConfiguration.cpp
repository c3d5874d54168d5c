#include "ivs/IngestConfiguration.h"

#include "core/TerminalText.h"

#include <QJsonArray>

namespace
{
bool readString(const QJsonObject& object, const QString& key, QString* out, QString* problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isString()) {
        *problem = IngestConfiguration::tr("The member \"%1\" should be text.").arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

bool readStringMap(const QJsonObject& object, const QString& key, IngestConfiguration::StringMap* out, QString* problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isObject()) {
        *problem = IngestConfiguration::tr("The member \"%1\" should be a map of names to text.").arg(key);
        return false;
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString()) {
            *problem = IngestConfiguration::tr("The value of %1 in \"%2\" should be text.")
                           .arg(TerminalText::quote(it.key()), key);
            return false;
        }
        out->append({it.key(), it.value().toString()});
    }
    return true;
}

bool readRedundantCredentials(const QJsonObject& object, QList<RedundantIngestCredential>* out, QString* problem)
{
    const QString key = QStringLiteral("redundantIngestCredentials");
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isArray()) {
        *problem = IngestConfiguration::tr("The member \"%1\" should be a list.").arg(key);
        return false;
    }
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isObject()) {
            *problem = IngestConfiguration::tr("Each entry of \"%1\" should be an object.").arg(key);
            return false;
        }
        RedundantIngestCredential credential;
        const QJsonObject entry = item.toObject();
        if (!readString(entry, QStringLiteral("participantId"), &credential.participantId, problem) ||
            !readString(entry, QStringLiteral("streamKey"), &credential.streamKey, problem)) {
            return false;
        }
        out->append(credential);
    }
    return true;
}
} // namespace

const QStringList& IngestConfiguration::memberOrder()
{
    static const QStringList order{
        QStringLiteral("name"),
        QStringLiteral("arn"),
        QStringLiteral("ingestProtocol"),
        QStringLiteral("streamKey"),
        QStringLiteral("stageArn"),
        QStringLiteral("participantId"),
        QStringLiteral("state"),
        QStringLiteral("userId"),
        QStringLiteral("redundantIngest"),
        QStringLiteral("redundantIngestCredentials"),
        QStringLiteral("attributes"),
        QStringLiteral("tags"),
    };
    return order;
}

const QStringList& IngestConfiguration::requiredMembers()
{
    static const QStringList required{
        QStringLiteral("arn"),      QStringLiteral("ingestProtocol"), QStringLiteral("streamKey"),
        QStringLiteral("stageArn"), QStringLiteral("participantId"),  QStringLiteral("state"),
    };
    return required;
}

std::optional<IngestConfiguration> IngestConfiguration::fromResponse(const QJsonObject& response, QString* problem)
{
    const QJsonValue inner = response.value(QStringLiteral("ingestConfiguration"));
    if (!inner.isObject()) {
        *problem = tr("The reply has no \"ingestConfiguration\" object.");
        return std::nullopt;
    }
    return fromJson(inner.toObject(), problem);
}

std::optional<IngestConfiguration> IngestConfiguration::fromJson(const QJsonObject& object, QString* problem)
{
    IngestConfiguration config;
    config.raw = object;
    const QList<QPair<QString, QString*>> strings{
        {QStringLiteral("name"), &config.name},
        {QStringLiteral("arn"), &config.arn},
        {QStringLiteral("ingestProtocol"), &config.ingestProtocol},
        {QStringLiteral("streamKey"), &config.streamKey},
        {QStringLiteral("stageArn"), &config.stageArn},
        {QStringLiteral("participantId"), &config.participantId},
        {QStringLiteral("state"), &config.state},
        {QStringLiteral("userId"), &config.userId},
    };
    for (const auto& [key, target] : strings) {
        if (!readString(object, key, target, problem)) {
            return std::nullopt;
        }
    }
    const QJsonValue redundant = object.value(QStringLiteral("redundantIngest"));
    if (redundant.isBool()) {
        config.redundantIngest = redundant.toBool();
    } else if (!redundant.isUndefined() && !redundant.isNull()) {
        *problem = tr("The member \"%1\" should be true or false.").arg(QStringLiteral("redundantIngest"));
        return std::nullopt;
    }
    if (!readRedundantCredentials(object, &config.redundantIngestCredentials, problem) ||
        !readStringMap(object, QStringLiteral("attributes"), &config.attributes, problem) ||
        !readStringMap(object, QStringLiteral("tags"), &config.tags, problem)) {
        return std::nullopt;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!memberOrder().contains(it.key())) {
            config.unknownMembers.append(it.key());
        }
    }
    for (const QString& key : requiredMembers()) {
        if (!object.contains(key)) {
            config.missingRequired.append(key);
        }
    }
    return config;
}

QJsonObject IngestConfiguration::modeledJson() const
{
    // As botocore parses a rest-json reply (parsers.py, _handle_structure):
    // only the model's members, and a member that is null is left out; the
    // same inside each RedundantIngestCredential. A null entry of the list
    // stays null, as botocore keeps it.
    static const QStringList credentialMembers{QStringLiteral("participantId"), QStringLiteral("streamKey")};
    QJsonObject out;
    for (const QString& key : memberOrder()) {
        const QJsonValue value = raw.value(key);
        if (value.isUndefined() || value.isNull()) {
            continue;
        }
        if (key != QLatin1String("redundantIngestCredentials")) {
            out.insert(key, value);
            continue;
        }
        QJsonArray credentials;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isObject()) {
                credentials.append(item);
                continue;
            }
            QJsonObject credential;
            for (const QString& member : credentialMembers) {
                const QJsonValue memberValue = item.toObject().value(member);
                if (!memberValue.isUndefined() && !memberValue.isNull()) {
                    credential.insert(member, memberValue);
                }
            }
            credentials.append(credential);
        }
        out.insert(key, credentials);
    }
    return out;
}

QString IngestConfiguration::streamKeyPrefix(const QString& key)
{
    // rt_<account>_<region>_<id>_<secret>: account, region and id contain no
    // "_", so the secret starts after the fourth one.
    if (!key.startsWith(QLatin1String("rt_"))) {
        return {};
    }
    qsizetype at = -1;
    for (int i = 0; i < 4; ++i) {
        at = key.indexOf(u'_', at + 1);
        if (at < 0) {
            return {};
        }
    }
    return key.left(at + 1);
}

QString IngestConfiguration::maskStreamKey(const QString& key, QChar mark, int count)
{
    if (key.isEmpty()) {
        return {};
    }
    return streamKeyPrefix(key) + QString(count, mark);
}
