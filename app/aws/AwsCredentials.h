#pragma once

#include <QString>
#include <QStringList>

// One set of AWS credentials. The secret and the token are never logged: use
// accessKeyId alone when a credential has to be named in a message.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys

    bool isComplete() const
    {
        return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty();
    }
    // What must never be shown (for Redactor and TerminalText).
    QStringList secrets() const
    {
        return {secretAccessKey, sessionToken};
    }
};
