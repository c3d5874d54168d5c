#include "ui/InspectionPresenter.h"

#include "inspect/Inspection.h"
#include "ui/GoLivePanel.h"
#include "ui/MessageBanner.h"
#include "ui/ResultTabs.h"
#include "ui/ResultView.h"
#include "ui/TimingProbe.h"
#include "ui/WindowSession.h"

InspectionPresenter::InspectionPresenter(WindowSession* session,
                                         ResultTabs* tabs,
                                         MessageBanner* banner,
                                         QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tabs(tabs)
    , m_banner(banner)
{
    connect(session->engine(), &InspectionEngine::warning, this, &InspectionPresenter::showWarning);
    connect(session->engine(), &InspectionEngine::busyChanged, this, &InspectionPresenter::busyChanged);
    connect(tabs, &ResultTabs::viewClosed, this, &InspectionPresenter::cancel);
}

void InspectionPresenter::inspect(const QList<IngestConfigurationArn>& arns)
{
    if (arns.isEmpty()) {
        return;
    }
    m_warnings.clear();
    TimingProbe::instance()->inspectStarted();
    for (const IngestConfigurationArn& arn : arns) {
        forget(arn.toString()); // a refresh replaces what ran before
        m_tabs->viewFor(arn)->setBusy(tr("Getting credentials…"));
    }
    m_tabs->setCurrentWidget(m_tabs->viewFor(arns.first()));
    for (Inspection* inspection : m_session->engine()->inspect(arns)) {
        attach(inspection);
    }
}

void InspectionPresenter::attach(Inspection* inspection)
{
    const QString arn = inspection->arn().toString();
    m_inspections.insert(arn, inspection);
    connect(inspection, &Inspection::progressChanged, this,
            [this, arn](const InspectionProgress& progress) { showProgress(arn, progress); });
    connect(inspection, &Inspection::failed, this, [this, arn](const InspectionFailure& failure) {
        showFailure(arn, failure);
        emit failureShown(arn, failure);
    });
    connect(inspection, &Inspection::configurationReady, this, [this, arn](const IngestConfiguration& configuration) {
        if (ResultView* view = m_tabs->resultFor(arn)) {
            const QDateTime now = QDateTime::currentDateTime();
            view->showResult(configuration, now);
            TimingProbe::instance()->resultShown(view);
            emit shown(arn);
            emit configurationShown(configuration, now);
        }
    });
    connect(inspection, &Inspection::reportReady, this, [this, arn](const GoLiveReport& report) {
        if (ResultView* view = m_tabs->resultFor(arn)) {
            view->goLive()->showReport(report);
        }
    });
    connect(inspection, &Inspection::finished, this, [this, inspection] {
        inspection->deleteLater();
        emit busyChanged(isBusy());
    });
}

void InspectionPresenter::forget(const QString& arn)
{
    QPointer<Inspection> previous = m_inspections.take(arn);
    if (previous) {
        previous->disconnect(this);
        previous->cancel();
        previous->deleteLater();
    }
}

void InspectionPresenter::cancel(const QString& arn)
{
    if (QPointer<Inspection> inspection = m_inspections.value(arn)) {
        inspection->cancel();
    }
}

void InspectionPresenter::cancelAll()
{
    m_session->engine()->cancelAll();
}

bool InspectionPresenter::isBusy() const
{
    for (const QPointer<Inspection>& inspection : m_inspections) {
        if (inspection && !inspection->isFinished()) {
            return true;
        }
    }
    return false;
}

void InspectionPresenter::showProgress(const QString& arn, const InspectionProgress& progress)
{
    ResultView* view = m_tabs->resultFor(arn);
    if (!view) {
        return;
    }
    using Phase = InspectionProgress::Phase;
    switch (progress.phase) {
    case Phase::Credentials:
        view->setBusy(tr("Getting credentials…"));
        break;
    case Phase::WaitingForQuota:
        view->setBusy(tr("Waiting for the request quota (5 a second)…"));
        break;
    case Phase::Sending:
        view->setBusy(tr("Inspecting…"));
        break;
    case Phase::Retrying:
        view->setBusy(
            tr("Retrying (%1 of %2) after: %3…").arg(progress.attempt).arg(progress.maxAttempts).arg(progress.reason));
        break;
    case Phase::Readiness:
        view->goLive()->setWaiting(tr("Reading the stage and its session…"));
        break;
    case Phase::Done:
        break;
    }
}

void InspectionPresenter::showFailure(const QString& arn, const InspectionFailure& failure)
{
    ResultView* view = m_tabs->resultFor(arn);
    if (!view) {
        return;
    }
    if (failure.isCancelled()) {
        view->showCancelled();
        return;
    }
    switch (failure.kind) {
    case InspectionFailure::Kind::Credentials:
        if (failure.credentialError.kind == CredentialError::NoCredentials && m_session->profile().isEmpty()) {
            // The chain's own words give command-line advice; the window has a button.
            view->showProblem(tr("No credentials"),
                              tr("No AWS credentials were found: no profile, no keys in the environment. Add the "
                                 "access key of an IAM user or role that may read this ingest configuration."));
            QPushButton* add = view->banner()->addAction(tr("Add credentials…"));
            add->setObjectName(QStringLiteral("addCredentialsPushButton"));
            connect(add, &QPushButton::clicked, this, &InspectionPresenter::addCredentialsRequested);
            emit credentialsMissing(arn);
            return;
        }
        view->showProblem(tr("No credentials"), failure.credentialError.message);
        return;
    case InspectionFailure::Kind::Endpoint:
        view->showProblem(tr("No usable endpoint"), failure.message);
        return;
    case InspectionFailure::Kind::Request:
        view->showError(failure.error, credentialsHint(failure.credentials));
        return;
    }
}

void InspectionPresenter::showWarning(const QString&, const InspectionWarning& warning)
{
    if (m_warnings.contains(warning.text)) {
        return;
    }
    m_warnings.append(warning.text);
    QString title = tr("Warning");
    switch (warning.kind) {
    case InspectionWarning::Kind::PlainHttp:
        title = tr("Plain HTTP");
        break;
    case InspectionWarning::Kind::ClockSkew:
    case InspectionWarning::Kind::ClockIgnored:
        title = tr("This computer's clock is wrong");
        break;
    case InspectionWarning::Kind::SharedConfig:
        title = tr("Problems in the AWS configuration files");
        break;
    default:
        break;
    }
    QStringList lines;
    for (const QString& text : std::as_const(m_warnings)) {
        lines.append(text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1));
    }
    m_banner->showMessage(MessageBanner::Kind::Warning, title, lines.join(u'\n'));
}

QString InspectionPresenter::credentialsHint(const ResolvedCredentials& credentials) const
{
    const QString who =
        credentials.profile.isEmpty() ? tr("the environment variables") : tr("profile %1").arg(credentials.profile);
    switch (credentials.source) {
    case CredentialSource::Environment:
        return tr("The keys came from the environment (AWS_ACCESS_KEY_ID %1): set fresh ones and restart, or pick a "
                  "profile.")
            .arg(credentials.credentials.accessKeyId);
    case CredentialSource::Keychain:
    case CredentialSource::SessionOnly:
        return tr("The keys came from %1 (%2): update them under Credentials….")
            .arg(who, CredentialSource::displayName(credentials.source));
    case CredentialSource::Sso:
        return tr("The keys came from IAM Identity Center for %1: run \"aws sso login --profile %2\".")
            .arg(who, credentials.profile);
    default:
        return tr("The keys came from %1 (%2): check its settings in the AWS configuration files.")
            .arg(who, CredentialSource::displayName(credentials.source));
    }
}
