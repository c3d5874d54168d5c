#pragma once

#include <QCoreApplication>
#include <QString>

// Where a profile's credentials come from, as shown in the profile picker
// and in `ivs-inspector configure list`.
class CredentialSource
{
    Q_DECLARE_TR_FUNCTIONS(CredentialSource)

public:
    enum Kind
    {
        None,                  // a profile with settings but no credentials
        Environment,           // AWS_ACCESS_KEY_ID and friends
        Keychain,              // kept by this app in the OS keychain
        SessionOnly,           // kept by this app in memory, keychain unavailable
        SharedCredentialsFile, // static keys in ~/.aws/credentials
        ConfigFile,            // static keys in ~/.aws/config
        Process,               // credential_process
        Sso,                   // IAM Identity Center
        AssumeRole,            // role_arn with source_profile or credential_source
        Demo,                  // the built-in demo's made-up keys (ivs-inspector --demo)
    };

    static QString displayName(Kind kind);
    // A stable lower-case word for scripts: "keychain", "sso", "role", …
    static QString id(Kind kind);
};
