#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// OBS's "x264 options" text (SimpleOutput/x264Settings, the encoder's
// x264opts): space-separated name=value pairs that OBS hands to x264 one by
// one. Keeps every pair in order, so changing bframes or keyint leaves the
// operator's other options alone.
class X264Options
{
public:
    static X264Options parse(const QString& text);

    std::optional<QString> value(const QString& name) const;
    std::optional<int> intValue(const QString& name) const;
    // Replaces the first pair with this name (dropping later duplicates,
    // which would override it) or appends one.
    void set(const QString& name, const QString& value);
    QString toString() const;
    bool isEmpty() const
    {
        return m_pairs.isEmpty();
    }

private:
    QList<QPair<QString, QString>> m_pairs; // a bare word has an empty value and no "="
    QList<bool> m_hasValue;
};
