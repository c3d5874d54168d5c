#include "ivs/IngestConfigurationArn.h"

#include "core/TerminalText.h"

#include <QRegularExpression>

namespace
{
const QString kExample = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/AbCdEfGh1234");

bool isQuote(QChar c)
{
    static const QString quotes = QStringLiteral("\"'`\u201C\u201D\u2018\u2019\u00AB\u00BB");
    return quotes.contains(c);
}

bool matchesWhole(const QString& text, const QString& pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(text).hasMatch();
}

QChar firstBadIdChar(const QString& id)
{
    for (const QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok) {
            return c;
        }
    }
    return {};
}
} // namespace

QString IngestConfigurationArn::clean(const QString& pasted)
{
    QString text = pasted.trimmed();
    while (text.size() >= 2 && isQuote(text.front()) && isQuote(text.back())) {
        text = text.mid(1, text.size() - 2).trimmed();
    }
    return text;
}

IngestConfigurationArn& IngestConfigurationArn::flawed(Flaw flaw, const QString& detail)
{
    m_flaw = flaw;
    m_detail = detail;
    return *this;
}

IngestConfigurationArn IngestConfigurationArn::parse(const QString& pasted)
{
    IngestConfigurationArn arn;
    arn.m_text = clean(pasted);
    if (arn.m_text.isEmpty()) {
        return arn.flawed(Flaw::Empty);
    }
    const QStringList fields = arn.m_text.split(u':');
    if (fields.first() != QLatin1String("arn")) {
        return arn.flawed(Flaw::NotAnArn);
    }
    if (fields.size() < 6) {
        return arn.flawed(Flaw::MissingParts, QString::number(fields.size()));
    }
    arn.m_flaw = Flaw::None;
    arn.checkFields(fields);
    if (arn.isValid() && arn.m_text.size() > MaxLength) {
        arn.flawed(Flaw::TooLong, QString::number(arn.m_text.size()));
    }
    return arn;
}

void IngestConfigurationArn::checkFields(const QStringList& fields)
{
    const QString& partition = fields.at(1);
    const QString& service = fields.at(2);
    m_region = fields.at(3);
    m_account = fields.at(4);
    if (partition != QLatin1String("aws")) {
        flawed(Flaw::WrongPartition, partition);
    } else if (service != QLatin1String("ivs")) {
        flawed(Flaw::WrongService, service);
    } else if (m_region.isEmpty()) {
        flawed(Flaw::MissingRegion);
    } else if (!matchesWhole(m_region, QStringLiteral("[a-z0-9-]+"))) {
        flawed(Flaw::BadRegion, m_region);
    } else if (m_account.isEmpty()) {
        flawed(Flaw::MissingAccount);
    } else if (!matchesWhole(m_account, QStringLiteral("[0-9]{12}"))) {
        flawed(Flaw::AccountNotTwelveDigits, m_account);
    } else {
        checkResource(fields.mid(5).join(u':'));
    }
}

void IngestConfigurationArn::checkResource(const QString& resource)
{
    const qsizetype slash = resource.indexOf(u'/');
    m_resourceType = slash < 0 ? resource : resource.left(slash);
    m_id = slash < 0 ? QString() : resource.mid(slash + 1);
    if (m_resourceType == QLatin1String("stage")) {
        flawed(Flaw::StageArn);
    } else if (m_resourceType != QLatin1String("ingest-configuration")) {
        flawed(Flaw::WrongResourceType, m_resourceType);
    } else if (m_id.isEmpty()) {
        flawed(Flaw::MissingId);
    } else if (const QChar bad = firstBadIdChar(m_id); !bad.isNull()) {
        flawed(Flaw::BadIdCharacters, bad);
    }
}

QString IngestConfigurationArn::explanation() const
{
    // What was typed, quoted so that invisible characters show ("\u200b").
    const QString shown = TerminalText::quote(m_detail);
    switch (m_flaw) {
    case Flaw::None:
        return {};
    case Flaw::Empty:
        return tr("Enter the ARN of an ingest configuration, for example %1.").arg(kExample);
    case Flaw::NotAnArn:
        return tr("This is not an ARN: an ARN starts with \"arn:\". Copy the ingest configuration's ARN from the "
                  "IVS console or from \"aws ivs-realtime list-ingest-configurations\".");
    case Flaw::MissingParts:
        return tr("This ARN is incomplete: it has %1 of the 6 parts separated by colons. An ingest configuration ARN "
                  "looks like %2.")
            .arg(m_detail, kExample);
    case Flaw::WrongPartition:
        return tr("IVS Real-Time ARNs use the \"aws\" partition, but this one uses %1.").arg(shown);
    case Flaw::WrongService:
        if (m_detail == QLatin1String("ivsrealtime")) {
            return tr("IVS Real-Time ARNs name the service \"ivs\", not \"ivsrealtime\": use arn:aws:ivs:….");
        }
        return tr("This is an ARN of another AWS service (%1), not of IVS. Paste the ARN of an ingest "
                  "configuration.")
            .arg(shown);
    case Flaw::StageArn:
        return tr("This is a stage ARN. Paste the ARN of an ingest configuration instead; it contains "
                  "\":ingest-configuration/\".");
    case Flaw::WrongResourceType:
        return tr("This ARN names an IVS %1, not an ingest configuration; the resource part must start with "
                  "\"ingest-configuration/\".")
            .arg(shown);
    case Flaw::MissingRegion:
        return tr("The region is missing: the fourth part of the ARN must name a region such as us-east-1.");
    case Flaw::BadRegion:
        return tr("The region %1 is not valid: regions use only lower-case letters, digits and hyphens.").arg(shown);
    case Flaw::MissingAccount:
        return tr("The account ID is missing: the fifth part of the ARN must be a 12-digit AWS account ID.");
    case Flaw::AccountNotTwelveDigits:
        return tr("The account ID %1 is not 12 digits: check that the ARN was copied completely.").arg(shown);
    case Flaw::MissingId:
        return tr("The ingest configuration ID is missing after \"ingest-configuration/\".");
    case Flaw::BadIdCharacters:
        return tr("The ingest configuration ID contains %1, but IDs use only letters, digits and hyphens.").arg(shown);
    case Flaw::TooLong:
        return tr("The ARN is %1 characters long; the service accepts at most %2.").arg(m_detail).arg(MaxLength);
    }
    return {};
}
