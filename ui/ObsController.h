#pragma once

#include "obs/ObsError.h"
#include "obs/ObsStreamStatus.h"
#include "secrets/ObsConnectionStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class ObsSession;
class ResultTabs;
class ResultView;
class WindowSession;

// OBS in the window: one obs-websocket connection for the whole window (an
// operator drives one encoder at a time), its address and password kept per
// AWS profile (ObsConnectionStore: the password in the keychain only; when
// the keychain cannot be used, for this session only, and the operator is
// told), OBS's stream status polled while it streams and shown under the
// "Get it live" headline of the configuration it streams to, and an OBS page
// on every result tab (ObsPanel).
class ObsController : public QObject
{
    Q_OBJECT

public:
    using ConnectDone = std::function<void(const ObsError& error, const QString& passwordNote)>;
    using ConnectionLoaded = std::function<void(const QUrl& url, const QString& password, const QString& note)>;

    ObsController(WindowSession* session, ResultTabs* tabs, QObject* parent = nullptr);
    ~ObsController() override;

    // Gives the view its OBS page.
    void attach(ResultView* view);

    ObsSession* obs() const
    {
        return m_obs;
    }
    WindowSession* session() const
    {
        return m_session;
    }
    bool isConnected() const;
    bool isConnecting() const
    {
        return m_connecting;
    }
    // "OBS 29.0.2 (obs-websocket 5.1.0) at ws://…", or empty when not connected.
    QString connectionText() const
    {
        return m_connectionText;
    }

    // The address and password kept for the current profile.
    void loadConnection(QObject* context, ConnectionLoaded done);
    // Connects; once OBS accepted the password, keeps the address and the
    // password for the current profile.
    void connectTo(const QUrl& url, const QString& password, ConnectDone done);
    void cancelConnect();
    void disconnectFromObs();

    // OBS streams to this configuration from now on: its status goes under
    // that tab's headline, polled every second while the output runs.
    void followStream(const QString& arn);
    void stopFollowing();
    QString streamingArn() const
    {
        return m_streamingArn;
    }
    const ObsStreamStatus& lastStatus() const
    {
        return m_lastStatus;
    }
    // "OBS is streaming: 1.2 MB sent, 3 of 900 frames dropped", "reconnecting", …
    static QString describe(const ObsStreamStatus& status);
    // A banner title for an OBS failure ("OBS is not running", …).
    static QString titleFor(const ObsError& error);
    // The error's message, with window words where the library's speak of
    // the command line (the password comes from the field, not a variable).
    static QString messageFor(const ObsError& error);

signals:
    void connectionChanged(bool connected);
    void streamStatusChanged(const ObsStreamStatus& status);
    void statusMessage(const QString& message);

private:
    WindowSession* m_session;
    ResultTabs* m_tabs;
    ObsSession* m_obs;
    ObsConnectionStore m_store;
    QHash<QString, QString> m_sessionPasswords; // profile -> password, when the keychain failed
    QTimer m_statusTimer;
    ObsStreamStatus m_lastStatus;
    QString m_streamingArn;
    QString m_connectionText;
    bool m_connecting = false;
    quint64 m_attempt = 0;

    void onConnected(const QUrl& url, const QString& password, const ConnectDone& done);
    void keepPassword(const QString& profile, const QString& password, const ConnectDone& done);
    void pollStatus();
    void showStatus(const ObsStreamStatus& status);
};
