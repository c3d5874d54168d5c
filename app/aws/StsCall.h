#pragma once

#include "aws/AwsEndpoint.h"
#include "aws/AwsHttpCall.h"

#include <QHash>
#include <QProcessEnvironment>

// One AWS STS query-protocol action (AssumeRole, GetCallerIdentity): a signed
// form POST with an XML reply. On success value("Credentials/AccessKeyId")
// and the like read the elements below <ActionResult>.
class StsCall : public AwsHttpCall
{
    Q_OBJECT

public:
    StsCall(const QString& action, const QList<QPair<QString, QString>>& parameters, QObject* parent = nullptr);

    void start(AwsTransport* transport,
               const AwsEndpoint& endpoint,
               const AwsCredentials& credentials,
               const AwsHttpOptions& options);
    // "Who am I": GetCallerIdentity in the region (us-east-1 when none),
    // through AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL or the profile's endpoint.
    static StsCall* callerIdentity(AwsTransport* transport,
                                   const AwsCredentials& credentials,
                                   const QString& region,
                                   const QProcessEnvironment& env,
                                   const QString& profileEndpoint,
                                   const AwsHttpOptions& options,
                                   QObject* parent);

    QString value(const QString& path) const
    {
        return m_values.value(path);
    }

protected:
    void handleReply(int status, const HttpHeaderList& headers, const QByteArray& body) override;

private:
    QString m_action;
    QList<QPair<QString, QString>> m_parameters;
    QHash<QString, QString> m_values;

    // Leaf elements below the element named rootName, keyed by their path.
    static QHash<QString, QString> readXml(const QByteArray& body, const QString& rootName, QString* problem);
};
