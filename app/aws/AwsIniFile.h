#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// One AWS shared configuration file (~/.aws/config or ~/.aws/credentials),
// read the way botocore's raw_config_parse reads it: Python's RawConfigParser
// with its defaults, then botocore's nesting of indented "sub = value" blocks.
// Where botocore would refuse the whole file we keep what we can and say what
// is wrong in problems(), so one bad line does not cost the user every profile.
class AwsIniFile
{
    Q_DECLARE_TR_FUNCTIONS(AwsIniFile)

public:
    // pathForMessages names the file in problems(); it is never opened.
    static AwsIniFile parse(const QString& text, const QString& pathForMessages = QString());

    // Section names as written between the brackets, in the order they first
    // appear. The [DEFAULT] section is not listed: as in RawConfigParser, its
    // keys are part of every other section instead.
    QStringList sections() const
    {
        return m_order;
    }
    bool hasSection(const QString& name) const
    {
        return m_sections.contains(name);
    }
    // Keys are lower-case; a nested block "parent =" with indented "sub = value"
    // lines becomes keys "parent.sub".
    QHash<QString, QString> section(const QString& name) const;
    QString value(const QString& section, const QString& key) const;
    QStringList problems() const
    {
        return m_problems;
    }

private:
    QStringList m_order;
    QHash<QString, QHash<QString, QString>> m_sections;
    QHash<QString, QString> m_defaults;
    QStringList m_problems;
};
