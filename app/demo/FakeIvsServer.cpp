#include "demo/FakeIvsServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

FakeIvsServer::FakeIvsServer(const QString& fixturesDir, QObject* parent)
    : LoopbackHttpServer(parent)
    , m_fixtures(fixturesDir)
{}

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
        return listIngestConfigurations(in);
    }
    const QString session = in.value(QStringLiteral("sessionId")).toString();
    const QString participant = in.value(QStringLiteral("participantId")).toString();
    if (request.target == "/ListParticipants") {
        return sessionFixture(QStringLiteral("ListParticipants"), session, in, R"({"participants":[]})");
    }
    if (request.target == "/GetParticipant") {
        return sessionFixture(QStringLiteral("GetParticipant"), session + u'-' + participant, in, QByteArray());
    }
    if (request.target == "/ListParticipantEvents") {
        return sessionFixture(QStringLiteral("ListParticipantEvents"), session + u'-' + participant, in,
                              R"({"events":[]})");
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
        return awsJsonError(400, "Bad Request", QStringLiteral("ValidationException"),
                            QStringLiteral("1 validation error detected: Value at 'arn' failed to satisfy constraint: "
                                           "Member must satisfy regular expression pattern"));
    }
    if (match.captured(2) != QLatin1String(AccountId)) {
        return awsJsonError(403, "Forbidden", QStringLiteral("AccessDeniedException"),
                            QStringLiteral("User: arn:aws:iam::%1:user/tester is not authorized to perform: "
                                           "ivs:GetIngestConfiguration on resource: %2")
                                .arg(QLatin1String(AccountId), arn));
    }
    QFile fixture(m_fixtures.filePath(QStringLiteral("GetIngestConfiguration/%1.json").arg(match.captured(3))));
    // A resource lives in one region: asking another finds nothing, as in AWS.
    if (match.captured(1) != region || !fixture.open(QIODevice::ReadOnly)) {
        return awsJsonError(404, "Not Found", QStringLiteral("ResourceNotFoundException"),
                            QStringLiteral("IngestConfiguration not found: %1").arg(arn));
    }
    return HttpReply::json(200, "OK", fixture.readAll());
}

HttpReply FakeIvsServer::getStage(const QJsonObject& input, const QString& region)
{
    const QString arn = input.value(QStringLiteral("arn")).toString();
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("arn:aws:ivs:([a-z0-9-]+):([0-9]+):stage/([a-zA-Z0-9-]+)")));
    const QRegularExpressionMatch match = pattern.match(arn);
    if (!match.hasMatch()) {
        return awsJsonError(400, "Bad Request", QStringLiteral("ValidationException"),
                            QStringLiteral("1 validation error detected: Value at 'arn' failed to satisfy constraint"));
    }
    QFile fixture(m_fixtures.filePath(QStringLiteral("GetStage/%1.json").arg(match.captured(3))));
    if (match.captured(1) != region || !fixture.open(QIODevice::ReadOnly)) {
        return awsJsonError(404, "Not Found", QStringLiteral("ResourceNotFoundException"),
                            QStringLiteral("Stage not found: %1").arg(arn));
    }
    return HttpReply::json(200, "OK", fixture.readAll());
}

HttpReply FakeIvsServer::listIngestConfigurations(const QJsonObject& input)
{
    const QString stageFilter = input.value(QStringLiteral("filterByStageArn")).toString();
    const QString stateFilter = input.value(QStringLiteral("filterByState")).toString();
    if (!stageFilter.isEmpty() && !stateFilter.isEmpty()) {
        return awsJsonError(400, "Bad Request", QStringLiteral("ValidationException"),
                            QStringLiteral("Only one filter (by stage ARN or by state) can be used at a time."));
    }
    QJsonArray all;
    const QDir dir(m_fixtures.filePath(QStringLiteral("GetIngestConfiguration")));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        QJsonObject config =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("ingestConfiguration")).toObject();
        if ((!stageFilter.isEmpty() && config.value(QStringLiteral("stageArn")).toString() != stageFilter) ||
            (!stateFilter.isEmpty() && config.value(QStringLiteral("state")).toString() != stateFilter)) {
            continue;
        }
        // A summary: no key, attributes, tags or redundant credentials.
        for (const char* secretOrBulky : {"streamKey", "attributes", "tags", "redundantIngestCredentials"}) {
            config.remove(QLatin1String(secretOrBulky));
        }
        all.append(config);
    }
    const int maxResults = input.value(QStringLiteral("maxResults")).toInt(50);
    const int offset = input.value(QStringLiteral("nextToken")).toString().toInt();
    QJsonObject reply{{QStringLiteral("ingestConfigurations"), QJsonArray()}};
    QJsonArray page;
    for (int i = offset; i < all.size() && i < offset + maxResults; ++i) {
        page.append(all.at(i));
    }
    reply.insert(QStringLiteral("ingestConfigurations"), page);
    if (offset + maxResults < all.size()) {
        reply.insert(QStringLiteral("nextToken"), QString::number(offset + maxResults));
    }
    return HttpReply::json(200, "OK", QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

HttpReply FakeIvsServer::sessionFixture(const QString& operation,
                                        const QString& name,
                                        const QJsonObject& input,
                                        const QByteArray& whenMissing)
{
    QFile fixture(m_fixtures.filePath(QStringLiteral("%1/%2.json").arg(operation, name)));
    if (!fixture.open(QIODevice::ReadOnly)) {
        if (whenMissing.isEmpty()) {
            return awsJsonError(404, "Not Found", QStringLiteral("ResourceNotFoundException"),
                                QStringLiteral("Not found: %1").arg(name));
        }
        return HttpReply::json(200, "OK", whenMissing);
    }
    const QJsonDocument document = QJsonDocument::fromJson(fixture.readAll());
    if (!document.isArray()) {
        return HttpReply::json(200, "OK", document.toJson(QJsonDocument::Compact));
    }
    // Pages: "page-N" tokens walk through the array.
    const int page = input.value(QStringLiteral("nextToken")).toString().section(u'-', 1).toInt();
    QJsonObject reply = document.array().at(page).toObject();
    if (page + 1 < document.array().size()) {
        reply.insert(QStringLiteral("nextToken"), QStringLiteral("page-%1").arg(page + 1));
    }
    return HttpReply::json(200, "OK", QJsonDocument(reply).toJson(QJsonDocument::Compact));
}
