#pragma once

#include "demo/DemoProfiles.h"
#include "demo/FakeIvsServer.h"
#include "demo/FakeStsServer.h"

#include <QObject>
#include <QProcessEnvironment>

// The built-in demo (ivs-inspector --demo): the fake IVS and STS endpoints
// the tests use, serving DemoDataSet on 127.0.0.1 (ports picked by the
// system) in this process, the "demo" profile, and the environment that
// points the credential chain and the endpoint resolution at them. Requests
// are signed by the app and every signature is checked by the endpoint, as
// AWS would. Nothing outside the process is read or written.
class DemoEndpoint : public QObject
{
    Q_OBJECT

public:
    explicit DemoEndpoint(QObject* parent = nullptr);

    // Listens on loopback and fills the data set as of `started` (now when
    // invalid). False when no port could be had.
    bool start(const QDateTime& started = QDateTime());

    // For a CredentialResolver: AWS_ENDPOINT_URL_IVS_REALTIME and
    // AWS_ENDPOINT_URL_STS name the endpoints, AWS_PROFILE the demo profile,
    // and the shared config and credentials files are set to none, so the
    // user's ~/.aws is never read.
    QProcessEnvironment environment() const;
    KeptProfiles* profiles()
    {
        return &m_profiles;
    }
    static QString profileName()
    {
        return QString::fromLatin1(DemoProfiles::ProfileName);
    }
    static QString accountId()
    {
        return QString::fromLatin1(FakeIvsServer::AccountId);
    }

    FakeIvsServer* ivs()
    {
        return &m_ivs;
    }
    FakeStsServer* sts()
    {
        return &m_sts;
    }
    IvsDataSet* data()
    {
        return m_ivs.data();
    }

private:
    FakeIvsServer m_ivs;
    FakeStsServer m_sts;
    DemoProfiles m_profiles;
};
