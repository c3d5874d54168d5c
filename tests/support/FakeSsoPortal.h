#pragma once

#include "demo/LoopbackHttpServer.h"

#include <QHash>

// A stand-in for the IAM Identity Center portal's GetRoleCredentials
// (GET /federation/credentials?role_name=…&account_id=…, bearer token in
// x-amz-sso_bearer_token). Unknown or revoked tokens get 401.
class FakeSsoPortal : public LoopbackHttpServer
{
    Q_OBJECT

public:
    struct Grant
    {
        QString accessToken;
        QString accountId;
        QString roleName;
        QString accessKeyId;
        QString secretAccessKey;
        QString sessionToken;
    };

    using LoopbackHttpServer::LoopbackHttpServer;
    void addGrant(const Grant& grant);
    void revoke(const QString& accessToken);

protected:
    HttpReply handle(const RecordedRequest& request, const SignatureVerifier::Result& auth) override;

private:
    QList<Grant> m_grants;
};
