#include "ivs/GetIngestConfigurationCall.h"

GetIngestConfigurationCall::GetIngestConfigurationCall(const IngestConfigurationArn& arn, QObject* parent)
    : IvsCall(QStringLiteral("GetIngestConfiguration"), QJsonObject{{QStringLiteral("arn"), arn.toString()}}, parent)
    , m_arn(arn)
{}

QString GetIngestConfigurationCall::acceptResponse(const QJsonObject& response)
{
    QString problem;
    m_result = IngestConfiguration::fromResponse(response, &problem);
    return problem;
}
