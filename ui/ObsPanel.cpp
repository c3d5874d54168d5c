#include "ui/ObsPanel.h"

#include "core/TerminalText.h"
#include "obs/ObsFixPlanner.h"
#include "obs/ObsPreflight.h"
#include "obs/ObsServiceComparison.h"
#include "obs/ObsSession.h"
#include "obs/ObsStreamKey.h"
#include "ui/GoLivePanel.h"
#include "ui/MessageBanner.h"
#include "ui/ObsConfirmation.h"
#include "ui/ObsController.h"
#include "ui/ObsStreamBox.h"
#include "ui/ResultView.h"
#include "ui/SecretLineEdit.h"
#include "ui/WrappingLabel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace
{
QString iconFor(const ObsCheck& check)
{
    switch (check.status) {
    case ObsCheck::Status::Ok:
        return QStringLiteral(":/icons/check-ok.svg");
    case ObsCheck::Status::Problem:
        return QStringLiteral(":/icons/check-problem.svg");
    case ObsCheck::Status::Unknown:
        break;
    }
    return QStringLiteral(":/icons/check-unknown.svg");
}
} // namespace

ObsPanel::ObsPanel(ObsController* controller, ResultView* view)
    : QWidget(view)
    , m_controller(controller)
    , m_view(view)
    , m_banner(new MessageBanner(this))
    , m_address(new QLineEdit(this))
    , m_password(new SecretLineEdit(this))
    , m_connect(new QPushButton(this))
    , m_connection(WrappingLabel::create(QStringLiteral("obsConnectionLabel"), this))
    , m_send(new QPushButton(tr("Send server and ke&y to OBS"), this))
    , m_checks(new QListWidget(this))
    , m_preflightSummary(WrappingLabel::create(QStringLiteral("obsPreflightSummaryLabel"), this))
    , m_recheck(new QPushButton(tr("Check again"), this))
    , m_fix(new QPushButton(tr("&Make OBS IVS-safe…"), this))
    , m_restore(new QPushButton(tr("Restore previo&us settings"), this))
    , m_streamBox(new ObsStreamBox(controller, view, this))
{
    setObjectName(QStringLiteral("obsPanel"));
    m_banner->setObjectName(QStringLiteral("obsMessageBanner"));
    // Everything scrolls, so a small window reaches every control.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("obsScrollArea"));
    scroll->setAccessibleName(tr("OBS"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildContent());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    connect(m_connect, &QPushButton::clicked, this, &ObsPanel::onConnectClicked);
    connect(m_address, &QLineEdit::returnPressed, this, &ObsPanel::onConnectClicked);
    connect(m_password, &QLineEdit::returnPressed, this, &ObsPanel::onConnectClicked);
    connect(m_send, &QPushButton::clicked, this, &ObsPanel::sendToObs);
    connect(m_recheck, &QPushButton::clicked, this, &ObsPanel::runPreflight);
    connect(m_fix, &QPushButton::clicked, this, &ObsPanel::makeIvsSafe);
    connect(m_restore, &QPushButton::clicked, this, &ObsPanel::restore);
    connect(m_controller, &ObsController::connectionChanged, this, &ObsPanel::onConnectionChanged);
    connect(view, &ResultView::summaryChanged, this, &ObsPanel::updateButtons);
    connect(view->goLive(), &GoLivePanel::reportShown, this, &ObsPanel::updateButtons);
    connect(m_streamBox, &ObsStreamBox::message, this,
            [this](MessageBanner::Kind kind, const QString& title, const QString& text) {
                m_banner->showMessage(kind, title, text);
            });
    connect(m_streamBox, &ObsStreamBox::statusMessage, this, &ObsPanel::statusMessage);
    onConnectionChanged(m_controller->isConnected());
}

QWidget* ObsPanel::buildContent()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(buildConnection(content));
    layout->addWidget(buildPreflight(content), 1);
    layout->addWidget(m_streamBox);
    return content;
}

