#pragma once

#include <QHash>
#include <QJsonValue>
#include <QStringList>

// Writes JSON byte for byte as the AWS CLI does (Python's json.dumps with
// indent=4 and ensure_ascii=False): "{}" for empty objects, ": " between key
// and value, non-ASCII as UTF-8. Objects keep the service model's member
// order where one is given for their path ("a.b", "a.list[]"); map keys
// without one are sorted.
class AwsCliJsonWriter
{
public:
    using MemberOrder = QHash<QString, QStringList>;

    static QByteArray write(const QJsonValue& value, const MemberOrder& order = {});
    static QByteArray quote(const QString& text);

private:
    static void
    writeValue(QByteArray& out, const QJsonValue& value, const QString& path, const MemberOrder& order, int depth);
    static void
    writeObject(QByteArray& out, const QJsonObject& object, const QString& path, const MemberOrder& order, int depth);
    static void
    writeArray(QByteArray& out, const QJsonArray& array, const QString& path, const MemberOrder& order, int depth);
    static QByteArray number(double value);
};
