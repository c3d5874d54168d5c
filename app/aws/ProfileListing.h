#pragma once

#include "aws/CredentialSource.h"

// One row of the profile picker and of `configure list`. Never a secret.
struct ProfileListing
{
    QString name; // empty for the environment's credentials
    CredentialSource::Kind source = CredentialSource::None;
    QString region;
    QString location;      // a file path, "keychain", "environment"
    bool shadowed = false; // an app profile of the same name is used instead
};
