#pragma once

#include "inspect/RegionListing.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ConfigurationLister;
class InspectionEngine;

// Finds the ARN behind a bare configuration ID or a name typed where an ARN
// goes, by listing the region (ListIngestConfigurations, every page, through
// the engine's scheduler): an ID matches the end of an ARN, a name matches
// exactly (or, failing that, ignoring case). A name may belong to several
// configurations: all of them are found, and the caller decides.
class ConfigurationLookup : public QObject
{
    Q_OBJECT

public:
    ConfigurationLookup(InspectionEngine* engine,
                        const QString& text,
                        const QString& region,
                        QObject* parent = nullptr);

    // Text that could be an ID or a name (the model's patterns:
    // [a-zA-Z0-9-_], 1 to 128 characters), and is not an ARN.
    static bool isCandidate(const QString& text);
    // The ARNs in items whose ID or name is text.
    static QStringList match(const QJsonArray& items, const QString& text);

    void start();
    QString text() const
    {
        return m_text;
    }
    QString region() const
    {
        return m_region;
    }
    const QStringList& arns() const
    {
        return m_arns;
    }
    // Why nothing could be looked up (credentials, the listing failed).
    QString failure() const
    {
        return m_failure;
    }

signals:
    void finished();

private:
    InspectionEngine* m_engine;
    QString m_text;
    QString m_region;
    QPointer<ConfigurationLister> m_lister;
    QStringList m_arns;
    QString m_failure;
};
