#include "aws/AwsIniFile.h"

#include "core/TerminalText.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <utility>

namespace
{
// RawConfigParser keeps [DEFAULT] apart and lends its keys to every section.
const QString kDefaultSection = QStringLiteral("DEFAULT");

// The chain of [DEFAULT]'s entries is kept apart from the sections'.
constexpr qint32 DefaultSectionIndex = -2;

qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i).isSpace()) {
        ++i;
    }
    return i;
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

bool hasUpper(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isUpper(); });
}
} // namespace

// One pass over the lines, as RawConfigParser._read does, into the compact
// form; multi-line values and nested blocks (rare) are finished at the end.
class AwsIniFile::Parser
{
public:
    Parser(AwsIniFile* ini, const QString& pathForMessages)
        : m_ini(ini)
        , m_path(TerminalText::sanitize(pathForMessages))
    {}

    void run();

private:
    // A value that continues on indented lines. Blank lines inside it are
    // counted, not stored, until a continuation line shows they belong to it.
    struct MultiLine
    {
        qint32 section = 0;
        QStringList lines;
        QList<int> lineNumbers;
    };

    AwsIniFile* m_ini;
    QString m_path;
    QList<std::pair<int, QString>> m_problems;       // from the pass, in line order
    QList<std::pair<int, QString>> m_nestedProblems; // from the nested blocks, found at the end
    QHash<qint32, MultiLine> m_multi;                // entry -> its lines
    bool m_inSection = false;
    qint32 m_section = 0;
    qint32 m_entry = -1; // the value that an indented line would continue
    int m_pendingBlanks = 0;
    qsizetype m_indentLevel = 0;

    void note(QList<std::pair<int, QString>>& into, int line, const std::function<QString()>& message);
    qint32& lastOf(qint32 section);
    void readLine(int lineNumber, qsizetype start, qsizetype end);
    void continueValue(int lineNumber, QStringView stripped);
    bool readHeader(int lineNumber, QStringView stripped, qsizetype offset);
    void readKey(int lineNumber, QStringView stripped, qsizetype offset);
    void finishMultiLine();
    void expandNested(qint32 entryIndex, const MultiLine& multi);
    void finishProblems();
};

void AwsIniFile::Parser::note(QList<std::pair<int, QString>>& into, int line, const std::function<QString()>& message)
{
    ++m_ini->m_problemCount;
    // Formatting is the expensive part: a binary file has a problem on nearly
    // every line, and only the first few are ever shown.
    if (into.size() >= MaxProblems) {
        return;
    }
    const QString where = m_path.isEmpty() ? tr("line %1").arg(line) : tr("%1 line %2").arg(m_path).arg(line);
    into.append({line, tr("%1: %2").arg(where, message())});
}

qint32& AwsIniFile::Parser::lastOf(qint32 section)
{
    return section == DefaultSectionIndex ? m_ini->m_defaultLast : m_ini->m_sections[section].last;
}

void AwsIniFile::Parser::run()
{
    const QString& text = m_ini->m_text;
    int lineNumber = 0;
    qsizetype start = 0;
    // Python's universal newlines: "\r\n", "\r" and "\n" all end a line.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r') {
            continue;
        }
        readLine(++lineNumber, start, i);
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            ++i;
        }
        start = i + 1;
    }
    if (start < text.size()) {
        readLine(++lineNumber, start, text.size());
    }
    finishMultiLine();
    finishProblems();
}

void AwsIniFile::Parser::readLine(int lineNumber, qsizetype start, qsizetype end)
{
    const QStringView line = QStringView(m_ini->m_text).mid(start, end - start);
    const QStringView stripped = line.trimmed();
    const bool comment = stripped.startsWith(u'#') || stripped.startsWith(u';');
    if (comment || stripped.isEmpty()) {
        // A blank line inside a multi-line value stays in it (RawConfigParser's
        // empty_lines_in_values); a comment line vanishes without ending it.
        if (!comment && m_inSection && m_entry >= 0) {
            ++m_pendingBlanks;
        }
        return;
    }
    const qsizetype indent = indentOf(line);
    if (m_inSection && m_entry >= 0 && indent > m_indentLevel) {
        continueValue(lineNumber, stripped);
        return;
    }
    m_indentLevel = indent;
    const qsizetype offset = start + indent;
    if (readHeader(lineNumber, stripped, offset)) {
        return;
    }
    if (!m_inSection) {
        note(m_problems, lineNumber, [&] {
            return tr("%1 comes before the first [section] header; it is ignored here, but the AWS CLI rejects the "
                      "whole file.")
                .arg(TerminalText::quote(stripped.toString()));
        });
        return;
    }
    readKey(lineNumber, stripped, offset);
}