QWidget* ObsPanel::buildConnection(QWidget* parent)
{
    auto* box = new QGroupBox(tr("OBS and where it streams to"), parent);
    box->setObjectName(QStringLiteral("obsConnectionGroupBox"));
    m_address->setObjectName(QStringLiteral("obsAddressLineEdit"));
    m_address->setAccessibleName(tr("OBS WebSocket address"));
    m_address->setPlaceholderText(ObsConnectionStore::defaultUrl().toString());
    m_address->setToolTip(tr("OBS: Tools > WebSocket Server Settings > Show Connect Info"));
    m_password->setObjectName(QStringLiteral("obsPasswordLineEdit"));
    m_password->setAccessibleName(tr("OBS WebSocket password"));
    m_password->setToolTip(tr("Kept in the system keychain for this profile, never in a file."));
    m_connect->setObjectName(QStringLiteral("obsConnectPushButton"));
    m_connection->setAccessibleName(tr("Connection status"));
    auto* form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* addressLabel = new QLabel(tr("Address:"), box);
    addressLabel->setBuddy(m_address);
    auto* passwordLabel = new QLabel(tr("Password:"), box);
    passwordLabel->setBuddy(m_password);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_connect);
    form->addRow(addressLabel, m_address);
    form->addRow(passwordLabel, passwordRow);
    form->addRow(m_connection);
    form->addRow(buildSend(box));
    return box;
}

QWidget* ObsPanel::buildSend(QWidget* parent)
{
    auto* box = new QWidget(parent);
    m_send->setObjectName(QStringLiteral("obsSendPushButton"));
    m_send->setToolTip(tr("Sets OBS's stream service to a custom server with this configuration's server URL and "
                          "stream key. The key goes straight to OBS, never through the clipboard."));
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_send);
    layout->addStretch(1);
    return box;
}

QWidget* ObsPanel::buildPreflight(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Encoder pre-flight"), parent);
    box->setObjectName(QStringLiteral("obsPreflightGroupBox"));
    m_checks->setObjectName(QStringLiteral("obsChecksListWidget"));
    m_checks->setAccessibleName(tr("OBS encoder checks"));
    m_checks->setWordWrap(true);
    m_checks->setResizeMode(QListView::Adjust);
    m_checks->setMinimumHeight(fontMetrics().height() * 5);
    m_preflightSummary->setAccessibleName(tr("Pre-flight summary"));
    m_recheck->setObjectName(QStringLiteral("obsRecheckPushButton"));
    m_fix->setObjectName(QStringLiteral("obsFixPushButton"));
    m_fix->setToolTip(tr("Shows every change first (old → new), then applies it to OBS's current profile."));
    m_restore->setObjectName(QStringLiteral("obsRestorePushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recheck);
    buttons->addWidget(m_fix);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_preflightSummary);
    layout->addWidget(m_checks, 1);
    layout->addLayout(buttons);
    return box;
}

void ObsPanel::loadConnection()
{
    m_controller->loadConnection(this, [this](const QUrl& url, const QString& password, const QString& note) {
        if (m_address->text().isEmpty()) {
            m_address->setText(url.toDisplayString());
        }
        if (m_password->text().isEmpty()) {
            m_password->setText(password);
        }
        if (!note.isEmpty() && !m_controller->isConnected()) {
            m_connection->setText(note);
        }
    });
}

void ObsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        // Not at creation: a tab nobody opens the OBS page of reads no keychain.
        m_loaded = true;
        loadConnection();
    }
    if (m_controller->isConnected() && !m_busy && m_settings.obsVersion.isEmpty()) {
        runPreflight();
    }
}

