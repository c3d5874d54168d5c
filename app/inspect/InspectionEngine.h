#pragma once

#include "inspect/InspectionSettings.h"
#include "inspect/InspectionWarning.h"
#include "ivs/IngestConfigurationArn.h"
#include "ivs/RequestScheduler.h"
#include "ivs/StageEndpointCache.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSet>

#include <functional>

class AwsHttpCall;
class AwsTransport;
class CredentialResolver;
class Inspection;
struct CredentialError;
struct ResolvedCredentials;

// The one inspection engine under both faces. Given ARNs, it resolves the
// credentials (once per batch), picks each endpoint, sends every IVS call
// through one RequestScheduler (5 a second per account, region and
// operation, shared by everything that talks to IVS) over one transport,
// gathers the readiness report, and reports progress, results and warnings.
// The window and every command-line command are thin clients of it.
class InspectionEngine : public QObject
{
    Q_OBJECT

public:
    InspectionEngine(CredentialResolver* resolver, AwsTransport* transport, QObject* parent = nullptr);
    ~InspectionEngine() override;

    void setSettings(const InspectionSettings& settings);
    const InspectionSettings& settings() const
    {
        return m_settings;
    }
    CredentialResolver* resolver() const
    {
        return m_resolver;
    }
    AwsTransport* transport() const
    {
        return m_transport;
    }
    RequestScheduler* scheduler()
    {
        return &m_scheduler;
    }
    StageEndpointCache* stageCache()
    {
        return &m_stageCache;
    }
    // The account a profile's credentials belong to, learnt by checking them
    // (STS GetCallerIdentity); used for the account-mismatch warning.
    void rememberAccount(const QString& profile, const QString& account);
    QString accountOf(const ResolvedCredentials& credentials) const;

    using CredentialsDone = std::function<void(const ResolvedCredentials& credentials, const CredentialError& error)>;
    // The credentials of the configured profile, as inspections get them
    // (the shared files' problems are reported first, as warnings).
    void resolveCredentials(QObject* context, CredentialsDone done);

    // One inspection per ARN, all started; they belong to the caller.
    QList<Inspection*> inspect(const QList<IngestConfigurationArn>& arns);
    // The same with or without the readiness report, whatever the settings
    // say (a watch needs only the configuration).
    QList<Inspection*> inspect(const QList<IngestConfigurationArn>& arns, bool readiness);
    Inspection* inspect(const IngestConfigurationArn& arn);
    void cancel(const QString& arn);
    void cancelAll();
    bool isBusy() const;
    // Turns what a call learns about the clock into warnings (for calls made
    // outside an inspection, such as checking credentials).
    void watchClock(const QString& arn, AwsHttpCall* call);

signals:
    // arn is empty for warnings about the configuration as a whole.
    void warning(const QString& arn, const InspectionWarning& warning);
    void busyChanged(bool busy);

private:
    friend class Inspection;

    CredentialResolver* m_resolver;
    AwsTransport* m_transport;
    InspectionSettings m_settings;
    RequestScheduler m_scheduler;
    StageEndpointCache m_stageCache;
    QList<QPointer<Inspection>> m_running;
    QHash<QString, QString> m_accounts; // profile -> account
    QSet<QString> m_configWarningsShown;
    bool m_busy = false;

    void warn(const QString& arn, InspectionWarning::Kind kind, const QString& text);
    void warnAboutSharedConfig();
    void updateBusy();
};
