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
    // A number as Python prints it: integral values as integers, others in
    // repr()'s shortest form that reads back as the same double ("0.1", not
    // "0.10000000000000001"), scientific outside 1e-4 .. 1e16 ("1e-05").
    static QByteArray number(double value);

private:
    static void
    writeValue(QByteArray& out, const QJsonValue& value, const QString& path, const MemberOrder& order, int depth);
    static void
    writeObject(QByteArray& out, const QJsonObject& object, const QString& path, const MemberOrder& order, int depth);
    static void
    writeArray(QByteArray& out, const QJsonArray& array, const QString& path, const MemberOrder& order, int depth);
};
