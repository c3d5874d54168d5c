#pragma once

#include "aws/AwsCredentials.h"
#include "aws/CredentialSource.h"

#include <QDateTime>

// Credentials together with what is known about them.
struct ResolvedCredentials
{
    AwsCredentials credentials;
    QString profile; // empty for the environment
    CredentialSource::Kind source = CredentialSource::None;
    QDateTime expiration; // invalid: does not expire
    QString accountId;    // when the source tells (SSO, role, process, aws_account_id)
    QString region;       // the profile's region, after AWS_REGION / AWS_DEFAULT_REGION
    QString endpointUrl;  // the profile's IVS Real-Time endpoint, if it names one
};
