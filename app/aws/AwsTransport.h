#pragma once

#include "aws/ClockSkew.h"
#include "aws/HttpConnectionPool.h"
#include "aws/RetryQuota.h"

#include <QHash>
#include <QObject>

class QUrl;

// What the AWS calls of one face of the app share, and nothing process-wide:
// open connections for reuse, the retry quota, and per endpoint what was
// learnt about its clock. The window and each command-line run own one.
class AwsTransport : public QObject
{
    Q_OBJECT

public:
    explicit AwsTransport(QObject* parent = nullptr);

    HttpConnectionPool* connections()
    {
        return &m_connections;
    }
    RetryQuota& retryQuota()
    {
        return m_retryQuota;
    }
    // The clock of the endpoint (scheme, host and port) the URL names.
    ClockSkew& clockFor(const QUrl& url);

private:
    HttpConnectionPool m_connections;
    RetryQuota m_retryQuota;
    QHash<QString, ClockSkew> m_clocks;
};
