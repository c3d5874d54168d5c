#include "cli/PaginationToken.h"

#include <QJsonDocument>
#include <QJsonObject>

QByteArray PaginationToken::pythonJsonString(const QString& text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        const ushort u = c.unicode();
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20 || u > 0x7e) {
                // UTF-16 units, so characters beyond the BMP become the
                // surrogate pair Python writes.
                out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            } else {
                out += char(u);
            }
        }
    }
    return out + '"';
}

QString PaginationToken::encode() const
{
    // json.dumps with its default separators: ", " and ": ".
    QByteArray json = "{\"nextToken\": " + (nextToken.isEmpty() ? QByteArray("null") : pythonJsonString(nextToken));
    if (hasTruncateAmount) {
        json += ", \"boto_truncate_amount\": " + QByteArray::number(truncateAmount);
    }
    json += '}';
    return QString::fromLatin1(json.toBase64());
}

std::optional<PaginationToken> PaginationToken::decode(const QString& token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QJsonParseError error;
    const QJsonDocument document = decoded ? QJsonDocument::fromJson(*decoded, &error) : QJsonDocument();
    if (decoded && error.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        PaginationToken result;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("nextToken") && (it->isString() || it->isNull())) {
                result.nextToken = it->toString();
                if (result.nextToken == QLatin1String("None")) {
                    result.nextToken.clear(); // botocore passes neither null nor "None" on
                }
            } else if (it.key() == QLatin1String("boto_truncate_amount") && it->isDouble()) {
                result.truncateAmount = it->toInt();
                result.hasTruncateAmount = true;
            } else {
                return std::nullopt;
            }
        }
        return result;
    }
    // The older form, or the service's own token as it is.
    PaginationToken result;
    const QStringList parts = token.split(QStringLiteral("___"));
    bool isIndex = false;
    const int index = parts.size() == 2 ? parts.at(1).toInt(&isIndex) : 0;
    if (isIndex) {
        result.nextToken = parts.at(0) == QLatin1String("None") ? QString() : parts.at(0);
        result.truncateAmount = index;
        result.hasTruncateAmount = true;
        return result;
    }
    if (parts.size() > 1) {
        return std::nullopt; // more tokens than the operation has
    }
    result.nextToken = token == QLatin1String("None") ? QString() : token;
    return result;
}
