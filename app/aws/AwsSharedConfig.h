#pragma once

#include "aws/AwsIniFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// The shared config and credentials files together, as a botocore session
// sees them (Session.full_config): profiles from both files, with the
// credentials file's keys overriding the config file's, plus the config file's
// [sso-session NAME] and [services NAME] sections. Environment variables other
// than the file locations are someone else's business.
class AwsSharedConfig
{
    Q_DECLARE_TR_FUNCTIONS(AwsSharedConfig)

public:
    // Far beyond any real file; a bigger one is refused rather than read
    // into memory.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    // AWS_CONFIG_FILE (else ~/.aws/config) and AWS_SHARED_CREDENTIALS_FILE
    // (else ~/.aws/credentials). A file that does not exist counts as empty.
    static AwsSharedConfig load(const QProcessEnvironment& env);
    static AwsSharedConfig fromText(const QString& configText, const QString& credentialsText);

    // Sorted; profiles from either file.
    QStringList profileNames() const;
    bool hasProfile(const QString& name) const;
    bool inConfigFile(const QString& name) const
    {
        return m_configProfiles.contains(QStringView(name));
    }
    bool inCredentialsFile(const QString& name) const
    {
        return m_credentialsProfiles.contains(QStringView(name));
    }
    // The merged view: config file keys, overridden by credentials file keys.
    // Built when asked for: only the profiles a command uses cost anything.
    QHash<QString, QString> profile(const QString& name) const;
    QHash<QString, QString> configFileProfile(const QString& name) const;
    QHash<QString, QString> credentialsFileProfile(const QString& name) const;
    // One setting of the merged view, without building it.
    QString setting(const QString& profile, QStringView key) const;
    bool configFileHas(const QString& profile, QStringView key) const;
    bool credentialsFileHas(const QString& profile, QStringView key) const;
    QString configFileSetting(const QString& profile, QStringView key) const;
    QString credentialsFileSetting(const QString& profile, QStringView key) const;
    QHash<QString, QString> ssoSession(const QString& name) const;
    // Nested service settings appear as "<serviceKey>.<setting>", for example
    // "ivs_realtime.endpoint_url".
    QHash<QString, QString> services(const QString& name) const;

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
    // What the user should fix, in words, from both files: the first
    // AwsIniFile::MaxProblems of them. problemCount() counts them all.
    QStringList problems() const
    {
        return m_problems;
    }
    int problemCount() const
    {
        return m_problemCount;
    }

private:
    QString m_configPath;
    QString m_credentialsPath;
    AwsIniFile m_config;
    AwsIniFile m_credentials;
    // Names that the files do not hold verbatim (quoted in the section
    // header); the hashes below view into these or into the files' text.
    QStringList m_names;
    QHash<QStringView, qint32> m_configProfiles; // name -> section of the config file
    QHash<QStringView, qint32> m_credentialsProfiles;
    QHash<QStringView, qint32> m_ssoSessions;
    QHash<QStringView, qint32> m_services;
    QStringList m_problems;
    int m_problemCount = 0;

    void addProblems(const AwsIniFile& file);
    void addProblem(const std::function<QString()>& message);
    void readConfigSections(const QString& fileName);
    void readCredentialsSections();
    void checkServicesReferences();
    QStringView nameIn(QStringView section, bool* ok);
};
