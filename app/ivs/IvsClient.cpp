#include "ivs/IvsClient.h"

#include "aws/AwsTransport.h"

#include "ivs/GetIngestConfigurationCall.h"
#include "ivs/IvsCall.h"
#include "ivs/IvsPager.h"
#include "ivs/RequestScheduler.h"

#include <QSysInfo>

IvsClient::IvsClient(AwsTransport* transport, RequestScheduler* scheduler, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_scheduler(scheduler)
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
    schedule(call);
    return call;
}

IvsCall* IvsClient::call(const QString& operation, const QJsonObject& input)
{
    auto* call = new IvsCall(operation, input, this);
    schedule(call);
    return call;
}

IvsPager* IvsClient::list(const QString& operation, const QJsonObject& input, const QString& itemsKey)
{
    return new IvsPager(this, operation, input, itemsKey, this);
}

void IvsClient::schedule(IvsCall* call)
{
    const QString key = RequestScheduler::quotaKey(m_config.accountId, m_config.endpoint.region, call->operationName());
    const IvsClientConfig config = m_config;
    QPointer<IvsCall> guard(call);
    QPointer<AwsTransport> transport = m_transport;
    const RequestScheduler::Ticket ticket = m_scheduler->schedule(
        key,
        [guard, transport, config] {
            if (guard && !guard->isFinished()) {
                guard->start(transport, config);
            }
        },
        [guard] {
            if (guard) {
                guard->setWaiting(true);
            }
        });
    // A call cancelled while it waits gives its turn back.
    QPointer<RequestScheduler> scheduler(m_scheduler);
    connect(call, &IvsCall::finished, m_scheduler, [scheduler, ticket] {
        if (scheduler) {
            scheduler->cancel(ticket);
        }
    });
}
