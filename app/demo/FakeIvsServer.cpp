#include "demo/FakeIvsServer.h"

#include "demo/FixtureFolder.h"
#include "demo/ListPaging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace
{
HttpReply ok(const QJsonObject& body)
{
    return HttpReply::json(200, "OK", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply invalid(const QString& message)
{
    return LoopbackHttpServer::awsJsonError(400, "Bad Request", QStringLiteral("ValidationException"), message);
}

HttpReply notFound(const QString& message)
{
    return LoopbackHttpServer::awsJsonError(404, "Not Found", QStringLiteral("ResourceNotFoundException"), message);
}

// The members a request must have (the model's required members), and the
// StageSessionId and ParticipantId patterns.
QString checkSessionInput(const QJsonObject& input, bool withParticipant)
{
    QStringList required{QStringLiteral("stageArn"), QStringLiteral("sessionId")};
    if (withParticipant) {
        required.append(QStringLiteral("participantId"));
    }
    for (const QString& member : required) {
        if (!input.value(member).isString()) {
            return ListPaging::validationMessage(QStringLiteral("null"), member,
                                                 QStringLiteral("Member must not be null"));
        }
    }
    static const QRegularExpression session(QStringLiteral("^st-[a-zA-Z0-9]{13}$"));
    const QString sessionId = input.value(QStringLiteral("sessionId")).toString();
    if (!session.match(sessionId).hasMatch()) {
        return ListPaging::validationMessage(sessionId, QStringLiteral("sessionId"),
                                             QStringLiteral("Member must satisfy regular expression pattern: "
                                                            "st-[a-zA-Z0-9]+"));
    }
    return QString();
}
} // namespace

FakeIvsServer::FakeIvsServer(QObject* parent)
    : LoopbackHttpServer(parent)
    , m_data(QString::fromLatin1(AccountId))
{}

FakeIvsServer::FakeIvsServer(const QString& fixturesDir, QObject* parent)
    : FakeIvsServer(parent)
{
    const QStringList problems = FixtureFolder::load(fixturesDir, &m_data);
    for (const QString& problem : problems) {
        qWarning("fake IVS endpoint: fixture not loaded: %s", qPrintable(problem));
    }
}

HttpReply FakeIvsServer::handle(const RecordedRequest& request, const SignatureVerifier::Result& auth)
{
    if (auth.verdict != SignatureVerifier::Verdict::Valid) {
        return refuse(auth);
    }
    if (auth.service != QLatin1String("ivs")) {
        return awsJsonError(403, "Forbidden", QStringLiteral("InvalidSignatureException"),
                            QStringLiteral("Credential should be scoped to correct service: 'ivs'."));
    }
    if (request.method != "POST") {
        return awsJsonError(404, "Not Found", QStringLiteral("UnknownOperationException"), QString());
    }
    if (request.header("Content-Type") != "application/json") {
        return awsJsonError(415, "Unsupported Media Type", QStringLiteral("UnsupportedMediaTypeException"),
                            QStringLiteral("Unsupported Media Type"));
    }
    QJsonParseError parseError;
    const QJsonDocument input = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !input.isObject()) {
        return awsJsonError(400, "Bad Request", QStringLiteral("SerializationException"), parseError.errorString());
    }
    const QJsonObject in = input.object();
    if (request.target == "/GetIngestConfiguration") {
        return getIngestConfiguration(in, auth.region);
    }
    if (request.target == "/GetStage") {
        return getStage(in, auth.region);
    }
    if (request.target == "/ListIngestConfigurations") {
        return listIngestConfigurations(in, auth.region);
    }
    if (request.target == "/ListParticipants") {
        return listParticipants(in);
    }
    if (request.target == "/GetParticipant") {
        return getParticipant(in);
    }
    if (request.target == "/ListParticipantEvents") {
        return listParticipantEvents(in);
    }
    return awsJsonError(404, "Not Found", QStringLiteral("UnknownOperationException"), QString());
}

HttpReply FakeIvsServer::getIngestConfiguration(const QJsonObject& input, const QString& region)
{
    const QString arn = input.value(QStringLiteral("arn")).toString();
    // The model's pattern and length for IngestConfigurationArn.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("arn:aws:ivs:([a-z0-9-]+):([0-9]+):ingest-configuration/([a-zA-Z0-9-]+)")));
    const QRegularExpressionMatch match = pattern.match(arn);
    if (arn.isEmpty() || arn.size() > 128 || !match.hasMatch()) {
        return invalid(QStringLiteral("1 validation error detected: Value at 'arn' failed to satisfy constraint: "
                                      "Member must satisfy regular expression pattern"));
    }
    if (match.captured(2) != m_data.accountId()) {
        return awsJsonError(403, "Forbidden", QStringLiteral("AccessDeniedException"),
                            QStringLiteral("User: arn:aws:iam::%1:user/tester is not authorized to perform: "
                                           "ivs:GetIngestConfiguration on resource: %2")
                                .arg(m_data.accountId(), arn));
    }
    // A resource lives in one region: asking another finds nothing, as in AWS.
    const auto configuration = match.captured(1) == region && region == m_data.region()
                                   ? m_data.ingestConfiguration(match.captured(3))
                                   : std::nullopt;
    if (!configuration) {
        return notFound(QStringLiteral("IngestConfiguration not found: %1").arg(arn));
    }
    return ok({{QStringLiteral("ingestConfiguration"), *configuration}});
}

HttpReply FakeIvsServer::getStage(const QJsonObject& input, const QString& region)
{
    const QString arn = input.value(QStringLiteral("arn")).toString();
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("arn:aws:ivs:([a-z0-9-]+):([0-9]+):stage/([a-zA-Z0-9-]+)")));
    const QRegularExpressionMatch match = pattern.match(arn);
    if (!match.hasMatch()) {
        return invalid(QStringLiteral("1 validation error detected: Value at 'arn' failed to satisfy constraint"));
    }
    const auto stage =
        match.captured(1) == region && region == m_data.region() ? m_data.stage(match.captured(3)) : std::nullopt;
    if (!stage) {
        return notFound(QStringLiteral("Stage not found: %1").arg(arn));
    }
    return ok({{QStringLiteral("stage"), *stage}});
}

