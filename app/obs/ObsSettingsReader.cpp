#include "obs/ObsSettingsReader.h"

#include "obs/ObsWebSocketClient.h"

#include <memory>

namespace
{
struct ReadState
{
    ObsSettings settings;
    ObsError error;
    int remaining = 0;
    ObsSettingsReader::Done done;
};

void storeVideo(ObsSettings& settings, const QJsonObject& data)
{
    settings.baseWidth = data.value(QStringLiteral("baseWidth")).toInt();
    settings.baseHeight = data.value(QStringLiteral("baseHeight")).toInt();
    settings.outputWidth = data.value(QStringLiteral("outputWidth")).toInt();
    settings.outputHeight = data.value(QStringLiteral("outputHeight")).toInt();
    settings.fpsNumerator = data.value(QStringLiteral("fpsNumerator")).toInt();
    settings.fpsDenominator = data.value(QStringLiteral("fpsDenominator")).toInt(1);
}

void storeService(ObsSettings& settings, const QJsonObject& data)
{
    const QJsonObject service = data.value(QStringLiteral("streamServiceSettings")).toObject();
    settings.serviceType = data.value(QStringLiteral("streamServiceType")).toString();
    settings.server = service.value(QStringLiteral("server")).toString();
    settings.streamKey = service.value(QStringLiteral("key")).toString();
}
} // namespace

void ObsSettingsReader::read(ObsWebSocketClient* client, QObject* context, Done done)
{
    auto state = std::make_shared<ReadState>();
    state->done = std::move(done);
    const auto ask = [&](const QString& type, const QJsonObject& data,
                         std::function<void(ObsSettings&, const QJsonObject&)> store) {
        ++state->remaining;
        client->request(type, data, context, [state, store](const ObsReply& reply) {
            if (!reply.ok() && !state->error.isError()) {
                state->error = reply.error;
            } else if (reply.ok()) {
                store(state->settings, reply.data);
            }
            if (--state->remaining == 0) {
                state->done(state->settings, state->error);
            }
        });
    };
    ask(QStringLiteral("GetVersion"), {}, [](ObsSettings& settings, const QJsonObject& data) {
        settings.obsVersion = data.value(QStringLiteral("obsVersion")).toString();
        settings.webSocketVersion = data.value(QStringLiteral("obsWebSocketVersion")).toString();
    });
    ask(QStringLiteral("GetVideoSettings"), {}, storeVideo);
    ask(QStringLiteral("GetStreamServiceSettings"), {}, storeService);
    for (const auto& [category, name] : ObsSettings::readParameters()) {
        const QJsonObject data{{QStringLiteral("parameterCategory"), category},
                               {QStringLiteral("parameterName"), name}};
        ask(QStringLiteral("GetProfileParameter"), data,
            [category = category, name = name](ObsSettings& settings, const QJsonObject& answer) {
                settings.setParameter(category, name, answer.value(QStringLiteral("parameterValue")));
                settings.defaults.insert(ObsSettings::key(category, name),
                                         answer.value(QStringLiteral("defaultParameterValue")));
            });
    }
}
