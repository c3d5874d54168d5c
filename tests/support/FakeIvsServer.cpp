#include "FakeIvsServer.h"

#include <QFile>
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
    if (request.target == "/GetIngestConfiguration") {
        return getIngestConfiguration(input.object(), auth.region);
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
