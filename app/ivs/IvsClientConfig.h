#pragma once

#include "aws/AwsCredentials.h"
#include "aws/AwsHttpOptions.h"
#include "ivs/IvsEndpoint.h"

// Where and as whom an IvsClient talks to the service.
struct IvsClientConfig
{
    IvsEndpoint endpoint;
    AwsCredentials credentials;
    AwsHttpOptions http;
};
