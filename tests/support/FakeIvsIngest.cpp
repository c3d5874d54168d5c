#include "FakeIvsIngest.h"

#include "CliRunner.h"
#include "OnPublishReceiver.h"

bool FakeIvsIngest::start(OnPublishReceiver* receiver, const QString& rtmpServer)
{
    IvsDataSet* data = m_server.data();
    data->addStage({{QStringLiteral("arn"), data->stageArn(QString::fromLatin1(StageId))},
                    {QStringLiteral("name"), QStringLiteral("real-ingest-stage")},
                    {QStringLiteral("endpoints"),
                     QJsonObject{{QStringLiteral("events"), QStringLiteral("wss://global.events.live-video.net")},
                                 {QStringLiteral("whip"), QStringLiteral("https://127.0.0.1.invalid")},
                                 {QStringLiteral("rtmp"), rtmpServer},
                                 {QStringLiteral("rtmps"), QStringLiteral("rtmps://127.0.0.1.invalid:443/app/")}}},
                    {QStringLiteral("tags"), QJsonObject()}});
    receiver->setOnAccepted([this](const QString& key) { published(key); });
    receiver->setOnDone([this](const QString& key) { publishDone(key); });
    return m_server.listen();
}

void FakeIvsIngest::published(const QString& streamKey)
{
    if (m_idByKey.contains(streamKey)) {
        m_server.data()->setState(m_idByKey.value(streamKey), QStringLiteral("ACTIVE"));
    }
}

void FakeIvsIngest::publishDone(const QString& streamKey)
{
    if (m_idByKey.contains(streamKey)) {
        m_server.data()->setState(m_idByKey.value(streamKey), QStringLiteral("INACTIVE"));
    }
}

QString FakeIvsIngest::addConfiguration(const QString& id, const QString& streamKey)
{
    IvsDataSet* data = m_server.data();
    const QString arn = data->ingestConfigurationArn(id);
    data->addIngestConfiguration({{QStringLiteral("name"), id.toLower()},
                                  {QStringLiteral("arn"), arn},
                                  {QStringLiteral("ingestProtocol"), QStringLiteral("RTMP")},
                                  {QStringLiteral("insecureIngest"), true},
                                  {QStringLiteral("streamKey"), streamKey},
                                  {QStringLiteral("stageArn"), data->stageArn(QString::fromLatin1(StageId))},
                                  {QStringLiteral("participantId"), QStringLiteral("p-") + id},
                                  {QStringLiteral("state"), QStringLiteral("INACTIVE")},
                                  {QStringLiteral("userId"), QString()},
                                  {QStringLiteral("attributes"), QJsonObject()},
                                  {QStringLiteral("tags"), QJsonObject()}});
    m_idByKey.insert(streamKey, id);
    return arn;
}

QString FakeIvsIngest::state(const QString& id)
{
    const std::optional<QJsonObject> configuration = m_server.data()->ingestConfiguration(id);
    return configuration ? configuration->value(QStringLiteral("state")).toString() : QString();
}

QProcessEnvironment FakeIvsIngest::environment(const QString& home) const
{
    QProcessEnvironment env = CliRunner::fakeAccountEnvironment(home, m_server.url());
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    return env;
}
