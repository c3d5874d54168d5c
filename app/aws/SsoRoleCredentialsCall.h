#pragma once

#include "aws/AwsHttpCall.h"

// IAM Identity Center's GetRoleCredentials: an unsigned GET to the SSO
// portal with the access token from `aws sso login` in a header.
class SsoRoleCredentialsCall : public AwsHttpCall
{
    Q_OBJECT

public:
    using AwsHttpCall::AwsHttpCall;

    void start(AwsTransport* transport,
               const QUrl& portal,
               const QString& accessToken,
               const QString& accountId,
               const QString& roleName,
               const AwsHttpOptions& options);

    const AwsCredentials& credentials() const
    {
        return m_credentials;
    }
    QDateTime expiration() const
    {
        return m_expiration;
    }

protected:
    void handleReply(int status, const HttpHeaderList& headers, const QByteArray& body) override;

private:
    AwsCredentials m_credentials;
    QDateTime m_expiration;
};
