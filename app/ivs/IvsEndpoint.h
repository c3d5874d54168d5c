#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where requests for one AWS service go and how they are signed. For IVS
// Real-Time the host says "ivsrealtime" but the signing name is "ivs".
struct IvsEndpoint
{
    QUrl url;
    QString region;
    QString signingName = QStringLiteral("ivs");
    QString source;       // what chose the URL: "default", "--endpoint-url", a variable, a profile
    QStringList warnings; // worth showing, never a reason to refuse
    QString error;        // set when no usable endpoint could be made

    bool isValid() const
    {
        return error.isEmpty() && url.isValid();
    }
};
