#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// One AWS shared configuration file (~/.aws/config or ~/.aws/credentials),
// read the way botocore's raw_config_parse reads it: Python's RawConfigParser
// with its defaults, then botocore's nesting of indented "sub = value" blocks.
// Where botocore would refuse the whole file we keep what we can and say what
// is wrong in problems(), so one bad line does not cost the user every profile.
//
// Kept compact, because a config file can hold hundreds of thousands of
// profiles: the file's text once, and per key only where its value lies in
// that text. A section's keys become a hash only when someone asks for that
// section. Problems quote the offending line through TerminalText (redacted,
// escaped, capped), and only the first MaxProblems are spelt out.
class AwsIniFile
{
    Q_DECLARE_TR_FUNCTIONS(AwsIniFile)

public:
    // Enough to show the first few and count the rest.
    static constexpr int MaxProblems = 100;

    // pathForMessages names the file in problems(); it is never opened.
    static AwsIniFile parse(const QString& text, const QString& pathForMessages = QString());

    // Section names as written between the brackets, in the order they first
    // appear. The [DEFAULT] section is not listed: as in RawConfigParser, its
    // keys are part of every other section instead.
    QStringList sections() const;
    int sectionCount() const
    {
        return int(m_sections.size());
    }
    QStringView sectionName(int index) const;
    bool hasSection(const QString& name) const
    {
        return m_sectionIndex.contains(QStringView(name));
    }
    // -1 when there is no such section.
    int indexOf(QStringView name) const
    {
        return m_sectionIndex.value(name, -1);
    }
    // Keys are lower-case; a nested block "parent =" with indented "sub = value"
    // lines becomes keys "parent.sub".
    QHash<QString, QString> section(const QString& name) const;
    QHash<QString, QString> section(int index) const;
    QString value(const QString& section, const QString& key) const;
    // One key of one section (with [DEFAULT]'s), without building the hash.
    QString value(int sectionIndex, QStringView key) const;
    bool contains(int sectionIndex, QStringView key) const;
    // The first MaxProblems problems, in line order.
    QStringList problems() const
    {
        return m_problems;
    }
    // How many problems there were in all.
    int problemCount() const
    {
        return m_problemCount;
    }

private:
    // Where a piece of text lies: in m_text (start >= 0) or, for text the
    // file does not hold verbatim (joined lines, lower-cased keys, nested
    // keys), the whole of m_owned[-start - 1].
    struct Span
    {
        qint32 start = 0;
        qint32 length = 0;
    };
    // The value length that marks a nested block's own entry.
    static constexpr qint32 BlockLength = -1;
    struct Entry
    {
        qint32 key = 0;   // index into m_keys
        qint32 prev = -1; // the section's previous entry (a chain, newest last)
        qint32 line = 0;
        Span value;
    };
    struct Section
    {
        Span name;
        qint32 last = -1; // newest entry
    };

    QString m_text;
    QStringList m_owned;
    QStringList m_keys;
    QHash<QStringView, qint32> m_keyIndex;
    QList<Entry> m_entries;
    QList<Section> m_sections; // in order of first appearance, without [DEFAULT]
    QHash<QStringView, qint32> m_sectionIndex;
    qint32 m_defaultLast = -1; // [DEFAULT]'s newest entry
    QStringList m_problems;
    int m_problemCount = 0;

    static const QString& defaultSectionName();
    QStringView view(Span span) const;
    Span own(const QString& text);
    qint32 internKey(QStringView key, bool lowerCase = true);
    void collect(qint32 last, QHash<QString, QString>* into) const;
    qint32 newest(qint32 last, qint32 key) const;
    const Entry* find(qint32 last, qint32 key) const;

    class Parser;
};
