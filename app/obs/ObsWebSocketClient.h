#pragma once

#include "obs/ObsError.h"
#include "obs/ObsReply.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

// An obs-websocket 5 client (RPC version 1), after obs-websocket's
// docs/generated/protocol.md: Hello (op 0), Identify (op 1) with the
// authentication string, Identified (op 2), then requests (op 6) answered
// asynchronously by RequestResponse (op 7), and events (op 5).
//
// Every step has a timeout. Failures are typed (ObsError): nothing listening,
// a password missing or refused, obs-websocket 4 or another server, protocol
// garbage, timeouts, failed requests. The password is used for the
// authentication string only: never logged, never in a message.
class ObsWebSocketClient : public QObject
{
    Q_OBJECT

public:
    // EventSubscription::Outputs (1 << 6): StreamStateChanged and friends.
    static constexpr int OutputEvents = 1 << 6;
    static constexpr int RpcVersion = 1;

    struct Timeouts
    {
        int connectMs = 5000;  // TCP and the WebSocket handshake
        int helloMs = 3000;    // obs-websocket 5 sends Hello at once; 4.x never does
        int identifyMs = 5000; // Identify to Identified (or the v4 probe's answer)
        int requestMs = 10000; // each request
    };
    using Callback = std::function<void(const ObsReply&)>;

    explicit ObsWebSocketClient(QObject* parent = nullptr);
    ~ObsWebSocketClient() override;

    static QUrl defaultUrl();

    void setTimeouts(const Timeouts& timeouts);
    void setEventSubscriptions(int mask);
    // Connects and identifies; emits identified() or failed().
    void open(const QUrl& url, const QString& password);
    void close();
    bool isIdentified() const;
    QString serverVersion() const
    {
        return m_serverVersion;
    }
    QUrl url() const
    {
        return m_url;
    }

    // Sends a request once identified. `done` runs exactly once (answer,
    // failure, timeout or lost connection), unless `context` is gone by then.
    void request(const QString& type, const QJsonObject& data, QObject* context, Callback done);
    // The same with the client's default timeout replaced for this request.
    void request(const QString& type, const QJsonObject& data, int timeoutMs, QObject* context, Callback done);

signals:
    void identified();
    // The connection failed or was lost; emitted once, the client is closed.
    void failed(const ObsError& error);
    void eventReceived(const QString& eventType, const QJsonObject& eventData);

private:
    enum class State
    {
        Idle,
        Connecting,
        AwaitingHello,
        ProbingVersion4,
        AwaitingIdentified,
        Identified,
        Closed,
    };
    struct Pending
    {
        QString type;
        QJsonObject data;                 // kept to ask again while OBS is not ready
        std::optional<ObsError> notReady; // OBS's last NotReady answer, if any
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        QTimer* timer = nullptr;
    };

    QWebSocket m_socket;
    QTimer m_stepTimer;
    Timeouts m_timeouts;
    int m_eventSubscriptions = OutputEvents;
    State m_state = State::Idle;
    QUrl m_url;
    QString m_password;
    QString m_serverVersion;
    int m_serverRpcVersion = 0;
    quint64 m_nextRequestId = 1;
    QHash<QString, Pending> m_pending;

    void startStep(State state, int timeoutMs);
    void onConnected();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onStepTimeout();
    void onTextMessage(const QString& text);
    void onMessage(const QJsonObject& message);
    void onBeforeHello(const QJsonObject& message);
    void onHello(const QJsonObject& data);
    void onRequestResponse(const QJsonObject& data);
    void probeVersion4();
    void sendMessage(int op, const QJsonObject& data);
    void sendRequest(const QString& id);
    bool askAgainLater(const QString& id, const ObsError& error);
    void finishPending(const QString& id, const ObsReply& reply);
    void fail(const ObsError& error);
    void failAllPending(const ObsError& error);
};
