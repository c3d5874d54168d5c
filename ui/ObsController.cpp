#include "ui/ObsController.h"

#include "core/TerminalText.h"
#include "obs/ObsSession.h"
#include "obs/ObsWebSocketClient.h"
#include "secrets/SecretStore.h"
#include "ui/GoLivePanel.h"
#include "ui/ObsPanel.h"
#include "ui/ResultTabs.h"
#include "ui/ResultView.h"
#include "ui/WindowSession.h"

#include <QLocale>
#include <QPointer>

ObsController::ObsController(WindowSession* session, ResultTabs* tabs, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tabs(tabs)
    , m_obs(new ObsSession(this))
    , m_store(session->keychain())
{
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &ObsController::pollStatus);
    // A lost connection (OBS quit) ends everything that used it.
    connect(m_obs->client(), &ObsWebSocketClient::failed, this, [this](const ObsError& error) {
        if (m_connecting) {
            return; // connectTo() reports its own failure
        }
        m_connectionText.clear();
        m_statusTimer.stop();
        emit statusMessage(messageFor(error));
        emit connectionChanged(false);
    });
    connect(m_obs, &ObsSession::streamStateChanged, this, [this] {
        if (!m_streamingArn.isEmpty()) {
            pollStatus();
        }
    });
}

ObsController::~ObsController() = default;

void ObsController::attach(ResultView* view)
{
    auto* panel = new ObsPanel(this, view);
    connect(panel, &ObsPanel::statusMessage, this, &ObsController::statusMessage);
    panel->setProperty("page", QStringLiteral("obs"));
    // Next to "Get it live": the operator's next step after the server and key.
    view->insertPage(1, panel, tr("O&BS"));
}

bool ObsController::isConnected() const
{
    return m_obs->client()->isIdentified();
}

void ObsController::loadConnection(QObject* context, ConnectionLoaded done)
{
    const QString profile = m_session->profile();
    const QUrl url = m_store.url(profile);
    const auto session = m_sessionPasswords.constFind(profile);
    if (session != m_sessionPasswords.cend()) {
        done(url, *session,
             m_session->isDemo() ? QString()
                                 : tr("The password is kept for this session only (the system keychain could not "
                                      "be used)."));
        return;
    }
    if (m_session->isDemo()) {
        done(url, QString(), QString()); // the demo reads and saves nothing
        return;
    }
    m_store.loadPassword(
        profile, context, [done, url](SecretStore::Status status, const QString& password, const QString& message) {
            const bool fine = status == SecretStore::Status::Ok || status == SecretStore::Status::NotFound;
            done(url, password,
                 fine ? QString()
                      : tr("The saved OBS password could not be read: %1").arg(SecretStore::explain(status, message)));
        });
}

void ObsController::connectTo(const QUrl& url, const QString& password, ConnectDone done)
{
    m_obs->close();
    m_connecting = true;
    m_connectionText.clear();
    const quint64 attempt = ++m_attempt;
    m_obs->connectToObs(
        url, [password] { return password; },
        [this, attempt, url, password, done](const ObsError& error) {
            if (attempt != m_attempt) {
                return; // cancelled, or replaced by a newer attempt
            }
            m_connecting = false;
            if (error.isError()) {
                emit connectionChanged(false);
                done(error, QString());
                return;
            }
            onConnected(url, password, done);
        });
}

void ObsController::onConnected(const QUrl& url, const QString& password, const ConnectDone& done)
{
    m_connectionText = tr("Connected to obs-websocket %1 at %2")
                           .arg(TerminalText::sanitize(m_obs->client()->serverVersion()), url.toDisplayString());
    const QString profile = m_session->profile();
    emit connectionChanged(true);
    if (m_session->isDemo()) {
        // Demo mode saves nothing: no settings, nothing in the keychain.
        m_sessionPasswords.insert(profile, password);
        done(ObsError(), QString());
        return;
    }
    m_store.setUrl(profile, url);
    keepPassword(profile, password, done);
}

