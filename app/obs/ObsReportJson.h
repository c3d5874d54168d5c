#pragma once

#include "obs/ObsPreflightReport.h"
#include "obs/ObsSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

// The pre-flight report as JSON with a stable shape (every key always
// present, null when it does not apply), for `obs-check --output json` and
// anyone else who stores or sends it. The stream key appears masked only.
class ObsReportJson
{
    Q_DECLARE_TR_FUNCTIONS(ObsReportJson)

public:
    static QJsonObject build(const ObsSettings& settings, const ObsPreflightReport& report);
    // Member order per path ("" is the top, "settings", "checks[]", ...).
    static QHash<QString, QStringList> memberOrder();
    // What the API could not tell, in plain words.
    static QStringList notReadable(const ObsSettings& settings);

private:
    static QJsonObject settingsJson(const ObsSettings& settings);
};
