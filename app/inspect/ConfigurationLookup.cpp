#include "inspect/ConfigurationLookup.h"

#include "inspect/ConfigurationLister.h"

#include <QJsonObject>
#include <QRegularExpression>

ConfigurationLookup::ConfigurationLookup(InspectionEngine* engine,
                                         const QString& text,
                                         const QString& region,
                                         QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_text(text.trimmed())
    , m_region(region)
{}

bool ConfigurationLookup::isCandidate(const QString& text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9_-]{1,128}")));
    return pattern.match(text.trimmed()).hasMatch();
}

QStringList ConfigurationLookup::match(const QJsonArray& items, const QString& text)
{
    QStringList byId;
    QStringList byName;
    QStringList byNameIgnoringCase;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const QString arn = item.value(QStringLiteral("arn")).toString();
        const QString name = item.value(QStringLiteral("name")).toString();
        if (arn.endsWith(u'/' + text)) {
            byId.append(arn);
        } else if (name == text) {
            byName.append(arn);
        } else if (name.compare(text, Qt::CaseInsensitive) == 0) {
            byNameIgnoringCase.append(arn);
        }
    }
    // An ID is unique and beats a name that happens to look like one.
    if (!byId.isEmpty()) {
        return byId;
    }
    return byName.isEmpty() ? byNameIgnoringCase : byName;
}

void ConfigurationLookup::start()
{
    m_lister = new ConfigurationLister(m_engine, this);
    ConfigurationLister::Query query;
    query.pageSize = 100;
    m_lister->setQuery(query);
    connect(m_lister, &ConfigurationLister::finished, this, [this] {
        if (m_lister->credentialError().isError()) {
            m_failure = m_lister->credentialError().message;
        } else {
            const RegionListing& listing = m_lister->results().constFirst();
            m_region = listing.region;
            if (listing.ok()) {
                m_arns = match(listing.items, m_text);
            } else {
                m_failure = listing.failureText();
            }
        }
        emit finished();
    });
    m_lister->start({m_region});
}
