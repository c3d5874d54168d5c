#include "obs/X264Options.h"

X264Options X264Options::parse(const QString& text)
{
    X264Options options;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const qsizetype equals = word.indexOf(u'=');
        options.m_pairs.append({equals < 0 ? word : word.left(equals), equals < 0 ? QString() : word.mid(equals + 1)});
        options.m_hasValue.append(equals >= 0);
    }
    return options;
}

std::optional<QString> X264Options::value(const QString& name) const
{
    // x264 applies options in order, so the last one wins.
    for (qsizetype i = m_pairs.size() - 1; i >= 0; --i) {
        if (m_pairs.at(i).first == name) {
            return m_pairs.at(i).second;
        }
    }
    return std::nullopt;
}

std::optional<int> X264Options::intValue(const QString& name) const
{
    const std::optional<QString> text = value(name);
    bool ok = false;
    const int number = text ? text->toInt(&ok) : 0;
    return ok ? std::optional<int>(number) : std::nullopt;
}

void X264Options::set(const QString& name, const QString& value)
{
    qsizetype first = -1;
    for (qsizetype i = 0; i < m_pairs.size();) {
        if (m_pairs.at(i).first != name) {
            ++i;
        } else if (first < 0) {
            first = i;
            m_pairs[i].second = value;
            m_hasValue[i] = true;
            ++i;
        } else {
            m_pairs.removeAt(i);
            m_hasValue.removeAt(i);
        }
    }
    if (first < 0) {
        m_pairs.append({name, value});
        m_hasValue.append(true);
    }
}

QString X264Options::toString() const
{
    QStringList words;
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        words.append(m_hasValue.at(i) ? m_pairs.at(i).first + u'=' + m_pairs.at(i).second : m_pairs.at(i).first);
    }
    return words.join(u' ');
}
