#pragma once

#include <QJsonValue>

// The AWS CLI's "--output text" (awscli/text.py): one line per object with
// its scalar members tab-separated in key order, prefixed by the upper-cased
// name of the member that holds it; nested objects and lists follow on lines
// of their own.
class AwsCliTextWriter
{
public:
    static QByteArray write(const QJsonValue& value);

private:
    static void writeValue(QByteArray& out,
                           const QJsonValue& value,
                           const QString& identifier,
                           const QStringList* scalarKeys = nullptr);
    static void
    writeObject(QByteArray& out, const QJsonObject& object, const QString& identifier, const QStringList* scalarKeys);
    static void writeArray(QByteArray& out, const QJsonArray& array, const QString& identifier);
    static QByteArray scalar(const QJsonValue& value);
};
