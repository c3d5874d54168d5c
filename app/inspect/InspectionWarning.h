#pragma once

#include <QString>

// Something worth telling the user that does not stop the inspection. Both
// faces show exactly these, the command line on stderr, the window in a
// banner, so they cannot disagree.
struct InspectionWarning
{
    enum class Kind
    {
        SharedConfig,    // a line of ~/.aws/config or credentials that the AWS CLI would reject
        RegionMismatch,  // --region differs from the ARN's region
        AccountMismatch, // the credentials belong to another account than the ARN
        PlainHttp,       // signed requests go over plain http:// to another host
        UnknownRegion,   // IVS Real-Time is not known to run there
        ClockSkew,       // this computer's clock is off; requests are signed with the corrected time
        ClockIgnored,    // a server claimed a time too far off to believe
    };

    Kind kind = Kind::SharedConfig;
    QString text; // one sentence or two, already safe to print

    // A stable word for scripts and tests: "shared-config", "region-mismatch", …
    QString id() const;
    bool operator==(const InspectionWarning& other) const
    {
        return kind == other.kind && text == other.text;
    }
};
