#include "aws/AwsTransport.h"

#include <QUrl>

AwsTransport::AwsTransport(QObject* parent)
    : QObject(parent)
{}

ClockSkew& AwsTransport::clockFor(const QUrl& url)
{
    return m_clocks[HttpConnectionPool::endpointKey(url)];
}
