#pragma once

#include "obs/ObsParameterChange.h"

#include <QList>
#include <QStringList>

// "Make OBS IVS-safe" as data: the changes to apply, shown to the operator
// first, and the steps the API cannot do (they need OBS's Settings window).
// restorePlan() undoes the changes in reverse order.
struct ObsFixPlan
{
    QList<ObsParameterChange> changes;
    QStringList manualSteps;
    QStringList notes; // what to know before applying, in plain words

    bool isEmpty() const
    {
        return changes.isEmpty();
    }
    ObsFixPlan restorePlan() const
    {
        ObsFixPlan restore;
        for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
            restore.changes.append({it->category, it->name, it->newValue, it->oldValue});
        }
        restore.notes = notes;
        return restore;
    }
};
