#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where requests go and how they are signed. The host name says
// "ivsrealtime" but the signing name is "ivs" (service model metadata).
struct IvsEndpoint
{
    QUrl url;
    QString region;
    QString signingName = QStringLiteral("ivs");
    QString source;       // what chose the URL: "default", "--endpoint-url", an environment variable
    QStringList warnings; // worth showing, never a reason to refuse
    QString error;        // set when no usable endpoint could be made

    bool isValid() const
    {
        return error.isEmpty() && url.isValid();
    }
};
