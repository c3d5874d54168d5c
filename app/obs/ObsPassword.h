#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <functional>

// Where the obs-websocket password comes from. A provider is asked once per
// connection, so a keychain entry per profile can be plugged in later
// without touching the client; the command line reads the environment.
class ObsPassword
{
public:
    using Provider = std::function<QString()>;

    static QString environmentVariable()
    {
        return QStringLiteral("OBS_WEBSOCKET_PASSWORD");
    }
    static Provider fromEnvironment(const QProcessEnvironment& env)
    {
        const QString password = env.value(environmentVariable());
        return [password] {
            return password;
        };
    }
    static Provider none()
    {
        return [] {
            return QString();
        };
    }
};
