#pragma once

#include <QString>

// Why no credentials could be had, with the words to show the user.
struct CredentialError
{
    enum Kind
    {
        None,
        ProfileNotFound, // exit 255, as the AWS CLI
        NoCredentials,   // exit 253
        Configuration,   // exit 253: the files say something impossible
        Keychain,        // exit 253
        Process,         // exit 255: credential_process failed
        SsoLogin,        // exit 255: run `aws sso login`
        Sts,             // exit 255: AssumeRole failed
        Cancelled,       // the MFA prompt was dismissed
    };

    Kind kind = None;
    QString message;

    bool isError() const
    {
        return kind != None;
    }
};
