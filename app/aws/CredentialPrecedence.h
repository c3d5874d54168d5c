#pragma once

#include "aws/CredentialSource.h"

#include <QList>
#include <QString>

class AwsSharedConfig;

// The order in which a profile of the shared files gets its credentials:
// botocore's (botocore/credentials.py, create_credential_resolver: the
// assume-role provider, then SSO, the credentials file's keys,
// credential_process, the config file's keys). This one table decides both
// how a profile is resolved (CredentialResolver) and how it is listed
// (ProfileLister), so the two cannot disagree.
class CredentialPrecedence
{
public:
    struct Provider
    {
        CredentialSource::Kind kind = CredentialSource::None;
        // True when the profile's settings select this provider.
        bool (*applies)(const AwsSharedConfig& config, const QString& profile) = nullptr;
        // The settings that select it: the file that holds them is where the
        // profile's credentials come from.
        QStringList keys;
    };

    static const QList<Provider>& providers();
    // The provider that resolves the profile: the first that applies. A
    // profile used as another's source_profile ends the chain with its own
    // keys when it has any (botocore's _resolve_source_credentials), so then
    // the key providers come first. Kind None when nothing applies.
    static Provider providerFor(const AwsSharedConfig& config, const QString& profile, bool asSource = false);
    // The file the profile's credentials come from: the one holding the
    // provider's settings (the credentials file wins, as its keys override).
    static QString location(const AwsSharedConfig& config, const QString& profile, const Provider& provider);

    static bool hasStaticKeys(const QHash<QString, QString>& settings);
};
