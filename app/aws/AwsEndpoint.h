#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where requests for one AWS service go and how they are signed. The host and
// the signing name may differ: IVS Real-Time's host says "ivsrealtime" but it
// signs as "ivs".
struct AwsEndpoint
{
    QUrl url;
    QString region;
    QString signingName;
    QString source;       // what chose the URL: "default", "--endpoint-url", a variable, a profile
    QStringList warnings; // worth showing, never a reason to refuse
    QString error;        // set when no usable endpoint could be made

    bool isValid() const
    {
        return error.isEmpty() && url.isValid();
    }
};
