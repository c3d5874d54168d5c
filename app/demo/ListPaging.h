#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// How the fake endpoint pages a List operation, by the service model's rules:
// maxResults 1..100 (default 50), nextToken an opaque string of at most 1024
// characters from [a-zA-Z0-9+/=_-]. Tokens are ours: one we did not hand
// out is a ValidationException, as a foreign token is in AWS.
class ListPaging
{
public:
    // Reads maxResults and nextToken; returns the ValidationException
    // message when either is unusable.
    QString read(const QJsonObject& input);

    // The page of `items` the request asked for, with a nextToken when more follow.
    QJsonObject page(const QString& itemsKey, const QJsonArray& items) const;
    // Pages fixed in advance: the token walks through them one by one.
    QJsonObject fixedPage(const QString& itemsKey, const QList<QJsonArray>& pages) const;

    static QString validationMessage(const QString& value, const QString& member, const QString& constraint);

private:
    int m_maxResults = 50;
    int m_position = 0;

    static QString token(int position);
};
