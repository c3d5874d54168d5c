#include "ui/MainWindow.h"

#include "demo/DemoDataSet.h"
#include "demo/DemoEndpoint.h"
#include "inspect/LastKnownStore.h"
#include "ui/AppSettings.h"
#include "ui/ArnBar.h"
#include "ui/ArnSubmission.h"
#include "ui/BrowseDockPlacer.h"
#include "ui/BrowsePanel.h"
#include "ui/ClipboardGuard.h"
#include "ui/ClipboardStatus.h"
#include "ui/CredentialsDialog.h"
#include "ui/CredentialsFlow.h"
#include "ui/DebugLogDialog.h"
#include "ui/DemoBanner.h"
#include "ui/InspectionPresenter.h"
#include "ui/LastKnownPresenter.h"
#include "ui/MessageBanner.h"
#include "ui/ObsController.h"
#include "ui/PreferencesDialog.h"
#include "ui/ProfileBar.h"
#include "ui/ResultNavigation.h"
#include "ui/ResultTabs.h"
#include "ui/ResultView.h"
#include "ui/ResultsOverview.h"
#include "ui/WatchController.h"
#include "ui/WindowGeometry.h"
#include "ui/WindowSession.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(SecretStore* keychain, QWidget* parent)
    : QMainWindow(parent)
    , m_session(new WindowSession(keychain, this, this))
    , m_profileBar(new ProfileBar(this))
    , m_arnBar(new ArnBar(this))
    , m_setupBanner(new MessageBanner(this))
    , m_banner(new MessageBanner(this))
    , m_tabs(new ResultTabs(m_session->clipboard(), this))
    , m_presenter(new InspectionPresenter(m_session, m_tabs, m_banner, this))
    , m_submission(new ArnSubmission(m_session, m_arnBar, m_banner, m_presenter, this))
    , m_lastKnown(new LastKnownStore())
    , m_browse(new BrowsePanel(m_session, m_lastKnown, this))
    , m_browseDock(new QDockWidget(tr("Browse"), this))
    , m_watch(new WatchController(m_session, m_tabs, StateTimeline::defaultPath(), this))
    , m_obs(new ObsController(m_session, m_tabs, this))
    , m_overview(new ResultsOverview(this))
    , m_browsePlacer(new BrowseDockPlacer(this, m_browseDock, m_browse))
    , m_demoBanner(new DemoBanner(this))
{
    setWindowTitle(tr("IVS Ingest Inspector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ivs-inspector.svg")));
    m_banner->setObjectName(QStringLiteral("windowMessageBanner"));
    m_banner->clear();
    m_setupBanner->setObjectName(QStringLiteral("setupMessageBanner"));
    m_setupBanner->clear();
    m_demoBanner->hide();
    arrange();
    buildMenus();
    connectParts();
    m_arnBar->setRecentArns(AppSettings::recentArns());
    setEnvironment(m_session->environment());
    m_arnBar->setText(AppSettings::draftArnText());
    WindowGeometry::restore(this);
    updateBusy();
    m_arnBar->field()->setFocus();
}

MainWindow::~MainWindow()
{
    // The parts go in creation order: nothing may reach the views after this.
    delete m_presenter;
    delete m_browseDock; // before the store it uses
    delete m_lastKnown;
}

void MainWindow::arrange()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_profileBar);
    layout->addWidget(m_setupBanner);
    layout->addWidget(m_arnBar);
    layout->addWidget(m_banner);
    // Issue 13: several ARNs at a glance above their tabs. A splitter, so
    // the overview keeps its rows when a result page asks for more room
    // (a box layout squeezed it to its header on the Watch page), and the
    // user can move the line between them.
    auto* results = new QSplitter(Qt::Vertical, central);
    results->setObjectName(QStringLiteral("resultsSplitter"));
    results->setChildrenCollapsible(false);
    results->addWidget(m_overview);
    results->addWidget(m_tabs);
    results->setStretchFactor(0, 0);
    results->setStretchFactor(1, 1);
    layout->addWidget(results, 1);
    setCentralWidget(central);
    // Keyboard order follows the layout: profile row, ARN row, results.
    setTabOrder(m_profileBar->lastInTabOrder(), m_arnBar->field());
    setTabOrder(m_arnBar->lastInTabOrder(), m_overview);
    setTabOrder(m_overview, m_tabs);
    // Issue 13: the Browse panel, docked, hidden until asked for (View > Browse).
    m_browseDock->setObjectName(QStringLiteral("browseDock"));
    m_browseDock->setWidget(m_browse);
    addDockWidget(Qt::BottomDockWidgetArea, m_browseDock);
    m_browseDock->hide();
}

