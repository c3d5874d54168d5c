#pragma once

#include <QString>

// The obs-websocket 5 authentication string, as "Creating an authentication
// string" in obs-websocket's docs/generated/protocol.md describes it:
// base64(sha256(base64(sha256(password + salt)) + challenge)).
class ObsAuthentication
{
public:
    static QString response(const QString& password, const QString& salt, const QString& challenge);
};