void AwsIniFile::Parser::continueValue(int lineNumber, QStringView stripped)
{
    auto found = m_multi.find(m_entry);
    if (found == m_multi.end()) {
        const Entry& entry = m_ini->m_entries.at(m_entry);
        MultiLine multi;
        multi.section = m_section;
        multi.lines.append(m_ini->view(entry.value).toString());
        multi.lineNumbers.append(entry.line);
        found = m_multi.insert(m_entry, multi);
    }
    for (; m_pendingBlanks > 0; --m_pendingBlanks) {
        found->lines.append(QString());
        found->lineNumbers.append(lineNumber);
    }
    found->lines.append(stripped.toString());
    found->lineNumbers.append(lineNumber);
}

// RawConfigParser's SECTCRE is "\[(?P<header>.+)\]" applied with match(): the
// header runs to the last "]" and anything after it is dropped, so
// "[default] # note" is the section "default".
bool AwsIniFile::Parser::readHeader(int lineNumber, QStringView stripped, qsizetype offset)
{
    if (!stripped.startsWith(u'[')) {
        return false;
    }
    const qsizetype close = stripped.lastIndexOf(u']');
    if (close < 2) {
        return false;
    }
    const Span name{qint32(offset + 1), qint32(close - 1)};
    const QStringView header = m_ini->view(name);
    m_inSection = true;
    m_entry = -1;
    m_pendingBlanks = 0;
    if (header == kDefaultSection) {
        m_section = DefaultSectionIndex;
        return true;
    }
    const qint32 existing = m_ini->m_sectionIndex.value(header, -1);
    if (existing >= 0) {
        note(m_problems, lineNumber, [&] {
            return tr("the section [%1] appears a second time; its keys are added to the first one, but the AWS CLI "
                      "rejects the whole file.")
                .arg(TerminalText::sanitize(header.toString()));
        });
        m_section = existing;
        return true;
    }
    m_section = qint32(m_ini->m_sections.size());
    m_ini->m_sections.append({name, -1});
    m_ini->m_sectionIndex.insert(header, m_section);
    return true;
}

void AwsIniFile::Parser::readKey(int lineNumber, QStringView stripped, qsizetype offset)
{
    const qsizetype equals = stripped.indexOf(u'=');
    const qsizetype colon = stripped.indexOf(u':');
    const qsizetype delimiter = equals < 0 ? colon : (colon < 0 ? equals : std::min(equals, colon));
    if (delimiter < 0) {
        // Like RawConfigParser, keep the previous key open: a more deeply
        // indented line after this one still continues it.
        note(m_problems, lineNumber, [&] {
            return tr("%1 is neither a [section] header nor a \"key = value\" line; it is ignored here, but the AWS "
                      "CLI rejects the whole file.")
                .arg(TerminalText::quote(stripped.toString()));
        });
        return;
    }
    const QStringView key = stripped.left(delimiter).trimmed();
    if (key.isEmpty()) {
        note(m_problems, lineNumber, [&] {
            return tr("%1 has no key before the %2; it is ignored here, but the AWS CLI rejects the whole file.")
                .arg(TerminalText::quote(stripped.toString()),
                     TerminalText::quote(stripped.mid(delimiter, 1).toString()));
        });
        m_entry = -1;
        m_pendingBlanks = 0;
        return;
    }
    const qint32 keyId = m_ini->internKey(key);
    // RawConfigParser counts keys per section over the whole file, so a key
    // set again in a repeated section is a duplicate too.
    int firstLine = 0;
    for (qint32 at = lastOf(m_section); at >= 0; at = m_ini->m_entries.at(at).prev) {
        if (m_ini->m_entries.at(at).key == keyId) {
            firstLine = m_ini->m_entries.at(at).line;
        }
    }
    if (firstLine > 0) {
        const QString sectionName = m_section == DefaultSectionIndex
                                        ? kDefaultSection
                                        : m_ini->view(m_ini->m_sections.at(m_section).name).toString();
        note(m_problems, lineNumber, [&] {
            return tr("the key %1 in section [%2] was already set on line %3; the later value is used here, but the "
                      "AWS CLI rejects the whole file.")
                .arg(TerminalText::quote(m_ini->m_keys.at(keyId)), TerminalText::sanitize(sectionName))
                .arg(firstLine);
        });
    }
    const QStringView rest = stripped.mid(delimiter + 1);
    const QStringView value = rest.trimmed();
    const qsizetype valueOffset = offset + delimiter + 1 + (value.isEmpty() ? 0 : value.data() - rest.data());
    Entry entry;
    entry.key = keyId;
    entry.line = lineNumber;
    entry.value = {qint32(valueOffset), qint32(value.size())};
    qint32& last = lastOf(m_section);
    entry.prev = last;
    last = qint32(m_ini->m_entries.size());
    m_ini->m_entries.append(entry);
    m_entry = last;
    m_pendingBlanks = 0;
}

