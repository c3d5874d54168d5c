#pragma once

#include "inspect/InspectionFailure.h"
#include "inspect/InspectionWarning.h"
#include "ivs/IngestConfiguration.h"
#include "ivs/IngestConfigurationArn.h"

#include <QDateTime>

#include <QHash>
#include <QObject>
#include <QPointer>

class Inspection;
class MessageBanner;
class ResultTabs;
class ResultView;
class WindowSession;
struct InspectionFailure;
struct InspectionProgress;
struct ResolvedCredentials;

// Shows the engine's inspections in the window: each ARN's progress, result,
// readiness report or failure in its tab, the engine's warnings in the
// window's banner. Closing a tab cancels its inspection; a result that comes
// in later goes nowhere.
class InspectionPresenter : public QObject
{
    Q_OBJECT

public:
    InspectionPresenter(WindowSession* session, ResultTabs* tabs, MessageBanner* banner, QObject* parent = nullptr);

    void inspect(const QList<IngestConfigurationArn>& arns);
    void cancel(const QString& arn);
    void cancelAll();
    bool isBusy() const;

signals:
    void busyChanged(bool busy);
    // A configuration was shown (for the recent ARNs).
    void shown(const QString& arn);
    // Hooks for the overview and the last known views: what was shown, and
    // a failure after it was shown in the tab.
    void configurationShown(const IngestConfiguration& configuration, const QDateTime& at);
    void failureShown(const QString& arn, const InspectionFailure& failure);
    // An inspection found no credentials at all: it is worth trying again
    // once some are added.
    void credentialsMissing(const QString& arn);
    // The user asked to add credentials (from a result's banner).
    void addCredentialsRequested();

private:
    WindowSession* m_session;
    ResultTabs* m_tabs;
    MessageBanner* m_banner;
    QHash<QString, QPointer<Inspection>> m_inspections;
    QStringList m_warnings; // shown together, newest last

    void attach(Inspection* inspection);
    void forget(const QString& arn);
    void showProgress(const QString& arn, const InspectionProgress& progress);
    void showFailure(const QString& arn, const InspectionFailure& failure);
    void showWarning(const QString& arn, const InspectionWarning& warning);
    QString credentialsHint(const ResolvedCredentials& credentials) const;
};
