#pragma once

#include "aws/CredentialError.h"
#include "aws/ResolvedCredentials.h"

#include <QHash>
#include <QObject>

#include <functional>

class CredentialResolver;

// Credentials of an IAM Identity Center profile (sso_session, or the legacy
// sso_start_url in the profile): the access token `aws sso login` cached, then
// the portal's GetRoleCredentials. An expired or revoked login says to run
// `aws sso login --profile X`.
class SsoCredentialProvider : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ResolvedCredentials& credentials, const CredentialError& error)>;

    explicit SsoCredentialProvider(CredentialResolver* chain);

    void resolve(const QString& name, const QHash<QString, QString>& profile, Done done);

private:
    CredentialResolver* m_chain;
};
