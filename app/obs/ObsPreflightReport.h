#pragma once

#include "obs/ObsCheck.h"

#include <QList>

// The pre-flight verdict over OBS's settings. IVS-safe only when every check
// is ok: a check that could not be read is not safe.
struct ObsPreflightReport
{
    QList<ObsCheck> checks;

    bool ivsSafe() const
    {
        for (const ObsCheck& check : checks) {
            if (check.status != ObsCheck::Status::Ok) {
                return false;
            }
        }
        return !checks.isEmpty();
    }
    const ObsCheck* find(const QString& id) const
    {
        for (const ObsCheck& check : checks) {
            if (check.id == id) {
                return &check;
            }
        }
        return nullptr;
    }
};
