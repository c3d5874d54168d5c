#pragma once

#include "aws/AwsIniFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The shared config and credentials files together, as a botocore session
// sees them (Session.full_config): profiles from both files, with the
// credentials file's keys overriding the config file's, plus the config file's
// [sso-session NAME] and [services NAME] sections. Environment variables other
// than the file locations are someone else's business.
class AwsSharedConfig
{
    Q_DECLARE_TR_FUNCTIONS(AwsSharedConfig)

public:
    // AWS_CONFIG_FILE (else ~/.aws/config) and AWS_SHARED_CREDENTIALS_FILE
    // (else ~/.aws/credentials). A file that does not exist counts as empty.
    static AwsSharedConfig load(const QProcessEnvironment& env);
    static AwsSharedConfig fromText(const QString& configText, const QString& credentialsText);

    // Sorted; profiles from either file.
    QStringList profileNames() const;
    bool hasProfile(const QString& name) const;
    // The merged view: config file keys, overridden by credentials file keys.
    QHash<QString, QString> profile(const QString& name) const;
    QHash<QString, QString> configFileProfile(const QString& name) const
    {
        return m_configProfiles.value(name);
    }
    QHash<QString, QString> credentialsFileProfile(const QString& name) const
    {
        return m_credentialsProfiles.value(name);
    }
    QHash<QString, QString> ssoSession(const QString& name) const
    {
        return m_ssoSessions.value(name);
    }
    // Nested service settings appear as "<serviceKey>.<setting>", for example
    // "ivs_realtime.endpoint_url".
    QHash<QString, QString> services(const QString& name) const
    {
        return m_services.value(name);
    }

    // serviceKey is botocore's snake-case service id: "ivs_realtime", "sts", "sso".
    // The profile's services section wins over its own endpoint_url; empty when
    // neither sets one.
    QString endpointUrl(const QString& profile, const QString& serviceKey) const;
    QString region(const QString& profile) const;

    // The files as resolved by load(); empty after fromText().
    QString configPath() const
    {
        return m_configPath;
    }
    QString credentialsPath() const
    {
        return m_credentialsPath;
    }
    // What the user should fix, in words, from both files.
    QStringList problems() const
    {
        return m_problems;
    }

private:
    QString m_configPath;
    QString m_credentialsPath;
    QHash<QString, QHash<QString, QString>> m_configProfiles;
    QHash<QString, QHash<QString, QString>> m_credentialsProfiles;
    QHash<QString, QHash<QString, QString>> m_ssoSessions;
    QHash<QString, QHash<QString, QString>> m_services;
    QStringList m_problems;

    void readConfigSections(const AwsIniFile& config, const QString& fileName);
    void readCredentialsSections(const AwsIniFile& credentials);
    void checkServicesReferences();
};
