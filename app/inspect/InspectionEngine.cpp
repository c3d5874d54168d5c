#include "inspect/InspectionEngine.h"

#include "aws/AwsHttpCall.h"
#include "aws/CredentialResolver.h"
#include "core/TerminalText.h"
#include "inspect/Inspection.h"

InspectionEngine::InspectionEngine(CredentialResolver* resolver, AwsTransport* transport, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_transport(transport)
{
    connect(&m_scheduler, &RequestScheduler::pendingChanged, this, &InspectionEngine::updateBusy);
}

InspectionEngine::~InspectionEngine()
{
    // Silently: whoever listens may be going away too (a window closing).
    for (const QPointer<Inspection>& inspection : std::as_const(m_running)) {
        if (inspection) {
            inspection->blockSignals(true);
            inspection->cancel();
        }
    }
}

void InspectionEngine::setSettings(const InspectionSettings& settings)
{
    m_settings = settings;
}

void InspectionEngine::rememberAccount(const QString& profile, const QString& account)
{
    m_accounts.insert(profile, account);
}

QString InspectionEngine::accountOf(const ResolvedCredentials& credentials) const
{
    if (!credentials.accountId.isEmpty()) {
        return credentials.accountId;
    }
    return m_accounts.value(credentials.profile);
}

void InspectionEngine::warn(const QString& arn, InspectionWarning::Kind kind, const QString& text)
{
    emit warning(arn, InspectionWarning{kind, text});
}

void InspectionEngine::warnAboutSharedConfig()
{
    // Said once per engine: a broken line does not change between
    // inspections. A flood (a binary file read as a config file) is cut to
    // the first few and a count of the rest.
    const AwsSharedConfig& config = m_resolver->sharedConfig();
    const QStringList problems = config.problems();
    if (problems.isEmpty() || m_configWarningsShown.contains(problems.constFirst())) {
        return;
    }
    m_configWarningsShown.insert(problems.constFirst());
    for (const QString& line : TerminalText::capLines(problems, TerminalText::DefaultMaxLines, config.problemCount())) {
        warn(QString(), InspectionWarning::Kind::SharedConfig, line);
    }
}

void InspectionEngine::resolveCredentials(QObject* context, CredentialsDone done)
{
    warnAboutSharedConfig();
    m_resolver->resolve(m_settings.profile, context, std::move(done));
}

void InspectionEngine::watchClock(const QString& arn, AwsHttpCall* call)
{
    connect(call, &AwsHttpCall::clockSkewCorrected, this, [this, arn](qint64 offsetMs, bool resending) {
        // Signed: a negative offset means this computer's clock is ahead.
        const QString seconds = QString::number(offsetMs / 1000);
        warn(arn, InspectionWarning::Kind::ClockSkew,
             resending ? tr("this computer's clock is off by %1 seconds from AWS's; the refused request was sent "
                            "again with the corrected time. Set the system clock right.")
                             .arg(seconds)
                       : tr("this computer's clock is off by %1 seconds from AWS's; requests are now signed with "
                            "the corrected time. Set the system clock right.")
                             .arg(seconds));
    });
    connect(call, &AwsHttpCall::clockSkewIgnored, this, [this, arn](qint64 claimedMs) {
        warn(arn, InspectionWarning::Kind::ClockIgnored,
             tr("the server's Date header is %n hour(s) away from this computer's clock, more than any wrong clock "
                "explains; it was not used to correct the signing time.",
                nullptr, int(qAbs(claimedMs) / 3600000)));
    });
}

Inspection* InspectionEngine::inspect(const IngestConfigurationArn& arn)
{
    return inspect(QList<IngestConfigurationArn>{arn}).value(0);
}

QList<Inspection*> InspectionEngine::inspect(const QList<IngestConfigurationArn>& arns)
{
    return inspect(arns, m_settings.readiness);
}

QList<Inspection*> InspectionEngine::inspect(const QList<IngestConfigurationArn>& arns, bool readiness)
{
    QList<Inspection*> inspections;
    QList<QPointer<Inspection>> batch;
    for (const IngestConfigurationArn& arn : arns) {
        auto* inspection = new Inspection(arn, this);
        connect(inspection, &Inspection::finished, this, &InspectionEngine::updateBusy);
        inspections.append(inspection);
        batch.append(inspection);
        m_running.append(inspection);
    }
    updateBusy();
    const QProcessEnvironment env = m_resolver->environment();
    InspectionSettings settings = m_settings;
    settings.readiness = readiness;
    resolveCredentials(this,
                       [batch, env, settings](const ResolvedCredentials& credentials, const CredentialError& error) {
                           for (const QPointer<Inspection>& inspection : batch) {
                               if (!inspection) {
                                   continue;
                               }
                               if (error.isError()) {
                                   InspectionFailure failure;
                                   failure.kind = InspectionFailure::Kind::Credentials;
                                   failure.credentialError = error;
                                   inspection->fail(failure);
                               } else {
                                   inspection->begin(credentials, env, settings);
                               }
                           }
                       });
    return inspections;
}

void InspectionEngine::cancel(const QString& arn)
{
    const auto running = m_running;
    for (const QPointer<Inspection>& inspection : running) {
        if (inspection && inspection->arn().toString() == arn) {
            inspection->cancel();
        }
    }
}

void InspectionEngine::cancelAll()
{
    const auto running = m_running;
    for (const QPointer<Inspection>& inspection : running) {
        if (inspection) {
            inspection->cancel();
        }
    }
}

bool InspectionEngine::isBusy() const
{
    for (const QPointer<Inspection>& inspection : m_running) {
        if (inspection && !inspection->isFinished()) {
            return true;
        }
    }
    return false;
}

void InspectionEngine::updateBusy()
{
    m_running.removeIf([](const QPointer<Inspection>& inspection) { return !inspection || inspection->isFinished(); });
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}
