#pragma once

#include "demo/LoopbackHttpServer.h"

#include <QHash>

// A stand-in for AWS STS (query protocol, XML replies): AssumeRole for the
// roles a test registers, and GetCallerIdentity for every key it knows.
class FakeStsServer : public LoopbackHttpServer
{
    Q_OBJECT

public:
    struct Role
    {
        QString arn;
        QString externalId; // required when set
        QString mfaSerial;  // required with mfaCode when set
        QString mfaCode;
        // What AssumeRole hands out.
        QString accessKeyId;
        QString secretAccessKey;
        QString sessionToken;
        int durationSeconds = 3600;
    };

    explicit FakeStsServer(QObject* parent = nullptr);

    void addRole(const Role& role);
    // Who GetCallerIdentity says a key belongs to.
    void addIdentity(const QString& accessKeyId, const QString& account, const QString& arn);

protected:
    HttpReply handle(const RecordedRequest& request, const SignatureVerifier::Result& auth) override;
    HttpReply refuse(const SignatureVerifier::Result& auth) override;

private:
    struct Identity
    {
        QString account;
        QString arn;
    };
    QHash<QString, Role> m_roles;
    QHash<QString, Identity> m_identities;

    HttpReply assumeRole(const QHash<QString, QString>& form);
    HttpReply callerIdentity(const QString& accessKeyId);
    static HttpReply error(int status, const QString& code, const QString& message);
};
