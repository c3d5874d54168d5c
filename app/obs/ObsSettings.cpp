#include "obs/ObsSettings.h"

#include "obs/ObsStreamKey.h"

const QList<QPair<QString, QString>>& ObsSettings::readParameters()
{
    static const QList<QPair<QString, QString>> names{
        {QStringLiteral("Output"), QStringLiteral("Mode")},
        {QStringLiteral("SimpleOutput"), QStringLiteral("StreamEncoder")},
        {QStringLiteral("SimpleOutput"), QStringLiteral("VBitrate")},
        {QStringLiteral("SimpleOutput"), QStringLiteral("ABitrate")},
        {QStringLiteral("SimpleOutput"), QStringLiteral("UseAdvanced")},
        {QStringLiteral("SimpleOutput"), QStringLiteral("x264Settings")},
        {QStringLiteral("SimpleOutput"), QStringLiteral("Preset")},
        {QStringLiteral("AdvOut"), QStringLiteral("Encoder")},
        {QStringLiteral("AdvOut"), QStringLiteral("AudioEncoder")},
        {QStringLiteral("AdvOut"), QStringLiteral("Rescale")},
        {QStringLiteral("AdvOut"), QStringLiteral("RescaleRes")},
    };
    return names;
}

QString ObsSettings::key(const QString& category, const QString& name)
{
    return category + u'/' + name;
}

void ObsSettings::setParameter(const QString& category, const QString& name, const QJsonValue& value)
{
    parameters.insert(key(category, name), value);
}

QString ObsSettings::parameter(const QString& category, const QString& name) const
{
    const QJsonValue value = parameters.value(key(category, name));
    return value.isString() ? value.toString() : defaults.value(key(category, name)).toString();
}

std::optional<QString> ObsSettings::storedParameter(const QString& category, const QString& name) const
{
    const QJsonValue value = parameters.value(key(category, name));
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

bool ObsSettings::isAdvancedOutput() const
{
    return outputMode().compare(QLatin1String("Advanced"), Qt::CaseInsensitive) == 0;
}

QString ObsSettings::outputMode() const
{
    const QString mode = parameter(QStringLiteral("Output"), QStringLiteral("Mode"));
    return mode.isEmpty() ? QStringLiteral("Simple") : mode;
}

QString ObsSettings::videoEncoder() const
{
    return isAdvancedOutput() ? parameter(QStringLiteral("AdvOut"), QStringLiteral("Encoder"))
                              : parameter(QStringLiteral("SimpleOutput"), QStringLiteral("StreamEncoder"));
}

bool ObsSettings::simpleUseAdvanced() const
{
    return parameter(QStringLiteral("SimpleOutput"), QStringLiteral("UseAdvanced"))
               .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString ObsSettings::simpleX264Options() const
{
    return parameter(QStringLiteral("SimpleOutput"), QStringLiteral("x264Settings"));
}

std::optional<int> ObsSettings::simpleVideoBitrate() const
{
    bool ok = false;
    const int kbps = parameter(QStringLiteral("SimpleOutput"), QStringLiteral("VBitrate")).toInt(&ok);
    return ok ? std::optional<int>(kbps) : std::nullopt;
}

double ObsSettings::fps() const
{
    return fpsNumerator > 0 && fpsDenominator > 0 ? double(fpsNumerator) / fpsDenominator : 0.0;
}

QSize ObsSettings::streamSize() const
{
    const bool rescale = parameter(QStringLiteral("AdvOut"), QStringLiteral("Rescale"))
                             .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (isAdvancedOutput() && rescale) {
        const QStringList parts = parameter(QStringLiteral("AdvOut"), QStringLiteral("RescaleRes")).split(u'x');
        if (parts.size() == 2 && parts.at(0).toInt() > 0 && parts.at(1).toInt() > 0) {
            return {parts.at(0).toInt(), parts.at(1).toInt()};
        }
    }
    return {outputWidth, outputHeight};
}

QString ObsSettings::maskedStreamKey() const
{
    return ObsStreamKey::mask(streamKey);
}
