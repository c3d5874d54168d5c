#include "cli/ListIngestConfigurationsCommand.h"

#include "aws/EndpointResolver.h"
#include "cli/AwsCliJsonWriter.h"
#include "cli/AwsCliTextWriter.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "cli/PaginationToken.h"
#include "core/TerminalText.h"
#include "inspect/ConfigurationLister.h"
#include "inspect/InspectionFailure.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

const QStringList& ListIngestConfigurationsCommand::summaryOrder()
{
    static const QStringList order{QStringLiteral("name"),           QStringLiteral("arn"),
                                   QStringLiteral("ingestProtocol"), QStringLiteral("stageArn"),
                                   QStringLiteral("participantId"),  QStringLiteral("state"),
                                   QStringLiteral("userId"),         QStringLiteral("redundantIngest")};
    return order;
}

namespace
{
// What botocore keeps of a summary: the members the model names.
QJsonArray modeled(const QJsonArray& items)
{
    QJsonArray out;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        QJsonObject kept;
        for (const QString& member : ListIngestConfigurationsCommand::summaryOrder()) {
            if (item.contains(member)) {
                kept.insert(member, item.value(member));
            }
        }
        out.append(kept);
    }
    return out;
}

// The AWS CLI's NextToken for where the listing stopped, or empty when it
// read every page.
QString resumeToken(const RegionListing& listing)
{
    PaginationToken token;
    if (listing.stoppedInPage) {
        token.nextToken = listing.pageToken;
        token.truncateAmount = listing.resumeOffset;
        token.hasTruncateAmount = true;
        return token.encode();
    }
    if (listing.nextToken.isEmpty()) {
        return QString();
    }
    token.nextToken = listing.nextToken;
    return token.encode();
}
} // namespace

int ListIngestConfigurationsCommand::run(CliSession& session)
{
    const CliOptions& options = session.options();
    if (!options.region.isEmpty()) {
        const QString problem = EndpointResolver::validateRegion(options.region);
        if (!problem.isEmpty()) {
            return CliOutput::usageError(tr("argument --region: %1").arg(problem));
        }
    }
    ConfigurationLister::Query query;
    query.filterByStageArn = options.filterByStageArn;
    query.filterByState = options.filterByState;
    query.maxItems = options.maxItems;
    query.pageSize = options.pageSize;
    if (!options.startingToken.isEmpty()) {
        const auto token = PaginationToken::decode(options.startingToken);
        if (!token) {
            return CliOutput::usageError(tr("Bad starting token: %1").arg(TerminalText::quote(options.startingToken)));
        }
        query.startingToken = token->nextToken;
        query.startingOffset = token->truncateAmount;
    }
    ConfigurationLister lister(session.engine());
    lister.setQuery(query);
    // The text output is written page by page, as the AWS CLI's is (each
    // page's columns are the members that page holds).
    QList<QJsonArray> pages;
    QObject::connect(&lister, &ConfigurationLister::pageArrived, &lister,
                     [&pages](const QString&, const QJsonArray& items) { pages.append(items); });
    QEventLoop loop;
    QObject::connect(&lister, &ConfigurationLister::finished, &loop, &QEventLoop::quit);
    lister.start({options.region}); // empty: the credentials' region
    if (!lister.isFinished()) {
        loop.exec();
    }
    const int failed = reportFailure(lister);
    if (failed != ExitCode::Success) {
        return failed;
    }
    const RegionListing& listing = lister.results().constFirst();
    CliOutput::out(options.output == QLatin1String("text") ? textOutput(pages, resumeToken(listing))
                                                           : jsonOutput(listing.items, resumeToken(listing)));
    return ExitCode::Success;
}

int ListIngestConfigurationsCommand::reportFailure(const ConfigurationLister& lister)
{
    if (lister.credentialError().isError()) {
        InspectionFailure failure;
        failure.kind = InspectionFailure::Kind::Credentials;
        failure.credentialError = lister.credentialError();
        return CliSession::reportFailure(failure);
    }
    CliOutput::addSecrets(
        {lister.credentials().credentials.secretAccessKey, lister.credentials().credentials.sessionToken});
    const RegionListing& listing = lister.results().constFirst();
    if (!listing.problem.isEmpty()) {
        CliOutput::err(u'\n' + listing.problem + u'\n');
        return ExitCode::ConfigurationError;
    }
    if (listing.error.isError()) {
        InspectionFailure failure;
        failure.kind = InspectionFailure::Kind::Request;
        failure.error = listing.error;
        failure.operation = QStringLiteral("ListIngestConfigurations");
        failure.url = listing.url;
        failure.url.setPath(QStringLiteral("/ListIngestConfigurations"));
        return CliSession::reportFailure(failure);
    }
    return ExitCode::Success;
}

QByteArray ListIngestConfigurationsCommand::textOutput(const QList<QJsonArray>& pages, const QString& next)
{
    QByteArray out;
    for (const QJsonArray& page : pages) {
        if (!page.isEmpty()) {
            out += AwsCliTextWriter::write(QJsonObject{{QStringLiteral("ingestConfigurations"), modeled(page)}});
        }
    }
    if (!next.isEmpty()) {
        out += AwsCliTextWriter::write(
            QJsonObject{{QStringLiteral("NextToken"), QJsonObject{{QStringLiteral("NextToken"), next}}}});
    }
    return out;
}

QByteArray ListIngestConfigurationsCommand::jsonOutput(const QJsonArray& items, const QString& next)
{
    QJsonObject response{{QStringLiteral("ingestConfigurations"), modeled(items)}};
    if (!next.isEmpty()) {
        response.insert(QStringLiteral("NextToken"), next);
    }
    const AwsCliJsonWriter::MemberOrder order{
        {QString(), {QStringLiteral("ingestConfigurations"), QStringLiteral("NextToken")}},
        {QStringLiteral("ingestConfigurations[]"), summaryOrder()},
    };
    return AwsCliJsonWriter::write(response, order);
}
