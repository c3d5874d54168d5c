#include "aws/AwsIniFile.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace
{
// RawConfigParser keeps [DEFAULT] apart and lends its keys to every section.
const QString kDefaultSection = QStringLiteral("DEFAULT");

// A value as RawConfigParser collects it before joining: the text after the
// delimiter, then one entry per continuation line (empty for a blank line).
// The line numbers let botocore's nested parsing point at the offending line.
struct RawValue
{
    QStringList lines;
    QList<int> lineNumbers;
};

using RawSection = QHash<QString, RawValue>;

// Python's universal newlines: "\r\n", "\r" and "\n" all end a line.
QStringList splitLines(const QString& text)
{
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n' || text.at(i) == u'\r') {
            lines.append(text.mid(start, i - start));
            if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            start = i + 1;
        }
    }
    if (start < text.size()) {
        lines.append(text.mid(start));
    }
    return lines;
}

qsizetype indentOf(const QString& line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i).isSpace()) {
        ++i;
    }
    return i;
}

// RawConfigParser's SECTCRE is "\[(?P<header>.+)\]" applied with match(): the
// header runs to the last "]" and anything after it is dropped, so
// "[default] # note" is the section "default".
bool sectionHeader(const QString& stripped, QString* name)
{
    if (!stripped.startsWith(u'[')) {
        return false;
    }
    const qsizetype close = stripped.lastIndexOf(u']');
    if (close < 2) {
        return false;
    }
    *name = stripped.mid(1, close - 1);
    return true;
}

// Python's str.rstrip(): the joined value loses trailing blank lines.
QString rstripped(const QString& text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace()) {
        --end;
    }
    return text.left(end);
}
} // namespace

