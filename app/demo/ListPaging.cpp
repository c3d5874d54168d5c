#include "demo/ListPaging.h"

#include <QRegularExpression>

QString ListPaging::validationMessage(const QString& value, const QString& member, const QString& constraint)
{
    return QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: %3")
        .arg(value, member, constraint);
}

QString ListPaging::token(int position)
{
    return QString::fromLatin1(QByteArray("fake-ivs:" + QByteArray::number(position)).toBase64());
}

QString ListPaging::read(const QJsonObject& input)
{
    const QJsonValue maxResults = input.value(QStringLiteral("maxResults"));
    if (!maxResults.isUndefined()) {
        const int value = maxResults.toInt(0);
        if (value < 1) {
            return validationMessage(QString::number(value), QStringLiteral("maxResults"),
                                     QStringLiteral("Member must have value greater than or equal to 1"));
        }
        if (value > 100) {
            return validationMessage(QString::number(value), QStringLiteral("maxResults"),
                                     QStringLiteral("Member must have value less than or equal to 100"));
        }
        m_maxResults = value;
    }
    const QString nextToken = input.value(QStringLiteral("nextToken")).toString();
    if (nextToken.isEmpty()) {
        return QString();
    }
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9+/=_-]{1,1024}$"));
    const QByteArray decoded = QByteArray::fromBase64(nextToken.toLatin1());
    bool ok = false;
    const int position = decoded.startsWith("fake-ivs:") ? decoded.mid(9).toInt(&ok) : -1;
    if (!pattern.match(nextToken).hasMatch() || !ok || position < 0) {
        return QStringLiteral("The nextToken is not valid.");
    }
    m_position = position;
    return QString();
}

QJsonObject ListPaging::page(const QString& itemsKey, const QJsonArray& items) const
{
    QJsonArray page;
    for (qsizetype i = m_position; i < items.size() && i < m_position + m_maxResults; ++i) {
        page.append(items.at(i));
    }
    QJsonObject reply{{itemsKey, page}};
    if (m_position + m_maxResults < items.size()) {
        reply.insert(QStringLiteral("nextToken"), token(m_position + m_maxResults));
    }
    return reply;
}

QJsonObject ListPaging::fixedPage(const QString& itemsKey, const QList<QJsonArray>& pages) const
{
    QJsonObject reply{{itemsKey, pages.value(m_position)}};
    if (m_position + 1 < pages.size()) {
        reply.insert(QStringLiteral("nextToken"), token(m_position + 1));
    }
    return reply;
}