void MainWindow::connectParts()
{
    new ClipboardStatus(m_session->clipboard(), this);
    connect(m_session->profiles(), &AppProfileStore::profilesChanged, this, &MainWindow::refreshProfiles);
    connect(m_profileBar, &ProfileBar::profileChanged, this, &MainWindow::onProfileChanged);
    connect(m_profileBar, &ProfileBar::manageRequested, this, &MainWindow::openCredentialsDialog);
    m_credentials =
        new CredentialsFlow(m_session, m_profileBar, m_arnBar, m_setupBanner, m_banner, m_tryDemoAction, this);
    connect(m_profileBar, &ProfileBar::checkRequested, m_credentials, &CredentialsFlow::checkCredentials);
    connect(m_credentials, &CredentialsFlow::demoRequested, this, &MainWindow::startDemo);
    connect(m_credentials, &CredentialsFlow::profileSaved, this, &MainWindow::refreshProfiles);
    connect(m_credentials, &CredentialsFlow::inspectAgain, this, &MainWindow::inspectArns);
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
    connect(m_submission, &ArnSubmission::busyChanged, this, &MainWindow::updateBusy);
    connect(m_demoBanner, &DemoBanner::leaveRequested, this, &MainWindow::leaveDemo);
    connect(m_presenter, &InspectionPresenter::shown, this, [this](const QString& arn) {
        if (isDemo()) {
            return; // the demo's ARNs are offered anyway, and never remembered
        }
        AppSettings::addRecentArn(arn);
        m_arnBar->setRecentArns(AppSettings::recentArns());
    });
    connect(m_presenter, &InspectionPresenter::credentialsMissing, m_credentials, &CredentialsFlow::waitForCredentials);
    connect(m_presenter, &InspectionPresenter::addCredentialsRequested, m_credentials,
            &CredentialsFlow::addCredentials);
    connectWatchAndBrowse();
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
    view->addSeparator();
    view->addAction(tr("Go to the &ARN field"), QKeySequence(Qt::CTRL | Qt::Key_L), m_arnBar, &ArnBar::focusField);
    (new ResultNavigation(m_tabs, this))->addTo(view);
    QAction* browse = view->addAction(tr("&Browse configurations…"), QKeySequence(Qt::CTRL | Qt::Key_B), this,
                                      &MainWindow::showBrowse);
    browse->setObjectName(QStringLiteral("browseAction"));
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
    m_credentials->updateSetupBanner();
}

void MainWindow::addCredentials()
{
    m_credentials->addCredentials();
}

void MainWindow::refreshProfiles()
{
    loadProfiles(m_profileBar->picker()->count() > 0 ? m_profileBar->selectedProfile() : AppSettings::lastProfile());
}

void MainWindow::loadProfiles(const QString& select)
{
    CredentialResolver* resolver = m_session->resolver();
    m_session->reloadProfiles();
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
    m_browse->setDefaultRegion(m_submission->lookupRegion());
    m_arnBar->setLookupRegion(m_submission->lookupRegion());
}

QStringList MainWindow::splitArns(const QString& text)
{
    return ArnBar::splitArns(text);
}

void MainWindow::inspect(const QString& arnText)
{
    m_submission->submitText(arnText);
}

void MainWindow::inspectArns(const QStringList& candidates)
{
    m_submission->submit(candidates);
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
    WindowGeometry::save(this);
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
    // Ends with the display name, which X11 and Wayland would otherwise append
    // a second time ("… — Demo — IVS Ingest Inspector").
    setWindowTitle(demo ? tr("Demo — %1").arg(QGuiApplication::applicationDisplayName()) : tr("IVS Ingest Inspector"));
    m_demoBanner->setVisible(demo);
    m_tryDemoAction->setEnabled(!demo);
    m_credentialsAction->setEnabled(!demo);
    m_profileBar->setAutomaticOffered(!demo);
    m_profileBar->setManageEnabled(!demo);
    loadProfiles(demo ? DemoEndpoint::profileName() : AppSettings::lastProfile());
    if (demo || m_credentials->hasAnyCredentials()) {
        m_setupBanner->clear();
    } else {
        m_credentials->showNoCredentials();
    }
}

// Watch and browse (issue 13): the Browse panel opens rows through the usual
// inspect path; the overview follows the tabs; shown configurations are
// remembered for the offline view; every tab gets a Watch page.
void MainWindow::connectWatchAndBrowse()
{
    connect(m_browse, &BrowsePanel::openRequested, this, [this](const QString& arn) { inspectArns({arn}); });
    new LastKnownPresenter(m_lastKnown, m_tabs, m_presenter, this);
    connect(m_tabs, &ResultTabs::viewCreated, m_watch, &WatchController::attach);
    connect(m_watch, &WatchController::refreshed, m_overview, &ResultsOverview::update);
    // OBS (issue 14): every tab gets an OBS page; one connection per window.
    connect(m_tabs, &ResultTabs::viewCreated, m_obs, &ObsController::attach);
    connect(m_obs, &ObsController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_watch, &WatchController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    const auto followTabs = [this] {
        QStringList arns;
        for (ResultView* view : m_tabs->views()) {
            arns.append(view->arn().toString());
        }
        m_overview->setArns(arns);
    };
    connect(m_tabs, &ResultTabs::viewCreated, this, followTabs);
    connect(m_tabs, &ResultTabs::viewClosed, this, followTabs, Qt::QueuedConnection);
    connect(m_presenter, &InspectionPresenter::configurationShown, m_overview, &ResultsOverview::update);
    connect(m_overview, &ResultsOverview::showRequested, this, [this](const QString& arn) {
        if (ResultView* view = m_tabs->resultFor(arn)) {
            m_tabs->setCurrentWidget(view);
        }
    });
}

void MainWindow::showBrowse()
{
    m_browsePlacer->show();
}
