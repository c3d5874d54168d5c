#include "cli/AwsCliTextWriter.h"

#include "cli/AwsCliJsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace
{
bool isScalar(const QJsonValue& value)
{
    return !value.isObject() && !value.isArray();
}
} // namespace

QByteArray AwsCliTextWriter::write(const QJsonValue& value)
{
    QByteArray out;
    writeValue(out, value, QString());
    return out;
}

QByteArray AwsCliTextWriter::scalar(const QJsonValue& value)
{
    // Python's str() of the parsed value: True/False/None.
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? "True" : "False";
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return "None";
    case QJsonValue::Double:
        return AwsCliJsonWriter::number(value.toDouble());
    default:
        return value.toString().toUtf8();
    }
}

void AwsCliTextWriter::writeValue(QByteArray& out,
                                  const QJsonValue& value,
                                  const QString& identifier,
                                  const QStringList* scalarKeys)
{
    if (value.isObject()) {
        writeObject(out, value.toObject(), identifier, scalarKeys);
    } else if (value.isArray()) {
        writeArray(out, value.toArray(), identifier);
    } else {
        out += scalar(value) + '\n';
    }
}

void AwsCliTextWriter::writeObject(QByteArray& out,
                                   const QJsonObject& object,
                                   const QString& identifier,
                                   const QStringList* scalarKeys)
{
    QByteArrayList scalars;
    QList<QPair<QString, QJsonValue>> nested;
    if (scalarKeys) {
        for (const QString& key : *scalarKeys) {
            scalars.append(object.contains(key) ? scalar(object.value(key)) : QByteArray());
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!scalarKeys->contains(it.key())) {
                nested.append({it.key(), it.value()});
            }
        }
    } else {
        for (auto it = object.begin(); it != object.end(); ++it) { // sorted by key
            if (isScalar(it.value())) {
                scalars.append(scalar(it.value()));
            } else {
                nested.append({it.key(), it.value()});
            }
        }
    }
    if (!scalars.isEmpty()) {
        if (!identifier.isEmpty()) {
            scalars.prepend(identifier.toUpper().toUtf8());
        }
        out += scalars.join('\t') + '\n';
    }
    for (const auto& [key, value] : nested) {
        writeValue(out, value, key);
    }
}

void AwsCliTextWriter::writeArray(QByteArray& out, const QJsonArray& array, const QString& identifier)
{
    if (array.isEmpty()) {
        return;
    }
    bool anyObject = false;
    for (const QJsonValue& element : array) {
        anyObject = anyObject || element.isObject();
    }
    if (anyObject) {
        // Every row of a list of objects has the same columns: the union of
        // their scalar keys, sorted.
        QStringList keys;
        for (const QJsonValue& element : array) {
            const QJsonObject object = element.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (isScalar(it.value()) && !keys.contains(it.key())) {
                    keys.append(it.key());
                }
            }
        }
        keys.sort();
        for (const QJsonValue& element : array) {
            writeValue(out, element, identifier, &keys);
        }
        return;
    }
    QByteArrayList scalars;
    QJsonArray nested;
    for (const QJsonValue& element : array) {
        if (isScalar(element)) {
            scalars.append(scalar(element));
        } else {
            nested.append(element);
        }
    }
    if (!scalars.isEmpty()) {
        if (identifier.isEmpty()) {
            out += scalars.join('\t') + '\n';
        } else {
            for (const QByteArray& item : scalars) {
                out += identifier.toUpper().toUtf8() + '\t' + item + '\n';
            }
        }
    }
    for (const QJsonValue& element : nested) {
        writeValue(out, element, identifier);
    }
}
