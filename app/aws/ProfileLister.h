#pragma once

#include "aws/ProfileListing.h"

#include <QCoreApplication>
#include <QList>

class CredentialResolver;

// Every profile the chain can use, for the profile picker and `configure
// list`: the environment's keys, the app's own profiles, then each profile of
// the shared files with the kind CredentialPrecedence gives it and the file
// its credentials really come from. Never a secret.
class ProfileLister
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLister)

public:
    static QList<ProfileListing> list(const CredentialResolver& chain);
};
