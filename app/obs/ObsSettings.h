#pragma once

#include <QJsonValue>
#include <QMap>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// What OBS's WebSocket API tells about its stream settings: versions, the
// profile parameters read with GetProfileParameter, GetVideoSettings and
// GetStreamServiceSettings. The stream key is a secret: display it only
// through maskedStreamKey().
struct ObsSettings
{
    QString obsVersion;
    QString webSocketVersion;

    // "Category/Name" -> parameterValue (null when the profile does not set
    // it) and defaultParameterValue, exactly as OBS answered.
    QMap<QString, QJsonValue> parameters;
    QMap<QString, QJsonValue> defaults;

    int baseWidth = 0;
    int baseHeight = 0;
    int outputWidth = 0;
    int outputHeight = 0;
    int fpsNumerator = 0;
    int fpsDenominator = 1;

    QString serviceType; // rtmp_custom, rtmp_common, ...
    QString server;
    QString streamKey; // secret

    // The parameters read and the order they are reported in.
    static const QList<QPair<QString, QString>>& readParameters();
    static QString key(const QString& category, const QString& name);

    void setParameter(const QString& category, const QString& name, const QJsonValue& value);
    // The value OBS uses: the profile's, or its default.
    QString parameter(const QString& category, const QString& name) const;
    // The profile's own value (nullopt when unset), to restore it exactly.
    std::optional<QString> storedParameter(const QString& category, const QString& name) const;

    bool isAdvancedOutput() const;
    QString outputMode() const;
    // The stream's video encoder id in the current output mode.
    QString videoEncoder() const;
    bool simpleUseAdvanced() const;
    QString simpleX264Options() const;
    std::optional<int> simpleVideoBitrate() const;
    double fps() const;
    // What the stream is encoded at: the output size, or Advanced mode's
    // rescale size when that is on.
    QSize streamSize() const;
    QString maskedStreamKey() const;
};
