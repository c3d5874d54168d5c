#pragma once

#include <QString>

// The non-secret part of a profile the app keeps itself.
struct StoredProfile
{
    QString name;
    QString region;
    bool sessionOnly = false; // held in memory because the keychain could not be used
};
