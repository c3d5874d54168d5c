#include "ui/MainWindow.h"

#include "demo/DemoDataSet.h"
#include "demo/DemoEndpoint.h"
#include "inspect/IdentityCheck.h"
#include "ui/AppSettings.h"
#include "ui/ArnBar.h"
#include "ui/ClipboardGuard.h"
#include "ui/CredentialsDialog.h"
#include "ui/DebugLogDialog.h"
#include "ui/DemoBanner.h"
#include "ui/InspectionPresenter.h"
#include "ui/MessageBanner.h"
#include "ui/PreferencesDialog.h"
#include "ui/ProfileBar.h"
#include "ui/ResultTabs.h"
#include "ui/ResultView.h"
#include "ui/WindowSession.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(SecretStore* keychain, QWidget* parent)
    : QMainWindow(parent)
    , m_session(new WindowSession(keychain, this, this))
    , m_profileBar(new ProfileBar(this))
    , m_arnBar(new ArnBar(this))
    , m_banner(new MessageBanner(this))
    , m_tabs(new ResultTabs(m_session->clipboard(), this))
    , m_presenter(new InspectionPresenter(m_session, m_tabs, m_banner, this))
    , m_demoBanner(new DemoBanner(this))
{
    setWindowTitle(tr("IVS Ingest Inspector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ivs-inspector.svg")));
    m_banner->setObjectName(QStringLiteral("windowMessageBanner"));
    m_banner->clear();
    m_demoBanner->hide();
    arrange();
    buildMenus();
    connectParts();
    m_arnBar->setRecentArns(AppSettings::recentArns());
    setEnvironment(m_session->environment());
    m_arnBar->setText(AppSettings::draftArnText());
    resize(900, 640);
    restoreGeometry(AppSettings::windowGeometry());
    updateBusy();
    m_arnBar->field()->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::arrange()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_profileBar);
    layout->addWidget(m_arnBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    // Keyboard order follows the layout: profile row, ARN row, results.
    setTabOrder(m_profileBar->lastInTabOrder(), m_arnBar->field());
    setTabOrder(m_arnBar->lastInTabOrder(), m_tabs);
}

