#include "aws/CredentialSource.h"

QString CredentialSource::displayName(Kind kind)
{
    switch (kind) {
    case None:
        return tr("no credentials");
    case Environment:
        return tr("environment");
    case Keychain:
        return tr("keychain");
    case SessionOnly:
        return tr("this session only");
    case SharedCredentialsFile:
        return tr("shared credentials file");
    case ConfigFile:
        return tr("shared config file");
    case Process:
        return tr("credential process");
    case Sso:
        return tr("IAM Identity Center (SSO)");
    case AssumeRole:
        return tr("assumed role");
    case Demo:
        return tr("built-in demo");
    }
    return {};
}

QString CredentialSource::id(Kind kind)
{
    switch (kind) {
    case None:
        return QStringLiteral("none");
    case Environment:
        return QStringLiteral("env");
    case Keychain:
        return QStringLiteral("keychain");
    case SessionOnly:
        return QStringLiteral("session");
    case SharedCredentialsFile:
        return QStringLiteral("shared-credentials-file");
    case ConfigFile:
        return QStringLiteral("config-file");
    case Process:
        return QStringLiteral("process");
    case Sso:
        return QStringLiteral("sso");
    case AssumeRole:
        return QStringLiteral("role");
    case Demo:
        return QStringLiteral("demo");
    }
    return {};
}
