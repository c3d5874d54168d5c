#pragma once

#include "demo/LoopbackHttpServer.h"

#include <QDir>

// A stand-in for https://ivsrealtime.<region>.amazonaws.com. It answers from
// JSON fixtures: <fixtures>/<Operation>/<id>.json holds the exact reply body
// for the resource with that id (GetIngestConfiguration, GetStage,
// ListParticipants, GetParticipant, ListParticipantEvents);
// ListIngestConfigurations is derived from the GetIngestConfiguration ones. Resources belong to account 123456789012;
// another account's ARN is refused (AccessDenied), another region's is not
// found, as in AWS.
class FakeIvsServer : public LoopbackHttpServer
{
    Q_OBJECT

public:
    static constexpr const char* AccountId = "123456789012";

    explicit FakeIvsServer(const QString& fixturesDir, QObject* parent = nullptr);

protected:
    HttpReply handle(const RecordedRequest& request, const SignatureVerifier::Result& auth) override;

private:
    QDir m_fixtures;

    HttpReply getIngestConfiguration(const QJsonObject& input, const QString& region);
    HttpReply getStage(const QJsonObject& input, const QString& region);
    HttpReply listIngestConfigurations(const QJsonObject& input);
    // Sessions, participants and events: fixtures named after the session
    // (and participant); a fixture that is a JSON array is a list of pages.
    HttpReply sessionFixture(const QString& operation,
                             const QString& name,
                             const QJsonObject& input,
                             const QByteArray& whenMissing);
};
