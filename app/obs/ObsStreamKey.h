#pragma once

#include <QString>

// Stream keys are secrets: show only the non-secret rt_<account>_<region>_<id>_
// prefix of an IVS key, and nothing of any other key.
class ObsStreamKey
{
public:
    static QString mask(const QString& key);
};