HttpReply FakeIvsServer::listIngestConfigurations(const QJsonObject& input, const QString& region)
{
    const QString stageFilter = input.value(QStringLiteral("filterByStageArn")).toString();
    const QString stateFilter = input.value(QStringLiteral("filterByState")).toString();
    if (!stageFilter.isEmpty() && !stateFilter.isEmpty()) {
        return invalid(QStringLiteral("Only one filter (by stage ARN or by state) can be used at a time."));
    }
    if (!stateFilter.isEmpty() && stateFilter != QLatin1String("ACTIVE") && stateFilter != QLatin1String("INACTIVE")) {
        return invalid(ListPaging::validationMessage(stateFilter, QStringLiteral("filterByState"),
                                                     QStringLiteral("Member must satisfy enum value set: "
                                                                    "[ACTIVE, INACTIVE]")));
    }
    if (stageFilter.size() > 128) {
        return invalid(ListPaging::validationMessage(stageFilter, QStringLiteral("filterByStageArn"),
                                                     QStringLiteral("Member must have length less than or equal to "
                                                                    "128")));
    }
    ListPaging paging;
    const QString problem = paging.read(input);
    if (!problem.isEmpty()) {
        return invalid(problem);
    }
    QJsonArray all;
    // The account's configurations in the region the request went to.
    const QList<QJsonObject> configurations =
        region == m_data.region() ? m_data.ingestConfigurations() : QList<QJsonObject>();
    for (QJsonObject configuration : configurations) {
        if ((!stageFilter.isEmpty() && configuration.value(QStringLiteral("stageArn")).toString() != stageFilter) ||
            (!stateFilter.isEmpty() && configuration.value(QStringLiteral("state")).toString() != stateFilter)) {
            continue;
        }
        // A summary: no key, attributes, tags or redundant credentials.
        for (const char* secretOrBulky : {"streamKey", "attributes", "tags", "redundantIngestCredentials"}) {
            configuration.remove(QLatin1String(secretOrBulky));
        }
        all.append(configuration);
    }
    return ok(paging.page(QStringLiteral("ingestConfigurations"), all));
}

HttpReply FakeIvsServer::listParticipants(const QJsonObject& input)
{
    const QString problem = checkSessionInput(input, false);
    if (!problem.isEmpty()) {
        return invalid(problem);
    }
    // "Only one of filterByUserId, filterByPublished, filterByState, or
    // filterByRecordingState can be provided per request." (service model)
    const QStringList filters{QStringLiteral("filterByUserId"), QStringLiteral("filterByPublished"),
                              QStringLiteral("filterByState"), QStringLiteral("filterByRecordingState")};
    QString filter;
    for (const QString& name : filters) {
        if (input.contains(name)) {
            if (!filter.isEmpty()) {
                return invalid(QStringLiteral("Only one of filterByUserId, filterByPublished, filterByState, or "
                                              "filterByRecordingState can be provided per request."));
            }
            filter = name;
        }
    }
    ListPaging paging;
    const QString pagingProblem = paging.read(input);
    if (!pagingProblem.isEmpty()) {
        return invalid(pagingProblem);
    }
    // filterByState matches "state", filterByUserId "userId" and so on.
    const QString member = filter.isEmpty() ? QString() : filter.mid(8, 1).toLower() + filter.mid(9);
    QJsonArray matching;
    for (const QJsonObject& summary :
         m_data.participantSummaries(input.value(QStringLiteral("sessionId")).toString())) {
        if (filter.isEmpty() || summary.value(member) == input.value(filter)) {
            matching.append(summary);
        }
    }
    return ok(paging.page(QStringLiteral("participants"), matching));
}

HttpReply FakeIvsServer::getParticipant(const QJsonObject& input)
{
    const QString problem = checkSessionInput(input, true);
    if (!problem.isEmpty()) {
        return invalid(problem);
    }
    const QString sessionId = input.value(QStringLiteral("sessionId")).toString();
    const QString participantId = input.value(QStringLiteral("participantId")).toString();
    const auto participant = m_data.participant(sessionId, participantId);
    if (!participant) {
        return notFound(QStringLiteral("Not found: %1-%2").arg(sessionId, participantId));
    }
    return ok({{QStringLiteral("participant"), *participant}});
}

HttpReply FakeIvsServer::listParticipantEvents(const QJsonObject& input)
{
    const QString problem = checkSessionInput(input, true);
    if (!problem.isEmpty()) {
        return invalid(problem);
    }
    ListPaging paging;
    const QString pagingProblem = paging.read(input);
    if (!pagingProblem.isEmpty()) {
        return invalid(pagingProblem);
    }
    const QList<QJsonArray> pages = m_data.eventPages(input.value(QStringLiteral("sessionId")).toString(),
                                                      input.value(QStringLiteral("participantId")).toString());
    if (pages.size() > 1) {
        return ok(paging.fixedPage(QStringLiteral("events"), pages));
    }
    return ok(paging.page(QStringLiteral("events"), pages.value(0)));
}
