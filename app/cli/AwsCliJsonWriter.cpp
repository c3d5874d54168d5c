#include "cli/AwsCliJsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace
{
QByteArray indent(int depth)
{
    return QByteArray(depth * 4, ' ');
}

QStringList orderedKeys(const QJsonObject& object, const QStringList& preferred)
{
    QStringList keys;
    for (const QString& key : preferred) {
        if (object.contains(key)) {
            keys.append(key);
        }
    }
    for (const QString& key : object.keys()) { // QJsonObject keeps keys sorted
        if (!keys.contains(key)) {
            keys.append(key);
        }
    }
    return keys;
}
} // namespace

QByteArray AwsCliJsonWriter::write(const QJsonValue& value, const MemberOrder& order)
{
    QByteArray out;
    writeValue(out, value, QString(), order, 0);
    out += '\n';
    return out;
}

QByteArray AwsCliJsonWriter::quote(const QString& text)
{
    // Escape in UTF-16 and convert once at the end, so surrogate pairs
    // (emoji) stay together.
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QChar(u'0'));
            } else {
                out += c;
            }
        }
    }
    out += u'"';
    return out.toUtf8();
}

QByteArray AwsCliJsonWriter::number(double value)
{
    // Python prints integral JSON numbers without a fraction.
    if (std::floor(value) == value && std::fabs(value) < 1e16) {
        return QByteArray::number(static_cast<qint64>(value));
    }
    if (!std::isfinite(value)) {
        return QByteArray::number(value);
    }
    // The shortest round-trip digits, then laid out as Python's float_repr
    // does: "d.ddde+XX" becomes fixed notation when -4 <= exponent < 16.
    const QByteArray scientific = QByteArray::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf('e');
    const bool negative = scientific.startsWith('-');
    const QByteArray mantissa = scientific.mid(negative ? 1 : 0, e - (negative ? 1 : 0));
    const int exponent = scientific.mid(e + 1).toInt();
    QByteArray digits = mantissa;
    digits.replace(".", "");
    QByteArray out = negative ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out += "0." + QByteArray(-exponent - 1, '0') + digits;
        } else {
            const QByteArray whole = digits.left(exponent + 1).leftJustified(exponent + 1, '0');
            const QByteArray fraction = digits.mid(exponent + 1);
            out += whole + '.' + (fraction.isEmpty() ? QByteArray("0") : fraction);
        }
        return out;
    }
    out += mantissa + 'e' + (exponent < 0 ? '-' : '+') + QByteArray::number(std::abs(exponent)).rightJustified(2, '0');
    return out;
}

void AwsCliJsonWriter::writeValue(
    QByteArray& out, const QJsonValue& value, const QString& path, const MemberOrder& order, int depth)
{
    switch (value.type()) {
    case QJsonValue::Object:
        writeObject(out, value.toObject(), path, order, depth);
        break;
    case QJsonValue::Array:
        writeArray(out, value.toArray(), path, order, depth);
        break;
    case QJsonValue::String:
        out += quote(value.toString());
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        out += number(value.toDouble());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    }
}

void AwsCliJsonWriter::writeObject(
    QByteArray& out, const QJsonObject& object, const QString& path, const MemberOrder& order, int depth)
{
    if (object.isEmpty()) {
        out += "{}";
        return;
    }
    out += "{\n";
    const QStringList keys = orderedKeys(object, order.value(path));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString& key = keys.at(i);
        out += indent(depth + 1) + quote(key) + ": ";
        writeValue(out, object.value(key), path.isEmpty() ? key : path + u'.' + key, order, depth + 1);
        out += i + 1 < keys.size() ? ",\n" : "\n";
    }
    out += indent(depth) + '}';
}

void AwsCliJsonWriter::writeArray(
    QByteArray& out, const QJsonArray& array, const QString& path, const MemberOrder& order, int depth)
{
    if (array.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < array.size(); ++i) {
        out += indent(depth + 1);
        writeValue(out, array.at(i), path + QStringLiteral("[]"), order, depth + 1);
        out += i + 1 < array.size() ? ",\n" : "\n";
    }
    out += indent(depth) + ']';
}
