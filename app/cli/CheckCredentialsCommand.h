#pragma once

#include <QCoreApplication>

class CliSession;

// `ivs-inspector check-credentials [--profile P]`: who the credentials
// belong to (STS GetCallerIdentity), printed as `aws sts
// get-caller-identity` prints it, with where they came from on stderr.
class CheckCredentialsCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCredentialsCommand)

public:
    static int run(CliSession& session);
};
