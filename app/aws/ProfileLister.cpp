#include "aws/ProfileLister.h"

#include "aws/CredentialPrecedence.h"
#include "aws/CredentialResolver.h"
#include "aws/EnvironmentCredentials.h"
#include "aws/KeptProfiles.h"

#include <QSet>

QList<ProfileListing> ProfileLister::list(const CredentialResolver& chain)
{
    QList<ProfileListing> listings;
    if (EnvironmentCredentials::read(chain.environment())) {
        listings.append(
            {QString(), CredentialSource::Environment, chain.regionFor(QString()), tr("environment"), false});
    }
    KeptProfiles* kept = chain.appProfiles();
    // Asked once: the app's profiles live in settings that are slow to ask
    // for each of a big config file's profiles.
    const QStringList keptNames = kept ? kept->names() : QStringList();
    const QSet<QString> keptSet(keptNames.cbegin(), keptNames.cend());
    if (kept) {
        for (const QString& name : keptNames) {
            listings.append({name, kept->sourceOf(name), kept->regionOf(name), kept->storeName(), false});
        }
    }
    const AwsSharedConfig& config = chain.sharedConfig();
    for (const QString& name : config.profileNames()) {
        const CredentialPrecedence::Provider provider = CredentialPrecedence::providerFor(config, name);
        listings.append({name, provider.kind, config.region(name),
                         CredentialPrecedence::location(config, name, provider), keptSet.contains(name)});
    }
    return listings;
}
