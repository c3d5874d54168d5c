#include "ui/MainWindow.h"

#include "aws/CredentialResolver.h"
#include "aws/StsCall.h"
#include "core/AppIdentity.h"
#include "core/AppSettings.h"
#include "ivs/EndpointResolver.h"
#include "ivs/GetIngestConfigurationCall.h"
#include "ivs/GoLiveInspection.h"
#include "ivs/IvsClient.h"
#include "ivs/RateLimiter.h"
#include "secrets/AppProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/ClipboardGuard.h"
#include "ui/CredentialsDialog.h"
#include "ui/DebugLogDialog.h"
#include "ui/GoLivePanel.h"
#include "ui/IngestConfigModel.h"
#include "ui/MessageBanner.h"
#include "ui/PreferencesDialog.h"
#include "ui/ResultView.h"
#include "ui/TimingProbe.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(SecretStore* keychain, QWidget* parent)
    : QMainWindow(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_keychain(keychain ? keychain
                          : new KeychainSecretStore(QString::fromLatin1(AppIdentity::keychainService()), 10000, this))
    , m_profiles(new AppProfileStore(m_keychain, this))
    , m_resolver(new CredentialResolver(m_nam, m_profiles, this))
    , m_limiter(new RateLimiter(5, this))
    , m_clipboard(new ClipboardGuard(this))
    , m_env(QProcessEnvironment::systemEnvironment())
    , m_profileCombo(new QComboBox(this))
    , m_credentialsButton(new QPushButton(tr("C&redentials…"), this))
    , m_checkButton(new QPushButton(tr("C&heck"), this))
    , m_identityLabel(new QLabel(this))
    , m_arnEdit(new QLineEdit(this))
    , m_arnStatus(new QLabel(this))
    , m_inspectButton(new QPushButton(tr("&Inspect"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_busy(new QProgressBar(this))
    , m_banner(new MessageBanner(this))
    , m_results(new QTabWidget(this))
    , m_recentModel(new QStringListModel(AppSettings::recentArns(), this))
    , m_completer(new QCompleter(m_recentModel, this))
{
    setWindowTitle(tr("IVS Ingest Inspector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ivs-inspector.svg")));
    m_banner->setObjectName(QStringLiteral("windowMessageBanner"));
    m_banner->clear();
    m_results->setObjectName(QStringLiteral("resultsTabWidget"));
    m_results->setAccessibleName(tr("Results"));
    m_results->setTabsClosable(true);
    m_results->setDocumentMode(true);
    connect(m_results, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_results->widget(index);
        m_results->removeTab(index);
        page->deleteLater();
    });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(buildCredentialsRow());
    layout->addWidget(buildArnRow());
    layout->addWidget(m_arnStatus);
    layout->addWidget(m_banner);
    layout->addWidget(m_results, 1);
    setCentralWidget(central);
    buildMenus();
    // Keyboard order: profile, credentials, check, ARN, inspect, cancel, results.
    setTabOrder(m_profileCombo, m_credentialsButton);
    setTabOrder(m_credentialsButton, m_checkButton);
    setTabOrder(m_checkButton, m_arnEdit);
    setTabOrder(m_arnEdit, m_inspectButton);
    setTabOrder(m_inspectButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_results);

    m_resolver->setMfaPrompt(
        [this](const QString& profile, const QString& serial, auto answer) { askMfaCode(profile, serial, answer); });
    connect(m_clipboard, &ClipboardGuard::countdown, this, [this](int seconds) {
        statusBar()->showMessage(
            tr("The clipboard holds a stream key; it is cleared in %n second(s).", nullptr, seconds));
    });
    connect(m_clipboard, &ClipboardGuard::cleared, this,
            [this] { statusBar()->showMessage(tr("The clipboard was cleared."), 5000); });
    connect(m_profiles, &AppProfileStore::profilesChanged, this, &MainWindow::refreshProfiles);

    applySettings();
    setEnvironment(m_env);
    m_arnEdit->setText(AppSettings::draftArnText());
    resize(900, 640);
    restoreGeometry(AppSettings::windowGeometry());
    updateBusy();
    onArnEdited();
    m_arnEdit->setFocus();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildCredentialsRow()
{
    auto* row = new QWidget(this);
    auto* label = new QLabel(tr("&Profile:"), row);
    label->setBuddy(m_profileCombo);
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_profileCombo->setAccessibleName(tr("Credentials profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_credentialsButton->setObjectName(QStringLiteral("credentialsPushButton"));
    m_credentialsButton->setAccessibleName(tr("Manage credentials"));
    m_checkButton->setObjectName(QStringLiteral("checkCredentialsPushButton"));
    m_checkButton->setAccessibleName(tr("Check credentials"));
    m_checkButton->setToolTip(tr("Show the account and identity behind this profile"));
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_identityLabel->setAccessibleName(tr("Account of the selected profile"));
    m_identityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onProfileChanged);
    connect(m_credentialsButton, &QPushButton::clicked, this, &MainWindow::openCredentialsDialog);
    connect(m_checkButton, &QPushButton::clicked, this, &MainWindow::checkCredentials);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_profileCombo);
    layout->addWidget(m_credentialsButton);
    layout->addWidget(m_checkButton);
    layout->addWidget(m_identityLabel, 1);
    return row;
}

QWidget* MainWindow::buildArnRow()
{
    auto* row = new QWidget(this);
    auto* label = new QLabel(tr("&ARN:"), row);
    label->setBuddy(m_arnEdit);
    m_arnEdit->setObjectName(QStringLiteral("arnLineEdit"));
    m_arnEdit->setAccessibleName(tr("Ingest configuration ARN"));
    m_arnEdit->setAccessibleDescription(tr("One or more ARNs, separated by spaces or new lines"));
    m_arnEdit->setPlaceholderText(tr("arn:aws:ivs:REGION:ACCOUNT:ingest-configuration/ID"));
    m_arnEdit->setClearButtonEnabled(true);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_arnEdit->setCompleter(m_completer);
    m_arnStatus->setObjectName(QStringLiteral("arnStatusLabel"));
    m_arnStatus->setWordWrap(true);
    m_arnStatus->setAccessibleName(tr("ARN check"));
    m_inspectButton->setObjectName(QStringLiteral("inspectPushButton"));
    m_inspectButton->setAccessibleName(tr("Inspect"));
    m_inspectButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the requests"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_busy->setObjectName(QStringLiteral("busyProgressBar"));
    m_busy->setAccessibleName(tr("Working"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    connect(m_arnEdit, &QLineEdit::textChanged, this, &MainWindow::onArnEdited);
    connect(m_arnEdit, &QLineEdit::returnPressed, this, &MainWindow::onInspect);
    connect(m_inspectButton, &QPushButton::clicked, this, &MainWindow::onInspect);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelAll);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_arnEdit, 1);
    layout->addWidget(m_inspectButton);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_busy);
    return row;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Credentials…"), this, &MainWindow::openCredentialsDialog);
    file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::openPreferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshCurrent);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    QAction* debugLog = view->addAction(tr("&Debug log…"), this, [this] {
        auto* dialog = new DebugLogDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    debugLog->setObjectName(QStringLiteral("debugLogAction"));
    view->addAction(tr("Go to the &ARN field"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] {
        m_arnEdit->setFocus();
        m_arnEdit->selectAll();
    });
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About IVS Ingest Inspector"), this, [this] {
        QMessageBox::about(this, tr("About IVS Ingest Inspector"),
                           tr("<b>IVS Ingest Inspector</b> %1<br>Inspect Amazon IVS Real-Time ingest "
                              "configurations.<br>Qt %2")
                               .arg(QStringLiteral(IVS_VERSION), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::applySettings()
{
    m_clipboard->setClearAfterSeconds(AppSettings::clipboardClearSeconds());
    m_resolver->setHttpOptions(AppSettings::httpOptions());
}

void MainWindow::setEnvironment(const QProcessEnvironment& env)
{
    m_env = env;
    m_resolver->setEnvironment(env);
    refreshProfiles();
}

QString MainWindow::selectedProfile() const
{
    return m_profileCombo->currentData().toString();
}

void MainWindow::refreshProfiles()
{
    const QString previous = m_profileCombo->count() > 0 ? selectedProfile() : AppSettings::lastProfile();
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    bool environment = false;
    for (const ProfileListing& listing : m_resolver->listProfiles()) {
        environment = environment || listing.source == CredentialSource::Environment;
    }
    m_profileCombo->addItem(environment ? tr("Automatic (environment variables)")
                                        : tr("Automatic (%1)").arg(m_resolver->defaultProfileName()),
                            QString());
    for (const ProfileListing& listing : m_resolver->listProfiles()) {
        if (listing.name.isEmpty() || listing.shadowed) {
            continue;
        }
        QString text = tr("%1 — %2").arg(listing.name, CredentialSource::displayName(listing.source));
        if (!listing.region.isEmpty()) {
            text += tr(" · %1").arg(listing.region);
        }
        m_profileCombo->addItem(text, listing.name);
    }
    const int index = m_profileCombo->findData(previous);
    m_profileCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void MainWindow::onProfileChanged()
{
    AppSettings::setLastProfile(selectedProfile());
    const QString account = m_accountOfProfile.value(selectedProfile());
    m_identityLabel->setText(account.isEmpty() ? QString() : tr("Account %1").arg(account));
    onArnEdited();
}

QStringList MainWindow::splitArns(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList arns;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString cleaned = IngestConfigurationArn::clean(part);
        if (!cleaned.isEmpty() && !arns.contains(cleaned)) {
            arns.append(cleaned);
        }
    }
    return arns;
}

void MainWindow::onArnEdited()
{
    AppSettings::setDraftArnText(m_arnEdit->text());
    const QStringList candidates = splitArns(m_arnEdit->text());
    QStringList problems;
    QStringList notes;
    for (int i = 0; i < candidates.size(); ++i) {
        const IngestConfigurationArn arn = IngestConfigurationArn::parse(candidates.at(i));
        if (!arn.isValid()) {
            problems.append(candidates.size() == 1 ? arn.explanation()
                                                   : tr("ARN %1: %2").arg(i + 1).arg(arn.explanation()));
            continue;
        }
        if (!EndpointResolver::knownRegions().contains(arn.region())) {
            notes.append(tr("IVS Real-Time is not known to run in %1.").arg(arn.region()));
        }
        const QString account = m_accountOfProfile.value(selectedProfile());
        if (!account.isEmpty() && account != arn.accountId()) {
            notes.append(tr("These credentials are for account %1, but the ARN is in account %2.")
                             .arg(account, arn.accountId()));
        }
    }
    const bool valid = !candidates.isEmpty() && problems.isEmpty();
    if (candidates.isEmpty()) {
        m_arnStatus->setText(tr("Paste the ARN of an ingest configuration, or several, one per line."));
    } else if (!problems.isEmpty()) {
        m_arnStatus->setText(tr("Cannot inspect yet: %1").arg(problems.join(QStringLiteral(" "))));
    } else if (candidates.size() == 1) {
        const IngestConfigurationArn arn = IngestConfigurationArn::parse(candidates.first());
        m_arnStatus->setText(tr("Region %1 · account %2").arg(arn.region(), arn.accountId()));
    } else {
        m_arnStatus->setText(
            tr("%n ARNs, each inspected in its own tab.", nullptr, static_cast<int>(candidates.size())));
    }
    if (!notes.isEmpty()) {
        m_arnStatus->setText(m_arnStatus->text() + u' ' + tr("Note: %1").arg(notes.join(u' ')));
    }
    m_inspectButton->setEnabled(valid);
}

void MainWindow::onInspect()
{
    inspect(m_arnEdit->text());
}

void MainWindow::inspect(const QString& arnText)
{
    if (m_arnEdit->text() != arnText) {
        m_arnEdit->setText(arnText);
    }
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
    if (arns.isEmpty()) {
        return;
    }
    TimingProbe::instance()->inspectStarted();
    for (const IngestConfigurationArn& arn : arns) {
        viewFor(arn)->setBusy(tr("Getting credentials…"));
    }
    m_results->setCurrentWidget(viewFor(arns.first()));
    ++m_waitingForCredentials;
    updateBusy();
    const int generation = m_generation;
    m_resolver->resolve(selectedProfile(), this,
                        [this, arns, generation](const ResolvedCredentials& credentials, const CredentialError& error) {
                            --m_waitingForCredentials;
                            updateBusy();
                            if (generation != m_generation) {
                                return;
                            }
                            for (const IngestConfigurationArn& arn : arns) {
                                if (error.isError()) {
                                    viewFor(arn)->showProblem(tr("No credentials"), error.message);
                                } else {
                                    startCall(arn, credentials, generation);
                                }
                            }
                        });
}

ResultView* MainWindow::resultFor(const QString& arn) const
{
    for (int i = 0; i < m_results->count(); ++i) {
        auto* view = qobject_cast<ResultView*>(m_results->widget(i));
        if (view && view->arn().toString() == arn) {
            return view;
        }
    }
    return nullptr;
}

ResultView* MainWindow::currentResult() const
{
    return qobject_cast<ResultView*>(m_results->currentWidget());
}

ResultView* MainWindow::viewFor(const IngestConfigurationArn& arn)
{
    if (ResultView* existing = resultFor(arn.toString())) {
        return existing;
    }
    auto* view = new ResultView(arn, m_clipboard, m_results);
    connect(view, &ResultView::refreshRequested, this, [this, view] { inspectArns({view->arn().toString()}); });
    connect(view, &ResultView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    m_results->addTab(view, arn.resourceId());
    m_results->setTabToolTip(m_results->indexOf(view), arn.toString());
    return view;
}

QString MainWindow::budgetKey(const IngestConfigurationArn& arn)
{
    // IVS's request quota is per account and region.
    return arn.accountId() + u'/' + arn.region();
}

IvsClientConfig MainWindow::clientConfig(const IngestConfigurationArn& arn,
                                         const ResolvedCredentials& credentials) const
{
    IvsClientConfig config;
    config.endpoint = EndpointResolver::resolve(arn.region(), QString(), m_env, credentials.endpointUrl);
    config.credentials = credentials.credentials;
    config.http = AppSettings::httpOptions();
    return config;
}

void MainWindow::startCall(const IngestConfigurationArn& arn, const ResolvedCredentials& credentials, int generation)
{
    viewFor(arn)->setBusy(tr("Waiting for the request budget…"));
    // IVS allows 5 Get requests a second per account and region.
    m_limiter->schedule(budgetKey(arn), [this, arn, credentials, generation] {
        if (generation != m_generation) {
            return;
        }
        const IvsClientConfig config = clientConfig(arn, credentials);
        if (config.endpoint.url.scheme() == QLatin1String("http") &&
            !AwsHttpCall::isLoopbackHost(config.endpoint.url.host()) &&
            config.http.allowedHttpHosts.contains(config.endpoint.url.host(), Qt::CaseInsensitive)) {
            m_banner->showMessage(MessageBanner::Kind::Warning, tr("Plain HTTP"),
                                  tr("Requests to %1 go over plain http://, as allowed in Preferences: anyone on the "
                                     "network can read them.")
                                      .arg(config.endpoint.url.host()));
        }
        auto* call = new GetIngestConfigurationCall(arn, this);
        m_calls.append(call);
        connect(call, &AwsHttpCall::finished, this, [this, call, credentials] { onCallFinished(call, credentials); });
        connect(
            call, &AwsHttpCall::retrying, this, [this, arn](int attempt, int maxAttempts, int, const QString& reason) {
                viewFor(arn)->setBusy(tr("Retrying (%1 of %2) after: %3…").arg(attempt).arg(maxAttempts).arg(reason));
            });
        connect(call, &AwsHttpCall::clockSkewCorrected, this, [this](qint64 offsetMs) {
            m_banner->showMessage(MessageBanner::Kind::Warning, tr("This computer's clock is wrong"),
                                  tr("It is off by %1 from AWS's clock. Requests are now signed with the corrected "
                                     "time, but other tools will fail: set the system clock right.")
                                      .arg(describeOffset(offsetMs)));
        });
        viewFor(arn)->setBusy(tr("Inspecting…"));
        call->start(m_nam, config);
        updateBusy();
    });
}

void MainWindow::onCallFinished(GetIngestConfigurationCall* call, const ResolvedCredentials& credentials)
{
    m_calls.removeAll(call);
    call->deleteLater();
    updateBusy();
    ResultView* view = viewFor(call->arn());
    if (call->error().isError()) {
        view->showError(call->error(), credentialsHint(credentials));
        return;
    }
    view->showResult(*call->result(), QDateTime::currentDateTime());
    TimingProbe::instance()->resultShown(view);
    AppSettings::addRecentArn(call->arn().toString());
    m_recentModel->setStringList(AppSettings::recentArns());
    startGoLive(call->arn(), *call->result(), credentials);
}

void MainWindow::startGoLive(const IngestConfigurationArn& arn,
                             const IngestConfiguration& configuration,
                             const ResolvedCredentials& credentials)
{
    auto* inspection = new GoLiveInspection(m_nam, clientConfig(arn, credentials), configuration, this);
    // The follow-up calls share the 5-per-second budget with everything else.
    const QString key = budgetKey(arn);
    inspection->setScheduler([this, key](std::function<void()> start) { m_limiter->schedule(key, std::move(start)); });
    m_inspections.append(inspection);
    viewFor(arn)->goLive()->setWaiting(tr("Reading the stage and its session…"));
    connect(inspection, &GoLiveInspection::finished, this, [this, inspection, arn] {
        m_inspections.removeAll(inspection);
        inspection->deleteLater();
        if (ResultView* view = resultFor(arn.toString())) {
            view->goLive()->showReport(inspection->report());
        }
        updateBusy();
    });
    inspection->start();
    updateBusy();
}

QString MainWindow::credentialsHint(const ResolvedCredentials& credentials) const
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

bool MainWindow::isBusy() const
{
    return !m_calls.isEmpty() || !m_inspections.isEmpty() || m_waitingForCredentials > 0 || m_limiter->pending() > 0;
}

void MainWindow::updateBusy()
{
    m_calls.removeAll(nullptr);
    m_inspections.removeAll(nullptr);
    const bool busy = isBusy();
    m_busy->setVisible(busy);
    m_cancelButton->setEnabled(busy);
}

QString MainWindow::describeOffset(qint64 offsetMs)
{
    const qint64 minutes = qAbs(offsetMs) / 60000;
    const QString amount = minutes >= 120 ? tr("%n hour(s)", nullptr, static_cast<int>(minutes / 60))
                                          : tr("%n minute(s)", nullptr, static_cast<int>(minutes));
    return offsetMs > 0 ? tr("%1 (it is behind)").arg(amount) : tr("%1 (it is ahead)").arg(amount);
}

void MainWindow::cancelAll()
{
    ++m_generation; // work scheduled before this is dropped when it comes up
    const auto calls = m_calls;
    for (const QPointer<GetIngestConfigurationCall>& call : calls) {
        if (call) {
            call->cancel();
        }
    }
    const auto inspections = m_inspections;
    for (const QPointer<GoLiveInspection>& inspection : inspections) {
        if (inspection) {
            inspection->cancel();
        }
    }
    for (int i = 0; i < m_results->count(); ++i) {
        auto* view = qobject_cast<ResultView*>(m_results->widget(i));
        if (view && !view->model()->hasConfiguration() && !view->banner()->isVisible()) {
            view->showProblem(tr("Cancelled"), tr("The request was cancelled before it finished."));
        }
    }
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
    const QString profile = selectedProfile();
    m_identityLabel->setText(tr("Checking…"));
    m_resolver->resolve(
        profile, this, [this, profile](const ResolvedCredentials& credentials, const CredentialError& error) {
            if (error.isError()) {
                m_identityLabel->clear();
                m_banner->showMessage(MessageBanner::Kind::Error, tr("No credentials"), error.message);
                return;
            }
            auto* call = StsCall::callerIdentity(
                m_nam, credentials.credentials, credentials.region, m_env,
                profile.isEmpty() ? QString() : m_resolver->sharedConfig().endpointUrl(profile, QStringLiteral("sts")),
                AppSettings::httpOptions(), this);
            connect(call, &AwsHttpCall::finished, this, [this, call, profile, credentials] {
                call->deleteLater();
                if (call->error().isError()) {
                    m_identityLabel->clear();
                    m_banner->showError(call->error());
                    return;
                }
                const QString account = call->value(QStringLiteral("Account"));
                m_accountOfProfile.insert(profile, account);
                m_identityLabel->setText(tr("Account %1 · %2").arg(account, call->value(QStringLiteral("Arn"))));
                m_banner->showMessage(
                    MessageBanner::Kind::Success, tr("Credentials work"),
                    tr("%1 (%2) belongs to account %3.")
                        .arg(credentials.profile.isEmpty() ? tr("The environment's key") : credentials.profile,
                             CredentialSource::displayName(credentials.source), account),
                    call->value(QStringLiteral("Arn")));
                onArnEdited();
            });
        });
}

void MainWindow::askMfaCode(const QString& profile,
                            const QString& serial,
                            std::function<void(std::optional<QString>)> answer)
{
    bool ok = false;
    const QString code = QInputDialog::getText(
        this, tr("MFA code"), tr("Profile %1 needs a code from the MFA device %2:").arg(profile, serial),
        QLineEdit::Normal, QString(), &ok);
    answer(ok ? std::optional<QString>(code) : std::nullopt);
}

void MainWindow::openCredentialsDialog()
{
    CredentialsDialog dialog(m_profiles, m_nam, m_env, this);
    dialog.exec();
    refreshProfiles();
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        applySettings();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    cancelAll();
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setDraftArnText(m_arnEdit->text());
    event->accept();
}