void AwsIniFile::Parser::finishMultiLine()
{
    QList<qint32> order = m_multi.keys();
    std::sort(order.begin(), order.end());
    for (const qint32 index : std::as_const(order)) {
        const MultiLine& multi = m_multi[index];
        const QString joined = rstripped(multi.lines.join(u'\n'));
        if (!joined.startsWith(u'\n')) {
            m_ini->m_entries[index].value = m_ini->own(joined);
            continue;
        }
        expandNested(index, multi);
    }
}

// botocore's _parse_nested: an empty value followed by indented lines is a
// block of "sub = value" settings, split on "=" only. Only the block that is
// in force (not replaced by a later line with the same key) counts.
void AwsIniFile::Parser::expandNested(qint32 entryIndex, const MultiLine& multi)
{
    Entry& parent = m_ini->m_entries[entryIndex];
    const qint32 keyId = parent.key;
    // The block itself is no key, but it hides what the key was set to before.
    parent.value = {0, BlockLength};
    if (m_ini->newest(lastOf(multi.section), keyId) != entryIndex) {
        return;
    }
    const QString parentKey = m_ini->m_keys.at(keyId);
    for (qsizetype i = 1; i < multi.lines.size(); ++i) {
        const QString& sub = multi.lines.at(i);
        if (sub.isEmpty()) {
            continue;
        }
        const qsizetype equals = sub.indexOf(u'=');
        if (equals < 0) {
            note(m_nestedProblems, multi.lineNumbers.at(i), [&] {
                return tr("%1 under %2 has no \"=\"; it is ignored here, but the AWS CLI rejects the whole file.")
                    .arg(TerminalText::quote(sub), TerminalText::quote(parentKey));
            });
            continue;
        }
        Entry entry;
        // botocore keeps the case of the nested key (only the parent's is lowered).
        entry.key = m_ini->internKey(QString(parentKey + u'.' + sub.left(equals).trimmed()), false);
        entry.line = multi.lineNumbers.at(i);
        entry.value = m_ini->own(sub.mid(equals + 1).trimmed());
        qint32& last = lastOf(multi.section);
        entry.prev = last;
        last = qint32(m_ini->m_entries.size());
        m_ini->m_entries.append(entry);
    }
}

void AwsIniFile::Parser::finishProblems()
{
    // The pass finds problems in line order, the nested blocks at the end:
    // merge them, and keep the first MaxProblems.
    QList<std::pair<int, QString>> all = m_problems + m_nestedProblems;
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& problem : std::as_const(all)) {
        if (m_ini->m_problems.size() >= MaxProblems) {
            break;
        }
        m_ini->m_problems.append(problem.second);
    }
}

