#pragma once

#include "aws/CredentialError.h"
#include "aws/ResolvedCredentials.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class CredentialResolver;

// Credentials of a profile with role_arn: the source credentials (a
// source_profile, resolved through the chain, or credential_source =
// Environment), an MFA code when mfa_serial asks for one, then STS
// AssumeRole with external_id, duration_seconds and role_session_name as
// botocore's AssumeRoleProvider sends them. A chain of source profiles that
// loops is refused before anything is sent.
class AssumeRoleProvider : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ResolvedCredentials& credentials, const CredentialError& error)>;

    explicit AssumeRoleProvider(CredentialResolver* chain);

    // chain: the profiles already on the way to this one (for loops).
    void resolve(const QString& name, const QHash<QString, QString>& profile, QSet<QString> chain, Done done);

private:
    CredentialResolver* m_chain;

    void withSource(const QString& name,
                    const QHash<QString, QString>& profile,
                    const ResolvedCredentials& source,
                    Done done);
    void callAssumeRole(const QString& name,
                        const QHash<QString, QString>& profile,
                        const ResolvedCredentials& source,
                        const QString& mfaCode,
                        Done done);
};
