#include "ivs/IvsClient.h"

#include "ivs/GetIngestConfigurationCall.h"
#include "ivs/IvsCall.h"

#include <QSysInfo>

IvsClient::IvsClient(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{
    m_config.http.userAgent = defaultUserAgent();
}

void IvsClient::setConfig(const IvsClientConfig& config)
{
    m_config = config;
    if (m_config.http.userAgent.isEmpty()) {
        m_config.http.userAgent = defaultUserAgent();
    }
}

QByteArray IvsClient::defaultUserAgent()
{
    return QByteArrayLiteral("ivs-inspector/" IVS_VERSION " Qt/") + qVersion() + ' ' + QSysInfo::kernelType().toUtf8() +
           '/' + QSysInfo::currentCpuArchitecture().toUtf8();
}

GetIngestConfigurationCall* IvsClient::getIngestConfiguration(const IngestConfigurationArn& arn)
{
    auto* call = new GetIngestConfigurationCall(arn, this);
    startCall(call);
    return call;
}

IvsCall* IvsClient::call(const QString& operation, const QJsonObject& input)
{
    auto* call = new IvsCall(operation, input, this);
    startCall(call);
    return call;
}

void IvsClient::startCall(IvsCall* call)
{
    call->start(m_nam, m_config);
}