AwsIniFile AwsIniFile::parse(const QString& text, const QString& pathForMessages)
{
    AwsIniFile ini;
    ini.m_text = text;
    // Editors on Windows like to write a byte order mark; Python would read it
    // as part of the first section header and reject the file.
    if (ini.m_text.startsWith(QChar(0xFEFF))) {
        ini.m_text.remove(0, 1);
    }
    Parser(&ini, pathForMessages).run();
    ini.m_entries.squeeze();
    ini.m_sections.squeeze();
    return ini;
}

const QString& AwsIniFile::defaultSectionName()
{
    return kDefaultSection;
}

QStringView AwsIniFile::view(Span span) const
{
    if (span.start < 0) {
        return m_owned.at(-span.start - 1);
    }
    return QStringView(m_text).mid(span.start, span.length);
}

AwsIniFile::Span AwsIniFile::own(const QString& text)
{
    m_owned.append(text);
    return {qint32(-m_owned.size()), qint32(text.size())};
}

qint32 AwsIniFile::internKey(QStringView key, bool lowerCase)
{
    QString lowered;
    if (lowerCase && hasUpper(key)) {
        lowered = key.toString().toLower();
        key = lowered;
    }
    const auto found = m_keyIndex.constFind(key);
    if (found != m_keyIndex.cend()) {
        return *found;
    }
    m_keys.append(key.toString());
    const qint32 id = qint32(m_keys.size() - 1);
    // The list's strings keep their characters where they are, so the view
    // stays valid as the list grows.
    m_keyIndex.insert(QStringView(m_keys.at(id)), id);
    return id;
}

qint32 AwsIniFile::newest(qint32 last, qint32 key) const
{
    for (qint32 at = last; at >= 0; at = m_entries.at(at).prev) {
        if (m_entries.at(at).key == key) {
            return at;
        }
    }
    return -1;
}

const AwsIniFile::Entry* AwsIniFile::find(qint32 last, qint32 key) const
{
    const qint32 at = newest(last, key);
    // A nested block hides the key: it has sub-keys, no value.
    return at < 0 || m_entries.at(at).value.length == BlockLength ? nullptr : &m_entries.at(at);
}

void AwsIniFile::collect(qint32 last, QHash<QString, QString>* into) const
{
    // Newest first: a key set again later wins, as in RawConfigParser.
    QHash<QString, QString> found;
    QSet<qint32> seen;
    for (qint32 at = last; at >= 0; at = m_entries.at(at).prev) {
        const Entry& entry = m_entries.at(at);
        if (seen.contains(entry.key)) {
            continue;
        }
        seen.insert(entry.key);
        if (entry.value.length != BlockLength) {
            found.insert(m_keys.at(entry.key), view(entry.value).toString());
        }
    }
    into->insert(found);
}

QStringList AwsIniFile::sections() const
{
    QStringList names;
    names.reserve(m_sections.size());
    for (const Section& section : m_sections) {
        names.append(view(section.name).toString());
    }
    return names;
}

QStringView AwsIniFile::sectionName(int index) const
{
    return view(m_sections.at(index).name);
}

QHash<QString, QString> AwsIniFile::section(const QString& name) const
{
    if (name == kDefaultSection) {
        QHash<QString, QString> defaults;
        collect(m_defaultLast, &defaults);
        return defaults;
    }
    const qint32 index = indexOf(name);
    return index < 0 ? QHash<QString, QString>() : section(index);
}

QHash<QString, QString> AwsIniFile::section(int index) const
{
    QHash<QString, QString> merged;
    collect(m_defaultLast, &merged);
    collect(m_sections.at(index).last, &merged);
    return merged;
}

QString AwsIniFile::value(const QString& section, const QString& key) const
{
    return this->section(section).value(key);
}

QString AwsIniFile::value(int sectionIndex, QStringView key) const
{
    const qint32 keyId = m_keyIndex.value(key, -1);
    if (keyId < 0) {
        return {};
    }
    const Entry* entry = find(m_sections.at(sectionIndex).last, keyId);
    if (!entry) {
        entry = find(m_defaultLast, keyId);
    }
    return entry ? view(entry->value).toString() : QString();
}

bool AwsIniFile::contains(int sectionIndex, QStringView key) const
{
    const qint32 keyId = m_keyIndex.value(key, -1);
    return keyId >= 0 && (find(m_sections.at(sectionIndex).last, keyId) || find(m_defaultLast, keyId));
}
