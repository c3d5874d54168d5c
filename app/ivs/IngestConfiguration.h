#pragma once

#include "ivs/RedundantIngestCredential.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

// IngestConfiguration as GetIngestConfiguration returns it (service model
// shape of the same name). The reply object is kept whole so members that a
// newer model adds still reach the raw view.
class IngestConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(IngestConfiguration)

public:
    using StringMap = QList<QPair<QString, QString>>;

    QString name;
    QString arn;
    QString ingestProtocol; // RTMP or RTMPS
    QString streamKey;      // secret
    QString stageArn;       // empty when not associated with a stage
    QString participantId;
    QString state; // ACTIVE or INACTIVE
    QString userId;
    std::optional<bool> redundantIngest;
    QList<RedundantIngestCredential> redundantIngestCredentials;
    StringMap attributes;
    StringMap tags;

    QJsonObject raw;             // the reply's object, unchanged
    QStringList unknownMembers;  // members the model does not name
    QStringList missingRequired; // required members the reply lacked

    // Members in the service model's order.
    static const QStringList& memberOrder();
    static const QStringList& requiredMembers();

    // Reads {"ingestConfiguration": {...}}. Returns an explanation when the
    // reply does not have that shape.
    static std::optional<IngestConfiguration> fromResponse(const QJsonObject& response, QString* problem);
    static std::optional<IngestConfiguration> fromJson(const QJsonObject& object, QString* problem);

    // The modeled members that were present, as the AWS CLI would print them.
    QJsonObject modeledJson() const;

    bool isActive() const
    {
        return state == QLatin1String("ACTIVE");
    }
    // The non-secret rt_<account>_<region>_<id>_ part of a stream key.
    static QString streamKeyPrefix(const QString& key);
    // The key with everything after its prefix replaced by `count` marks.
    static QString maskStreamKey(const QString& key, QChar mark = u'*', int count = 12);
};
