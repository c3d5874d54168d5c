#pragma once

#include "aws/AwsCredentials.h"
#include "aws/AwsEndpoint.h"
#include "aws/AwsHttpOptions.h"

// Where and as whom an IvsClient talks to the service.
struct IvsClientConfig
{
    AwsEndpoint endpoint;
    AwsCredentials credentials;
    AwsHttpOptions http;
    // Whose request quota the calls draw on (with the endpoint's region):
    // the account of the resources, or of the credentials.
    QString accountId;
};
