#include "ui/CredentialsFlow.h"

#include "inspect/IdentityCheck.h"
#include "ivs/IngestConfigurationArn.h"
#include "ui/ArnBar.h"
#include "ui/CredentialsDialog.h"
#include "ui/MessageBanner.h"
#include "ui/ProfileBar.h"
#include "ui/WindowSession.h"

#include <QAction>
#include <QPushButton>

#include <algorithm>

CredentialsFlow::CredentialsFlow(WindowSession* session,
                                 ProfileBar* profileBar,
                                 ArnBar* arnBar,
                                 MessageBanner* setupBanner,
                                 MessageBanner* banner,
                                 QAction* tryDemo,
                                 QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_profileBar(profileBar)
    , m_arnBar(arnBar)
    , m_setupBanner(setupBanner)
    , m_banner(banner)
    , m_tryDemo(tryDemo)
    , m_window(window)
{}

bool CredentialsFlow::hasAnyCredentials() const
{
    const QList<ProfileListing> listings = m_session->resolver()->listProfiles();
    return std::any_of(listings.begin(), listings.end(),
                       [](const ProfileListing& listing) { return listing.source != CredentialSource::None; });
}

void CredentialsFlow::showNoCredentials()
{
    m_setupBanner->showMessage(MessageBanner::Kind::Warning, tr("No AWS credentials found"), noCredentialsText());
    QPushButton* add = m_setupBanner->addAction(tr("Add crede&ntials…"));
    add->setObjectName(QStringLiteral("addCredentialsPushButton"));
    connect(add, &QPushButton::clicked, this, &CredentialsFlow::addCredentials);
    QPushButton* demo = m_setupBanner->addAction(tr("Try the de&mo"));
    demo->setObjectName(QStringLiteral("tryDemoPushButton"));
    connect(demo, &QPushButton::clicked, this, &CredentialsFlow::demoRequested);
}

// "No profile" is not the whole story when the AWS configuration files are
// there but broken: the first thing to fix is named at once, before any
// inspection reads the files again.
QString CredentialsFlow::noCredentialsText() const
{
    const AwsSharedConfig& files = m_session->resolver()->sharedConfig();
    if (files.problems().isEmpty()) {
        return tr("There is no profile and no access key in the environment. Add the access key of an IAM user or "
                  "role that may read your ingest configurations.");
    }
    return tr("No profile could be read: the AWS configuration files have %n problem(s). The first:\n%1\nFix the "
              "file, or add the access key of an IAM user or role that may read your ingest configurations.",
              nullptr, files.problemCount())
        .arg(files.problems().constFirst());
}

void CredentialsFlow::updateSetupBanner()
{
    if (!hasAnyCredentials()) {
        showNoCredentials();
    } else {
        m_setupBanner->clear();
    }
}

void CredentialsFlow::waitForCredentials(const QString& arn)
{
    if (!m_waitingForCredentials.contains(arn)) {
        m_waitingForCredentials.append(arn);
    }
    showNoCredentials();
}

void CredentialsFlow::addCredentials()
{
    CredentialsDialog dialog(m_session->profiles(), m_session->transport(), m_session->environment(), m_window);
    const QStringList candidates = ArnBar::splitArns(m_arnBar->text());
    const IngestConfigurationArn first = IngestConfigurationArn::parse(candidates.value(0));
    const bool firstProfile = m_session->profiles()->names().isEmpty();
    // The ARN already typed tells the dialog which region to offer.
    dialog.startFirstProfile(firstProfile ? QStringLiteral("default") : QString(),
                             first.isValid() ? first.region() : QString());
    dialog.exec();
    const QString saved = dialog.savedProfile();
    if (saved.isEmpty()) {
        return;
    }
    m_setupBanner->clear();
    emit profileSaved(saved);
    m_profileBar->selectProfile(saved);
    const QStringList again = m_waitingForCredentials;
    m_waitingForCredentials.clear();
    if (!again.isEmpty()) {
        emit inspectAgain(again);
    }
}

void CredentialsFlow::checkCredentials()
{
    m_profileBar->setIdentity(tr("Checking…"));
    auto* check = new IdentityCheck(m_session->engine(), this);
    connect(check, &IdentityCheck::finished, this, [this, check] {
        check->deleteLater();
        if (check->credentialError().isError()) {
            m_profileBar->setIdentity(QString());
            m_banner->showMessage(MessageBanner::Kind::Error, tr("No credentials"), check->credentialError().message);
            if (!m_session->isDemo()) {
                connect(m_banner->addAction(tr("Try the demo")), &QPushButton::clicked, m_tryDemo, &QAction::trigger);
            }
            return;
        }
        if (check->error().isError()) {
            m_profileBar->setIdentity(QString());
            m_banner->showError(check->error());
            return;
        }
        const ResolvedCredentials& credentials = check->credentials();
        m_profileBar->setIdentity(tr("Account %1 · %2").arg(check->account(), check->arn()));
        m_arnBar->setCredentialsAccount(check->account());
        m_banner->showMessage(
            MessageBanner::Kind::Success, tr("Credentials work"),
            tr("%1 (%2) belongs to account %3.")
                .arg(credentials.profile.isEmpty() ? tr("The environment's key") : credentials.profile,
                     CredentialSource::displayName(credentials.source), check->account()),
            check->arn());
    });
    check->start();
}
