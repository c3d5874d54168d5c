#pragma once

#include <QString>

// What OBS streams to now against what would be set, keys masked, so a
// caller can ask before replacing a different server or key.
struct ObsServiceComparison
{
    QString currentType;
    QString currentServer;
    QString currentKeyMasked;
    QString newServer;
    QString newKeyMasked;
    bool sameServer = false;
    bool sameKey = false;

    bool alreadySet() const
    {
        return currentType == QLatin1String("rtmp_custom") && sameServer && sameKey;
    }
    // OBS holds another destination (not just nothing): ask first.
    bool replacesSomething() const
    {
        return !alreadySet() && (!currentServer.isEmpty() || !currentKeyMasked.isEmpty());
    }
};