void ObsPanel::onConnectClicked()
{
    if (m_controller->isConnecting()) {
        m_controller->cancelConnect();
        m_connection->setText(tr("Connecting cancelled."));
        return;
    }
    if (m_controller->isConnected()) {
        m_controller->disconnectFromObs();
        return;
    }
    const QUrl url(m_address->text().trimmed());
    const bool webSocket = url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss");
    if (!url.isValid() || !webSocket || url.host().isEmpty()) {
        m_banner->showMessage(
            MessageBanner::Kind::Error, tr("Not a WebSocket address"),
            tr("%1 is not an obs-websocket address. Use ws://host:port, for OBS on this computer "
               "usually %2 (OBS: Tools > WebSocket Server Settings).")
                .arg(TerminalText::quote(m_address->text()), ObsConnectionStore::defaultUrl().toString()));
        return;
    }
    m_banner->clear();
    m_connection->setText(tr("Connecting to %1…").arg(url.toDisplayString()));
    m_controller->connectTo(url, m_password->text(),
                            [self = QPointer<ObsPanel>(this)](const ObsError& error, const QString& note) {
                                if (!self) {
                                    return;
                                }
                                if (error.isError()) {
                                    self->m_connection->setText(ObsController::titleFor(error));
                                    self->showObsError(error);
                                    return;
                                }
                                self->m_connection->setText(self->m_controller->connectionText() +
                                                            (note.isEmpty() ? QString() : u'\n' + note));
                                self->runPreflight();
                            });
    updateButtons();
}

void ObsPanel::onConnectionChanged(bool connected)
{
    if (connected) {
        m_connection->setText(m_controller->connectionText());
    } else if (!m_controller->isConnecting()) {
        m_settings = ObsSettings();
        m_restorePlan.reset();
        m_checks->clear();
        m_preflightSummary->setText(tr("Connect to OBS to check its encoder settings."));
        if (!m_connection->text().isEmpty() && m_connection->text() == m_controller->connectionText()) {
            m_connection->clear();
        }
    }
    updateButtons();
}

void ObsPanel::updateButtons()
{
    const bool connecting = m_controller->isConnecting();
    const bool connected = m_controller->isConnected();
    m_connect->setText(connecting ? tr("Cancel co&nnecting") : (connected ? tr("Disco&nnect") : tr("Co&nnect")));
    m_address->setEnabled(!connected && !connecting);
    m_password->setEnabled(!connected && !connecting);
    const GoLiveReport* report = m_view ? &m_view->goLive()->report() : nullptr;
    const bool hasTarget = report && !report->server().isEmpty() && !report->configuration.streamKey.isEmpty();
    m_send->setEnabled(connected && hasTarget && !m_busy);
    m_send->setToolTip(hasTarget ? m_send->toolTip() : tr("The configuration and its stage have not been read yet."));
    m_recheck->setEnabled(connected && !m_busy);
    m_fix->setEnabled(connected && !m_busy && !m_settings.obsVersion.isEmpty());
    m_restore->setEnabled(connected && !m_busy && m_restorePlan.has_value());
    m_streamBox->updateButtons();
}

void ObsPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ObsPanel::showObsError(const ObsError& error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, ObsController::titleFor(error), ObsController::messageFor(error));
}

void ObsPanel::sendToObs()
{
    if (!m_view) {
        return;
    }
    const GoLiveReport& report = m_view->goLive()->report();
    const QString server = report.server();
    const QString key = report.configuration.streamKey;
    setBusy(true);
    m_controller->obs()->compareService(
        server, key,
        [self = QPointer<ObsPanel>(this), server, key](const ObsServiceComparison& comparison, const ObsError& error) {
            if (!self) {
                return;
            }
            if (error.isError()) {
                self->setBusy(false);
                self->showObsError(error);
            } else if (comparison.alreadySet()) {
                self->setBusy(false);
                self->m_banner->showMessage(
                    MessageBanner::Kind::Success, tr("Already set"),
                    tr("OBS already streams to %1 with this configuration's stream key.").arg(server));
            } else if (comparison.replacesSomething()) {
                self->confirmReplace(comparison, server, key);
            } else {
                self->setService(server, key);
            }
        });
}

