#include "demo/DemoProfiles.h"

#include <QMetaObject>
#include <QPointer>

AwsCredentials DemoProfiles::credentials()
{
    return {QString::fromLatin1(AccessKeyId), QString::fromLatin1(SecretAccessKey), QString()};
}

QStringList DemoProfiles::names() const
{
    return {QString::fromLatin1(ProfileName)};
}

bool DemoProfiles::contains(const QString& name) const
{
    return name == QLatin1String(ProfileName);
}

QString DemoProfiles::regionOf(const QString& name) const
{
    return contains(name) ? QString::fromLatin1(Region) : QString();
}

bool DemoProfiles::isSessionOnly(const QString& name) const
{
    return contains(name); // nothing of it is ever saved
}

CredentialSource::Kind DemoProfiles::sourceOf(const QString& name) const
{
    return contains(name) ? CredentialSource::Demo : CredentialSource::None;
}

QString DemoProfiles::storeName() const
{
    return QStringLiteral("built-in demo");
}

void DemoProfiles::loadCredentials(const QString& name, QObject* context, Loaded done)
{
    // Answered later, as the keychain does, so callers see one behaviour.
    const bool known = contains(name);
    QMetaObject::invokeMethod(
        context,
        [done, known, name] {
            if (known) {
                done(credentials(), QString());
            } else {
                done(std::nullopt, QStringLiteral("the demo has no profile %1").arg(name));
            }
        },
        Qt::QueuedConnection);
}
