#pragma once

#include <QString>

// One line of the readiness checklist.
struct ReadinessCheck
{
    QString id; // stable, for scripts: "stage-associated", "stage-exists", …
    bool ok = false;
    bool blocking = true; // a failed blocking check makes the configuration unusable
    QString detail;       // plain words: what is so, and what to do about it
    // False when the answer could not be read (a call failed): unknown is not
    // ok, and an unknown blocking check means "not ready".
    bool known = true;
};