void ObsPanel::confirmReplace(const ObsServiceComparison& comparison, const QString& server, const QString& key)
{
    const QString none = tr("(none)");
    const QString details =
        tr("In OBS now: %1, server %2, stream key %3\nAfter: custom server %4, stream key %5")
            .arg(TerminalText::sanitize(comparison.currentType.isEmpty() ? none : comparison.currentType),
                 TerminalText::quote(comparison.currentServer),
                 comparison.currentKeyMasked.isEmpty() ? none : TerminalText::sanitize(comparison.currentKeyMasked),
                 server, comparison.newKeyMasked);
    ObsConfirmation::ask(this, tr("Replace OBS's stream destination?"),
                         tr("OBS streams to another destination now. Replace it with this configuration's server and "
                            "stream key? (Stream keys are masked.)"),
                         details, tr("Replace"), [self = QPointer<ObsPanel>(this), server, key](bool accepted) {
                             if (!self) {
                                 return;
                             }
                             if (accepted) {
                                 self->setService(server, key);
                                 return;
                             }
                             self->setBusy(false);
                             self->m_banner->showMessage(MessageBanner::Kind::Information, tr("Nothing changed"),
                                                         tr("OBS keeps streaming to its current destination."));
                         });
}

void ObsPanel::setService(const QString& server, const QString& key)
{
    m_controller->obs()->setService(server, key, [self = QPointer<ObsPanel>(this), server, key](const ObsError& error) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (error.isError()) {
            self->showObsError(error);
            return;
        }
        self->m_banner->showMessage(MessageBanner::Kind::Success, tr("Sent to OBS"),
                                    tr("OBS now streams to %1 with the stream key %2. Start streaming below or in OBS.")
                                        .arg(server, ObsStreamKey::mask(key)));
        emit self->statusMessage(tr("Server and stream key sent to OBS."));
    });
}

void ObsPanel::runPreflight()
{
    setBusy(true);
    m_preflightSummary->setText(tr("Reading OBS's settings…"));
    m_controller->obs()->readSettings(
        [self = QPointer<ObsPanel>(this)](const ObsSettings& settings, const ObsError& error) {
            if (!self) {
                return;
            }
            self->setBusy(false);
            if (error.isError()) {
                self->m_preflightSummary->setText(tr("OBS's settings could not be read."));
                self->showObsError(error);
                return;
            }
            self->m_settings = settings;
            self->showPreflight();
            self->updateButtons();
        });
}

QString ObsPanel::markFor(const ObsCheck& check)
{
    // A word and a symbol, not colour alone.
    switch (check.status) {
    case ObsCheck::Status::Ok:
        return tr("✔ OK");
    case ObsCheck::Status::Problem:
        return tr("✘ Problem");
    case ObsCheck::Status::Unknown:
        break;
    }
    return tr("? Cannot be read");
}

QString ObsPanel::checkTitle(const QString& id)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("video-codec"), QT_TR_NOOP("Video codec")},
        {QStringLiteral("b-frames"), QT_TR_NOOP("B-frames")},
        {QStringLiteral("keyframe-interval"), QT_TR_NOOP("Keyframe interval")},
        {QStringLiteral("resolution"), QT_TR_NOOP("Resolution")},
        {QStringLiteral("video-bitrate"), QT_TR_NOOP("Video bitrate")},
        {QStringLiteral("audio-codec"), QT_TR_NOOP("Audio codec")},
        {QStringLiteral("audio-video-present"), QT_TR_NOOP("Audio and video")},
    };
    const auto title = titles.constFind(id);
    return title == titles.cend() ? id : tr(*title);
}