void ObsController::keepPassword(const QString& profile, const QString& password, const ConnectDone& done)
{
    // Only a password OBS accepted is kept: a typo would otherwise fail the
    // next time too.
    m_store.savePassword(
        profile, password, this, [this, profile, password, done](SecretStore::Status status, const QString& message) {
            if (status == SecretStore::Status::Ok) {
                m_sessionPasswords.remove(profile);
                done(ObsError(), password.isEmpty() ? QString() : tr("Password saved in the system keychain."));
                return;
            }
            m_sessionPasswords.insert(profile, password);
            done(ObsError(), tr("The password is kept for this session only: %1 It is never written to a file; "
                                "type it again after restarting, or make the keychain available.")
                                 .arg(SecretStore::explain(status, message)));
        });
}

void ObsController::cancelConnect()
{
    ++m_attempt;
    m_connecting = false;
    m_obs->close();
    emit connectionChanged(false);
}

void ObsController::disconnectFromObs()
{
    ++m_attempt;
    m_connecting = false;
    stopFollowing();
    m_obs->close();
    m_connectionText.clear();
    emit connectionChanged(false);
}

void ObsController::followStream(const QString& arn)
{
    if (!m_streamingArn.isEmpty() && m_streamingArn != arn) {
        stopFollowing();
    }
    m_streamingArn = arn;
    m_lastStatus = ObsStreamStatus();
    m_statusTimer.start();
    pollStatus();
}

void ObsController::stopFollowing()
{
    m_statusTimer.stop();
    if (ResultView* view = m_tabs->resultFor(m_streamingArn)) {
        view->goLive()->setObsStatus(QString());
    }
    m_streamingArn.clear();
}

void ObsController::pollStatus()
{
    if (!isConnected()) {
        m_statusTimer.stop();
        return;
    }
    m_obs->streamStatus(
        [this, self = QPointer<ObsController>(this)](const ObsStreamStatus& status, const ObsError& error) {
            if (self && !error.isError()) {
                showStatus(status);
            }
        });
}

void ObsController::showStatus(const ObsStreamStatus& status)
{
    m_lastStatus = status;
    if (ResultView* view = m_tabs->resultFor(m_streamingArn)) {
        view->goLive()->setObsStatus(describe(status));
    }
    emit streamStatusChanged(status);
}

QString ObsController::describe(const ObsStreamStatus& status)
{
    if (status.outputReconnecting) {
        return tr("OBS is reconnecting to the server (%1 sent so far).")
            .arg(QLocale().formattedDataSize(status.outputBytes));
    }
    if (!status.outputActive) {
        return tr("OBS is not streaming.");
    }
    // Numbers only, so no plural form is needed: "0 of 1800 frames dropped".
    return tr("OBS is streaming: %1 sent, %2 of %3 frames dropped.")
        .arg(QLocale().formattedDataSize(status.outputBytes), QLocale().toString(status.outputSkippedFrames),
             QLocale().toString(status.outputTotalFrames));
}

QString ObsController::titleFor(const ObsError& error)
{
    switch (error.kind) {
    case ObsError::Kind::NotRunning:
        return tr("OBS is not running");
    case ObsError::Kind::Unreachable:
        return tr("OBS cannot be reached");
    case ObsError::Kind::PasswordRequired:
        return tr("OBS wants a password");
    case ObsError::Kind::WrongPassword:
        return tr("Wrong OBS password");
    case ObsError::Kind::UnsupportedVersion:
        return tr("obs-websocket is too old");
    case ObsError::Kind::ProtocolError:
        return tr("Not obs-websocket 5");
    case ObsError::Kind::Timeout:
        return tr("OBS did not answer");
    case ObsError::Kind::RequestFailed:
        return tr("OBS refused the request");
    case ObsError::Kind::Disconnected:
        return tr("Disconnected from OBS");
    case ObsError::Kind::None:
        break;
    }
    return tr("OBS");
}

QString ObsController::messageFor(const ObsError& error)
{
    if (error.kind == ObsError::Kind::PasswordRequired) {
        return tr("OBS's WebSocket server requires a password and none was given. Copy it from OBS (Tools > "
                  "WebSocket Server Settings > Show Connect Info) into the Password field and connect again.");
    }
    return error.message;
}
