#pragma once

#include <QCoreApplication>
#include <QJsonArray>

class CliSession;
class ConfigurationLister;

// `ivs-inspector list-ingest-configurations [--filter-by-stage-arn A |
// --filter-by-state S] [--max-items N] [--page-size N] [--starting-token T]`:
// every page of ListIngestConfigurations joined, printed byte for byte as
// the AWS CLI prints it ({"ingestConfigurations": [...]} and, when
// --max-items cut it short, the AWS CLI's own "NextToken"). Pages wait their
// turn in the request quota like every other call.
class ListIngestConfigurationsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListIngestConfigurationsCommand)

public:
    static int run(CliSession& session);
    // The service model's IngestConfigurationSummary members, in order.
    static const QStringList& summaryOrder();

private:
    // Writes what went wrong and returns its exit code, or Success. Once the
    // credentials are known, their secrets are kept out of everything
    // written after (the service may echo them).
    static int reportFailure(const ConfigurationLister& lister);
    static QByteArray textOutput(const QList<QJsonArray>& pages, const QString& next);
    static QByteArray jsonOutput(const QJsonArray& items, const QString& next);
};
