#pragma once

#include "aws/AwsCredentials.h"
#include "aws/CredentialSource.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

// Profiles whose credentials the app keeps itself (in the OS keychain, or in
// memory for one session). The credential chain asks them first, before the
// shared files, so a profile saved in the app wins over a file profile of the
// same name. The keychain layer implements this; the chain only knows this.
class KeptProfiles
{
public:
    // credentials is set on success; otherwise problem says why, in words.
    using Loaded = std::function<void(const std::optional<AwsCredentials>& credentials, const QString& problem)>;

    virtual ~KeptProfiles() = default;

    virtual QStringList names() const = 0;
    virtual bool contains(const QString& name) const = 0;
    virtual QString regionOf(const QString& name) const = 0;
    // Held in memory because the keychain could not be used.
    virtual bool isSessionOnly(const QString& name) const = 0;
    // Where the profile's keys come from, as the picker and `configure list`
    // name it (the built-in demo says so instead of "keychain").
    virtual CredentialSource::Kind sourceOf(const QString& name) const
    {
        return isSessionOnly(name) ? CredentialSource::SessionOnly : CredentialSource::Keychain;
    }
    // Where the secrets are kept, for the profile list: "System keychain".
    virtual QString storeName() const = 0;
    // Calls done once, on context's thread, unless context is gone.
    virtual void loadCredentials(const QString& name, QObject* context, Loaded done) = 0;
};