AwsIniFile AwsIniFile::parse(const QString& text, const QString& pathForMessages)
{
    QList<std::pair<int, QString>> problems;
    const auto note = [&](int line, const QString& message) {
        const QString where =
            pathForMessages.isEmpty() ? tr("line %1").arg(line) : tr("%1 line %2").arg(pathForMessages).arg(line);
        problems.append({line, tr("%1: %2").arg(where, message)});
    };

    QString body = text;
    // Editors on Windows like to write a byte order mark; Python would read it
    // as part of the first section header and reject the file.
    if (body.startsWith(QChar(0xFEFF))) {
        body.remove(0, 1);
    }

    AwsIniFile ini;
    QHash<QString, RawSection> raw;
    QHash<QString, QHash<QString, int>> seenKeys; // section -> key -> line of first definition
    QSet<QString> seenSections;
    bool inSection = false;
    QString sectionName;
    QString optionName; // empty: the next indented line cannot continue a value
    qsizetype indentLevel = 0;

    const QStringList lines = splitLines(body);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString& line = lines.at(i);
        const QString stripped = line.trimmed();
        const bool comment = stripped.startsWith(u'#') || stripped.startsWith(u';');
        if (comment || stripped.isEmpty()) {
            // A blank line inside a multi-line value stays in it (RawConfigParser's
            // empty_lines_in_values); a comment line vanishes without ending it.
            if (!comment && inSection && !optionName.isEmpty()) {
                RawValue& value = raw[sectionName][optionName];
                value.lines.append(QString());
                value.lineNumbers.append(lineNumber);
            }
            continue;
        }

        const qsizetype indent = indentOf(line);
        if (inSection && !optionName.isEmpty() && indent > indentLevel) {
            RawValue& value = raw[sectionName][optionName];
            value.lines.append(stripped);
            value.lineNumbers.append(lineNumber);
            continue;
        }
        indentLevel = indent;

        QString header;
        if (sectionHeader(stripped, &header)) {
            if (header != kDefaultSection && seenSections.contains(header)) {
                note(lineNumber, tr("the section [%1] appears a second time; its keys are added to the first one, "
                                    "but the AWS CLI rejects the whole file.")
                                     .arg(header));
            }
            if (header != kDefaultSection && !seenSections.contains(header)) {
                seenSections.insert(header);
                ini.m_order.append(header);
            }
            raw[header]; // an empty section still exists
            inSection = true;
            sectionName = header;
            optionName.clear();
            continue;
        }
        if (!inSection) {
            note(lineNumber, tr("\"%1\" comes before the first [section] header; it is ignored here, but the AWS CLI "
                                "rejects the whole file.")
                                 .arg(stripped));
            continue;
        }

        const qsizetype equals = stripped.indexOf(u'=');
        const qsizetype colon = stripped.indexOf(u':');
        const qsizetype delimiter = equals < 0 ? colon : (colon < 0 ? equals : std::min(equals, colon));
        if (delimiter < 0) {
            // Like RawConfigParser, keep the previous key open: a more deeply
            // indented line after this one still continues it.
            note(lineNumber, tr("\"%1\" is neither a [section] header nor a \"key = value\" line; it is ignored here, "
                                "but the AWS CLI rejects the whole file.")
                                 .arg(stripped));
            continue;
        }
        const QString key = stripped.left(delimiter).trimmed().toLower();
        if (key.isEmpty()) {
            note(lineNumber, tr("\"%1\" has no key before the \"%2\"; it is ignored here, but the AWS CLI rejects the "
                                "whole file.")
                                 .arg(stripped, stripped.at(delimiter)));
            optionName.clear();
            continue;
        }
        const int firstLine = seenKeys[sectionName].value(key, 0);
        if (firstLine > 0) {
            note(lineNumber, tr("the key \"%1\" in section [%2] was already set on line %3; the later value is used "
                                "here, but the AWS CLI rejects the whole file.")
                                 .arg(key, sectionName)
                                 .arg(firstLine));
        } else {
            seenKeys[sectionName].insert(key, lineNumber);
        }
        RawValue value;
        value.lines.append(stripped.mid(delimiter + 1).trimmed());
        value.lineNumbers.append(lineNumber);
        raw[sectionName].insert(key, value);
        optionName = key;
    }

    for (auto section = raw.cbegin(); section != raw.cend(); ++section) {
        QHash<QString, QString>& target =
            section.key() == kDefaultSection ? ini.m_defaults : ini.m_sections[section.key()];
        for (auto option = section->cbegin(); option != section->cend(); ++option) {
            const QString joined = rstripped(option->lines.join(u'\n'));
            if (!joined.startsWith(u'\n')) {
                target.insert(option.key(), joined);
                continue;
            }
            // botocore's _parse_nested: an empty value followed by indented
            // lines is a block of "sub = value" settings, split on "=" only.
            for (qsizetype i = 1; i < option->lines.size(); ++i) {
                const QString& sub = option->lines.at(i);
                if (sub.isEmpty()) {
                    continue;
                }
                const qsizetype equals = sub.indexOf(u'=');
                if (equals < 0) {
                    note(option->lineNumbers.at(i),
                         tr("\"%1\" under \"%2\" has no \"=\"; it is ignored here, but the AWS CLI rejects the whole "
                            "file.")
                             .arg(sub, option.key()));
                    continue;
                }
                target.insert(option.key() + u'.' + sub.left(equals).trimmed(), sub.mid(equals + 1).trimmed());
            }
        }
    }

    std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& problem : std::as_const(problems)) {
        ini.m_problems.append(problem.second);
    }
    return ini;
}

QHash<QString, QString> AwsIniFile::section(const QString& name) const
{
    if (name == kDefaultSection) {
        return m_defaults;
    }
    const auto found = m_sections.constFind(name);
    if (found == m_sections.cend()) {
        return {};
    }
    QHash<QString, QString> merged = m_defaults;
    merged.insert(*found);
    return merged;
}

QString AwsIniFile::value(const QString& section, const QString& key) const
{
    return this->section(section).value(key);
}
