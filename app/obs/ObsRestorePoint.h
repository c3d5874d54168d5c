#pragma once

#include "obs/ObsFixPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <optional>

// What "Make OBS IVS-safe" changed in one OBS, kept on disk so the previous
// values can be put back later, from another run: one JSON file per OBS
// address (host and port) under the app's data folder
// (QStandardPaths::AppDataLocation, e.g. ~/.local/share/ivs-inspector/
// ivs-inspector/obs-restore/127.0.0.1-4455.json). Encoder settings only,
// never the stream key or the password.
//
// Fixing twice keeps the oldest value of each setting: the file always
// leads back to OBS as it was before the first fix, not to the first fix.
class ObsRestorePoint
{
    Q_DECLARE_TR_FUNCTIONS(ObsRestorePoint)

public:
    ObsFixPlan applied; // the changes made, oldest values kept; applied.restorePlan() undoes them
    QDateTime savedAt;  // UTC, when the first of them was saved

    static QString path(const QUrl& obsUrl);
    // Adds `plan` to what is kept for this OBS (before applying it: a run
    // that dies half-way still leaves the way back). False, with why, when
    // the file cannot be written.
    static bool record(const QUrl& obsUrl, const ObsFixPlan& plan, QString* problem);
    // Nothing (and no problem) when none is kept; nothing with a problem
    // when the file is unreadable.
    static std::optional<ObsRestorePoint> load(const QUrl& obsUrl, QString* problem);
    static bool remove(const QUrl& obsUrl);
};
