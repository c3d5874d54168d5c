#pragma once

#include "demo/IvsDataSet.h"
#include "demo/LoopbackHttpServer.h"

// A stand-in for https://ivsrealtime.<region>.amazonaws.com, answering from
// an IvsDataSet: the test fixtures (the folder constructor) or whatever a
// caller puts in data() (the built-in demo). It answers the operations the
// app uses: GetIngestConfiguration, ListIngestConfigurations (pages, one
// filter at a time), GetStage, ListParticipants, GetParticipant and
// ListParticipantEvents, with the service model's validation (maxResults
// 1..100, default 50). Resources belong to the data set's account; another
// account's ARN is refused (AccessDenied), another region's is not found, as
// in AWS.
class FakeIvsServer : public LoopbackHttpServer
{
    Q_OBJECT

public:
    static constexpr const char* AccountId = "123456789012";

    explicit FakeIvsServer(QObject* parent = nullptr);
    // Serves the fixture folder (see FixtureFolder).
    explicit FakeIvsServer(const QString& fixturesDir, QObject* parent = nullptr);

    IvsDataSet* data()
    {
        return &m_data;
    }

protected:
    HttpReply handle(const RecordedRequest& request, const SignatureVerifier::Result& auth) override;

private:
    IvsDataSet m_data;

    HttpReply getIngestConfiguration(const QJsonObject& input, const QString& region);
    HttpReply getStage(const QJsonObject& input, const QString& region);
    HttpReply listIngestConfigurations(const QJsonObject& input, const QString& region);
    HttpReply listParticipants(const QJsonObject& input);
    HttpReply getParticipant(const QJsonObject& input);
    HttpReply listParticipantEvents(const QJsonObject& input);
};