void MainWindow::connectParts()
{
    ClipboardGuard* clipboard = m_session->clipboard();
    connect(clipboard, &ClipboardGuard::countdown, this, [this](int seconds) {
        statusBar()->showMessage(
            tr("The clipboard holds a stream key; it is cleared in %n second(s).", nullptr, seconds));
    });
    connect(clipboard, &ClipboardGuard::cleared, this,
            [this] { statusBar()->showMessage(tr("The clipboard was cleared."), 5000); });
    connect(m_session->profiles(), &AppProfileStore::profilesChanged, this, &MainWindow::refreshProfiles);
    connect(m_profileBar, &ProfileBar::profileChanged, this, &MainWindow::onProfileChanged);
    connect(m_profileBar, &ProfileBar::manageRequested, this, &MainWindow::openCredentialsDialog);
    connect(m_profileBar, &ProfileBar::checkRequested, this, &MainWindow::checkCredentials);
    connect(m_arnBar, &ArnBar::inspectRequested, this, [this] { inspect(m_arnBar->text()); });
    connect(m_arnBar, &ArnBar::cancelRequested, this, &MainWindow::cancelAll);
    connect(m_arnBar, &ArnBar::textChanged, this, [this](const QString& text) {
        if (!isDemo()) {
            AppSettings::setDraftArnText(text);
        }
    });
    connect(m_tabs, &ResultTabs::refreshRequested, this, [this](const QString& arn) { inspectArns({arn}); });
    connect(m_tabs, &ResultTabs::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_presenter, &InspectionPresenter::busyChanged, this, &MainWindow::updateBusy);
    connect(m_demoBanner, &DemoBanner::leaveRequested, this, &MainWindow::leaveDemo);
    connect(m_presenter, &InspectionPresenter::shown, this, [this](const QString& arn) {
        if (isDemo()) {
            return; // the demo's ARNs are offered anyway, and never remembered
        }
        AppSettings::addRecentArn(arn);
        m_arnBar->setRecentArns(AppSettings::recentArns());
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_credentialsAction = file->addAction(tr("&Credentials…"), this, &MainWindow::openCredentialsDialog);
    file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::openPreferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshCurrent);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    QAction* debugLog = view->addAction(tr("&Debug log…"), this, &MainWindow::openDebugLog);
    debugLog->setObjectName(QStringLiteral("debugLogAction"));
    view->addAction(tr("Go to the &ARN field"), QKeySequence(Qt::CTRL | Qt::Key_L), m_arnBar, &ArnBar::focusField);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_tryDemoAction = help->addAction(tr("&Try the demo"), this, &MainWindow::startDemo);
    m_tryDemoAction->setObjectName(QStringLiteral("tryDemoAction"));
    m_tryDemoAction->setToolTip(tr("See the inspector at work on made-up data, without an AWS account"));
    help->addSeparator();
    help->addAction(tr("&About IVS Ingest Inspector"), this, [this] {
        QMessageBox::about(this, tr("About IVS Ingest Inspector"),
                           tr("<b>IVS Ingest Inspector</b> %1<br>Inspect Amazon IVS Real-Time ingest "
                              "configurations.<br>Qt %2")
                               .arg(QStringLiteral(IVS_VERSION), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::setEnvironment(const QProcessEnvironment& env)
{
    m_session->setEnvironment(env);
    refreshProfiles();
}

void MainWindow::refreshProfiles()
{
    loadProfiles(m_profileBar->picker()->count() > 0 ? m_profileBar->selectedProfile() : AppSettings::lastProfile());
}

void MainWindow::loadProfiles(const QString& select)
{
    CredentialResolver* resolver = m_session->resolver();
    m_profileBar->setProfiles(resolver->listProfiles(), resolver->defaultProfileName(), select);
    onProfileChanged(m_profileBar->selectedProfile());
}

void MainWindow::onProfileChanged(const QString& profile)
{
    if (!isDemo()) {
        AppSettings::setLastProfile(profile);
    }
    m_session->setProfile(profile);
    ResolvedCredentials named;
    named.profile = profile;
    const QString account = m_session->engine()->accountOf(named);
    m_profileBar->setIdentity(account.isEmpty() ? QString() : tr("Account %1").arg(account));
    m_arnBar->setCredentialsAccount(account);
}

QStringList MainWindow::splitArns(const QString& text)
{
    return ArnBar::splitArns(text);
}

void MainWindow::inspect(const QString& arnText)
{
    m_arnBar->setText(arnText);
    inspectArns(splitArns(arnText));
}

void MainWindow::inspectArns(const QStringList& candidates)
{
    QList<IngestConfigurationArn> arns;
    for (const QString& candidate : candidates) {
        const IngestConfigurationArn arn = IngestConfigurationArn::parse(candidate);
        if (!arn.isValid()) {
            return; // the inline check already says why
        }
        arns.append(arn);
    }
    m_presenter->inspect(arns);
    updateBusy();
}

ResultView* MainWindow::resultFor(const QString& arn) const
{
    return m_tabs->resultFor(arn);
}

ResultView* MainWindow::currentResult() const
{
    return m_tabs->currentResult();
}

ClipboardGuard* MainWindow::clipboardGuard() const
{
    return m_session->clipboard();
}

AppProfileStore* MainWindow::profileStore() const
{
    return m_session->profiles();
}

CredentialResolver* MainWindow::resolver() const
{
    return m_session->resolver();
}

bool MainWindow::isBusy() const
{
    return m_presenter->isBusy() || m_session->engine()->isBusy();
}

void MainWindow::updateBusy()
{
    m_arnBar->setBusy(isBusy());
}

void MainWindow::cancelAll()
{
    m_presenter->cancelAll();
    updateBusy();
}

void MainWindow::refreshCurrent()
{
    if (ResultView* view = currentResult()) {
        inspectArns({view->arn().toString()});
    }
}

void MainWindow::checkCredentials()
{
    m_profileBar->setIdentity(tr("Checking…"));
    auto* check = new IdentityCheck(m_session->engine(), this);
    connect(check, &IdentityCheck::finished, this, [this, check] {
        check->deleteLater();
        if (check->credentialError().isError()) {
            m_profileBar->setIdentity(QString());
            m_banner->showMessage(MessageBanner::Kind::Error, tr("No credentials"), check->credentialError().message);
            if (!isDemo()) {
                connect(m_banner->addAction(tr("Try the demo")), &QPushButton::clicked, m_tryDemoAction,
                        &QAction::trigger);
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

void MainWindow::openCredentialsDialog()
{
    CredentialsDialog dialog(m_session->profiles(), m_session->transport(), m_session->environment(), this);
    dialog.exec();
    refreshProfiles();
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_session->applySettings();
    }
}

void MainWindow::openDebugLog()
{
    auto* dialog = new DebugLogDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    cancelAll();
    AppSettings::setWindowGeometry(saveGeometry());
    if (!isDemo()) {
        AppSettings::setDraftArnText(m_arnBar->text());
    }
    event->accept();
}

bool MainWindow::isDemo() const
{
    return m_session->isDemo();
}

void MainWindow::startDemo()
{
    if (isDemo()) {
        return;
    }
    cancelAll();
    if (!m_session->enterDemo()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("The demo could not start"),
                              tr("Its built-in endpoint could not listen on 127.0.0.1."));
        return;
    }
    // Real results stay out of the demo, and the demo's out of real work.
    m_tabs->closeAll();
    m_banner->clear();
    showDemoMode(true);
    m_arnBar->setRecentArns(DemoDataSet::allFeaturedArns());
    inspect(DemoDataSet::featuredArns().join(u' '));
    m_tabs->setCurrentIndex(0);
}

void MainWindow::leaveDemo()
{
    if (!isDemo()) {
        return;
    }
    cancelAll();
    m_tabs->closeAll();
    m_banner->clear();
    m_session->leaveDemo();
    showDemoMode(false);
    m_arnBar->setRecentArns(AppSettings::recentArns());
    m_arnBar->setText(AppSettings::draftArnText());
}

void MainWindow::showDemoMode(bool demo)
{
    setWindowTitle(demo ? tr("IVS Ingest Inspector — Demo") : tr("IVS Ingest Inspector"));
    m_demoBanner->setVisible(demo);
    m_tryDemoAction->setEnabled(!demo);
    m_credentialsAction->setEnabled(!demo);
    m_profileBar->setAutomaticOffered(!demo);
    m_profileBar->setManageEnabled(!demo);
    loadProfiles(demo ? DemoEndpoint::profileName() : AppSettings::lastProfile());
}
