#include "obs/ObsReportJson.h"

#include <QJsonArray>

namespace
{
QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue number(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? QJsonValue(value) : QJsonValue();
}
} // namespace

QHash<QString, QStringList> ObsReportJson::memberOrder()
{
    return {
        {QString(),
         {QStringLiteral("obsVersion"), QStringLiteral("obsWebSocketVersion"), QStringLiteral("outputMode"),
          QStringLiteral("encoder"), QStringLiteral("settings"), QStringLiteral("checks"), QStringLiteral("ivsSafe")}},
        {QStringLiteral("settings"),
         {QStringLiteral("videoBitrateKbps"), QStringLiteral("audioBitrateKbps"),
          QStringLiteral("useAdvancedEncoderSettings"), QStringLiteral("x264Options"), QStringLiteral("preset"),
          QStringLiteral("outputWidth"), QStringLiteral("outputHeight"), QStringLiteral("streamWidth"),
          QStringLiteral("streamHeight"), QStringLiteral("fps"), QStringLiteral("streamService"),
          QStringLiteral("notReadable")}},
        {QStringLiteral("settings.streamService"),
         {QStringLiteral("type"), QStringLiteral("server"), QStringLiteral("streamKey")}},
        {QStringLiteral("checks[]"),
         {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("detail"), QStringLiteral("fix")}},
    };
}

QStringList ObsReportJson::notReadable(const ObsSettings& settings)
{
    if (settings.isAdvancedOutput()) {
        return {tr("The stream encoder's bitrate, keyframe interval and B-frames (Advanced output mode keeps them "
                   "in the profile's streamEncoder.json, which cannot be read through the API).")};
    }
    return {};
}

QJsonObject ObsReportJson::settingsJson(const ObsSettings& settings)
{
    const bool simple = !settings.isAdvancedOutput();
    const QString category = QStringLiteral("SimpleOutput");
    const QSize stream = settings.streamSize();
    const QJsonObject service{{QStringLiteral("type"), orNull(settings.serviceType)},
                              {QStringLiteral("server"), orNull(settings.server)},
                              {QStringLiteral("streamKey"), orNull(settings.maskedStreamKey())}};
    return {
        {QStringLiteral("videoBitrateKbps"),
         simple ? number(settings.parameter(category, QStringLiteral("VBitrate"))) : QJsonValue()},
        {QStringLiteral("audioBitrateKbps"),
         simple ? number(settings.parameter(category, QStringLiteral("ABitrate"))) : QJsonValue()},
        {QStringLiteral("useAdvancedEncoderSettings"),
         simple ? QJsonValue(settings.simpleUseAdvanced()) : QJsonValue()},
        {QStringLiteral("x264Options"), simple ? QJsonValue(settings.simpleX264Options()) : QJsonValue()},
        {QStringLiteral("preset"),
         simple ? orNull(settings.parameter(category, QStringLiteral("Preset"))) : QJsonValue()},
        {QStringLiteral("outputWidth"), settings.outputWidth},
        {QStringLiteral("outputHeight"), settings.outputHeight},
        {QStringLiteral("streamWidth"), stream.width()},
        {QStringLiteral("streamHeight"), stream.height()},
        {QStringLiteral("fps"), settings.fps() > 0 ? QJsonValue(settings.fps()) : QJsonValue()},
        {QStringLiteral("streamService"), service},
        {QStringLiteral("notReadable"), QJsonArray::fromStringList(notReadable(settings))},
    };
}

QJsonObject ObsReportJson::build(const ObsSettings& settings, const ObsPreflightReport& report)
{
    QJsonArray checks;
    for (const ObsCheck& check : report.checks) {
        checks.append(QJsonObject{{QStringLiteral("id"), check.id},
                                  {QStringLiteral("status"), ObsCheck::statusId(check.status)},
                                  {QStringLiteral("detail"), check.detail},
                                  {QStringLiteral("fix"), orNull(check.fix)}});
    }
    return {{QStringLiteral("obsVersion"), orNull(settings.obsVersion)},
            {QStringLiteral("obsWebSocketVersion"), orNull(settings.webSocketVersion)},
            {QStringLiteral("outputMode"), settings.outputMode()},
            {QStringLiteral("encoder"), orNull(settings.videoEncoder())},
            {QStringLiteral("settings"), settingsJson(settings)},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("ivsSafe"), report.ivsSafe()}};
}
