#pragma once

#include "obs/ObsError.h"
#include "obs/ObsSettings.h"

#include <functional>

class ObsWebSocketClient;
class QObject;

// Reads everything the pre-flight needs in one go: GetVersion,
// GetVideoSettings, GetStreamServiceSettings and the profile parameters.
// obs-websocket answers each request on its own, so they are sent together
// and collected; the first failure fails the whole read.
class ObsSettingsReader
{
public:
    using Done = std::function<void(const ObsSettings& settings, const ObsError& error)>;

    static void read(ObsWebSocketClient* client, QObject* context, Done done);
};
