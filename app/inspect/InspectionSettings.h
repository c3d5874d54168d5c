#pragma once

#include "aws/AwsHttpOptions.h"

#include <QString>

// How an InspectionEngine inspects: as whom, where, and how much.
struct InspectionSettings
{
    QString profile;     // empty: the AWS CLI's default chain
    QString region;      // empty: each ARN's own region
    QString endpointUrl; // an explicit endpoint (--endpoint-url); empty: the usual order
    AwsHttpOptions http;
    // Plain http:// to the endpoint's host is allowed wherever the endpoint
    // comes from (--endpoint-url, AWS_ENDPOINT_URL*, the config file), with a
    // warning. Loopback never needs this.
    bool allowHttpEndpoint = false;
    // Also gather the readiness report (stage, session, participant events).
    bool readiness = true;
};
