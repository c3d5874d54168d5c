#pragma once

#include <QCoreApplication>
#include <QString>

// An ingest-configuration ARN, parsed and checked against the service model's
// pattern (arn:aws:ivs:REGION:ACCOUNT:ingest-configuration/ID, at most 128
// characters). A flawed ARN keeps its flaw and explains it in words, so the
// window and the command line can tell the user what to fix.
class IngestConfigurationArn
{
    Q_DECLARE_TR_FUNCTIONS(IngestConfigurationArn)

public:
    enum class Flaw
    {
        None,
        Empty,
        NotAnArn,
        MissingParts,
        WrongPartition,
        WrongService,
        StageArn,
        WrongResourceType,
        MissingRegion,
        BadRegion,
        MissingAccount,
        AccountNotTwelveDigits,
        MissingId,
        BadIdCharacters,
        TooLong,
    };

    static constexpr int MaxLength = 128;

    static IngestConfigurationArn parse(const QString& pasted);
    // Strips what a paste tends to bring along: whitespace, line breaks and
    // matching quotes (straight, curly or backticks) around the ARN.
    static QString clean(const QString& pasted);

    bool isValid() const
    {
        return m_flaw == Flaw::None;
    }
    Flaw flaw() const
    {
        return m_flaw;
    }
    // What is wrong and how to fix it; empty when valid.
    QString explanation() const;

    QString toString() const
    {
        return m_text;
    }
    QString region() const
    {
        return m_region;
    }
    QString accountId() const
    {
        return m_account;
    }
    QString resourceId() const
    {
        return m_id;
    }

private:
    Flaw m_flaw = Flaw::Empty;
    QString m_text;
    QString m_region;
    QString m_account;
    QString m_resourceType;
    QString m_id;
    QString m_detail; // the offending part, quoted in the explanation

    IngestConfigurationArn& flawed(Flaw flaw, const QString& detail = QString());
    void checkFields(const QStringList& fields);
    void checkResource(const QString& resource);
};
