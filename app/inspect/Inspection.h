#pragma once

#include "aws/AwsEndpoint.h"
#include "inspect/InspectionFailure.h"
#include "inspect/InspectionProgress.h"
#include "inspect/InspectionSettings.h"
#include "ivs/GoLiveReport.h"
#include "ivs/IngestConfigurationArn.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <optional>

class GetIngestConfigurationCall;
class GoLiveInspection;
class InspectionEngine;
class IvsClient;

// One ARN on its way from text to result: endpoint, GetIngestConfiguration
// (waiting for the quota, retried as needed), then, when asked, the readiness
// report. Made by InspectionEngine, which hands it the credentials; belongs
// to whoever asked for it (parented to the engine until then).
class Inspection : public QObject
{
    Q_OBJECT

public:
    Inspection(const IngestConfigurationArn& arn, InspectionEngine* engine);
    ~Inspection() override;

    const IngestConfigurationArn& arn() const
    {
        return m_arn;
    }
    bool isFinished() const
    {
        return m_finished;
    }
    const InspectionProgress& progress() const
    {
        return m_progress;
    }
    const std::optional<IngestConfiguration>& configuration() const
    {
        return m_configuration;
    }
    const std::optional<GoLiveReport>& report() const
    {
        return m_report;
    }
    const std::optional<InspectionFailure>& failure() const
    {
        return m_failure;
    }
    // The credentials used, when they were found (never shown).
    const ResolvedCredentials& credentials() const
    {
        return m_credentials;
    }
    void cancel();

signals:
    void progressChanged(const InspectionProgress& progress);
    void configurationReady(const IngestConfiguration& configuration);
    void reportReady(const GoLiveReport& report);
    void failed(const InspectionFailure& failure);
    void finished();

private:
    friend class InspectionEngine;

    IngestConfigurationArn m_arn;
    QPointer<InspectionEngine> m_engine;
    InspectionSettings m_settings;
    ResolvedCredentials m_credentials;
    InspectionProgress m_progress;
    IvsClient* m_client = nullptr;
    QPointer<GetIngestConfigurationCall> m_call;
    QPointer<GoLiveInspection> m_goLive;
    std::optional<IngestConfiguration> m_configuration;
    std::optional<GoLiveReport> m_report;
    std::optional<InspectionFailure> m_failure;
    bool m_finished = false;

    void
    begin(const ResolvedCredentials& credentials, const QProcessEnvironment& env, const InspectionSettings& settings);
    void fail(const InspectionFailure& failure);
    bool prepareClient(const QProcessEnvironment& env);
    void warnAbout(const AwsEndpoint& endpoint);
    void request();
    void onConfiguration();
    void startReadiness();
    void setPhase(InspectionProgress::Phase phase);
    void finish();
};
