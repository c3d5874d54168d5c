#include "demo/DemoEndpoint.h"

#include "demo/DemoDataSet.h"

DemoEndpoint::DemoEndpoint(QObject* parent)
    : QObject(parent)
{
    const AwsCredentials keys = DemoProfiles::credentials();
    m_ivs.addKey(keys.accessKeyId, keys.secretAccessKey);
    m_sts.addKey(keys.accessKeyId, keys.secretAccessKey);
    m_sts.addIdentity(keys.accessKeyId, accountId(), QString::fromLatin1(DemoProfiles::UserArn));
}

bool DemoEndpoint::start(const QDateTime& started)
{
    if (!m_ivs.listen() || !m_sts.listen()) {
        return false;
    }
    DemoDataSet::fill(m_ivs.data(), started.isValid() ? started : QDateTime::currentDateTimeUtc());
    return true;
}

QProcessEnvironment DemoEndpoint::environment() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), m_ivs.url().toString());
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_sts.url().toString());
    env.insert(QStringLiteral("AWS_PROFILE"), profileName());
    // Set but empty names no file at all (as in botocore).
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QString());
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QString());
    return env;
}