void ObsPanel::showPreflight()
{
    const ObsPreflightReport report = ObsPreflight::run(m_settings);
    m_checks->clear();
    int problems = 0;
    int unreadable = 0;
    for (const ObsCheck& check : report.checks) {
        problems += check.status == ObsCheck::Status::Problem ? 1 : 0;
        unreadable += check.status == ObsCheck::Status::Unknown ? 1 : 0;
        QString text = tr("%1 — %2: %3").arg(markFor(check), checkTitle(check.id), check.detail);
        if (check.status != ObsCheck::Status::Ok && !check.fix.isEmpty()) {
            text += u'\n' + tr("What to do: %1").arg(check.fix);
        }
        auto* item = new QListWidgetItem(QIcon(iconFor(check)), text, m_checks);
        item->setData(Qt::UserRole, check.id);
        item->setData(Qt::AccessibleTextRole, text);
    }
    const QString where =
        tr("OBS %1, %2 output, encoder %3.")
            .arg(TerminalText::sanitize(m_settings.obsVersion), TerminalText::sanitize(m_settings.outputMode()),
                 TerminalText::sanitize(m_settings.videoEncoder()));
    QString verdict;
    if (report.ivsSafe()) {
        verdict = tr("OBS's encoder settings are IVS-safe.");
    } else {
        verdict = tr("Not IVS-safe: %n setting(s) to change", nullptr, problems);
        if (unreadable > 0) {
            verdict +=
                tr("; %n cannot be read through OBS's API: check them in OBS (Settings > Output)", nullptr, unreadable);
        }
        verdict += u'.';
    }
    m_preflightSummary->setText(verdict + u' ' + where);
}

QString ObsPanel::describeChange(const ObsParameterChange& change)
{
    const QString unset = tr("(not set)");
    return tr("%1/%2: %3 → %4")
        .arg(change.category, change.name, TerminalText::sanitize(change.oldValue.value_or(unset)),
             TerminalText::sanitize(change.newValue.value_or(unset)));
}

void ObsPanel::makeIvsSafe()
{
    const ObsFixPlan plan = ObsFixPlanner::plan(m_settings);
    if (plan.isEmpty()) {
        m_banner->showMessage(
            MessageBanner::Kind::Information, tr("Nothing OBS's API can change"),
            plan.manualSteps.isEmpty()
                ? tr("OBS's encoder settings already follow IVS's rules as far as the API can read them.")
                : tr("What is left needs OBS's Settings window:\n%1").arg(plan.manualSteps.join(u'\n')));
        return;
    }
    QStringList lines;
    for (const ObsParameterChange& change : plan.changes) {
        lines.append(describeChange(change));
    }
    if (!plan.manualSteps.isEmpty()) {
        lines.append(tr("Still to do in OBS's Settings window:"));
        lines.append(plan.manualSteps);
    }
    lines.append(plan.notes);
    ObsConfirmation::ask(this, tr("Make OBS IVS-safe?"),
                         tr("%n setting(s) of OBS's current profile will change, from the next stream start. "
                            "\"Restore previous settings\" puts them back.",
                            nullptr, int(plan.changes.size())),
                         lines.join(u'\n'), tr("Change OBS's settings"),
                         [self = QPointer<ObsPanel>(this), plan](bool accepted) {
                             if (self && accepted) {
                                 self->applyFix(plan);
                             }
                         });
}

void ObsPanel::applyFix(const ObsFixPlan& plan)
{
    setBusy(true);
    m_controller->obs()->applyPlan(plan, [self = QPointer<ObsPanel>(this), plan](const ObsError& error) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (error.isError()) {
            // Part of the plan may be applied: restoring puts back all of it.
            self->m_restorePlan = plan.restorePlan();
            self->showObsError(error);
            self->runPreflight();
            return;
        }
        self->m_restorePlan = plan.restorePlan();
        self->m_banner->showMessage(MessageBanner::Kind::Success, tr("OBS is IVS-safe"),
                                    tr("%n setting(s) changed; OBS uses them from the next stream start. "
                                       "\"Restore previous settings\" puts them back.",
                                       nullptr, int(plan.changes.size())));
        self->runPreflight();
    });
}

void ObsPanel::restore()
{
    if (!m_restorePlan) {
        return;
    }
    const ObsFixPlan plan = *m_restorePlan;
    setBusy(true);
    m_controller->obs()->applyPlan(plan, [self = QPointer<ObsPanel>(this)](const ObsError& error) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (error.isError()) {
            self->showObsError(error);
            return;
        }
        self->m_restorePlan.reset();
        self->m_banner->showMessage(MessageBanner::Kind::Success, tr("Previous settings restored"),
                                    tr("OBS has its settings from before \"Make OBS IVS-safe\" again."));
        self->runPreflight();
    });
}
