#pragma once

#include "aws/AwsError.h"
#include "aws/CredentialError.h"
#include "aws/ResolvedCredentials.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class InspectionEngine;
class StsCall;

// "Who am I": the configured profile's credentials, then STS
// GetCallerIdentity with them. The account it finds is remembered by the
// engine, so ARNs of other accounts get a warning. Used by the window's Check
// button and by `ivs-inspector check-credentials`.
class IdentityCheck : public QObject
{
    Q_OBJECT

public:
    explicit IdentityCheck(InspectionEngine* engine, QObject* parent = nullptr);
    ~IdentityCheck() override;

    // region: where to ask STS (empty: the profile's region, else us-east-1).
    void start(const QString& region = QString());

    bool isFinished() const
    {
        return m_finished;
    }
    const ResolvedCredentials& credentials() const
    {
        return m_credentials;
    }
    const CredentialError& credentialError() const
    {
        return m_credentialError;
    }
    // Why no request could be sent: the region or the endpoint is unusable
    // (nothing was sent); endpointSource() says where the endpoint came from.
    QString endpointError() const
    {
        return m_endpointError;
    }
    QString endpointSource() const
    {
        return m_endpointSource;
    }
    // The failed STS call's error.
    const AwsError& error() const
    {
        return m_error;
    }
    QString operation() const
    {
        return QStringLiteral("GetCallerIdentity");
    }
    QUrl url() const
    {
        return m_url;
    }
    QString account() const
    {
        return m_account;
    }
    QString arn() const
    {
        return m_arn;
    }
    QString userId() const
    {
        return m_userId;
    }

signals:
    void finished();

private:
    QPointer<InspectionEngine> m_engine;
    QPointer<StsCall> m_call;
    ResolvedCredentials m_credentials;
    CredentialError m_credentialError;
    AwsError m_error;
    QString m_endpointError;
    QString m_endpointSource;
    QUrl m_url;
    QString m_account;
    QString m_arn;
    QString m_userId;
    bool m_finished = false;

    void ask(const QString& region);
    void onAnswer();
    void finish();
};
