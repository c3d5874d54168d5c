#include "obs/ObsWebSocketClient.h"

#include "obs/ObsAuthentication.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcObsWebSocket, "ivs.obs.websocket", QtInfoMsg)

namespace
{
// WebSocketOpCode in protocol.md.
enum OpCode
{
    Hello = 0,
    Identify = 1,
    Identified = 2,
    Event = 5,
    Request = 6,
    RequestResponse = 7,
};
// WebSocketCloseCode in protocol.md.
constexpr int AuthenticationFailed = 4009;
constexpr int UnsupportedRpcVersion = 4010;
const char* const Version4ProbeId = "ivs-inspector-version-probe";
} // namespace

ObsWebSocketClient::ObsWebSocketClient(QObject* parent)
    : QObject(parent)
{
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &ObsWebSocketClient::onStepTimeout);
    connect(&m_socket, &QWebSocket::connected, this, &ObsWebSocketClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &ObsWebSocketClient::onDisconnected);
    // QWebSocket::error became errorOccurred in Qt 6.5 (deprecated in 6.8).
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(&m_socket, &QWebSocket::errorOccurred, this, &ObsWebSocketClient::onSocketError);
#else
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &ObsWebSocketClient::onSocketError);
#endif
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ObsWebSocketClient::onTextMessage);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this,
            [this] { fail(ObsError::protocol(tr("it sent a binary frame where JSON text was expected"))); });
}

ObsWebSocketClient::~ObsWebSocketClient()
{
    // Callers' callbacks must not run from a half-destroyed client.
    m_socket.disconnect(this);
    for (Pending& pending : m_pending) {
        delete pending.timer;
    }
    m_pending.clear();
    m_socket.abort();
}

QUrl ObsWebSocketClient::defaultUrl()
{
    return QUrl(QStringLiteral("ws://127.0.0.1:4455"));
}

void ObsWebSocketClient::setTimeouts(const Timeouts& timeouts)
{
    m_timeouts = timeouts;
}

void ObsWebSocketClient::setEventSubscriptions(int mask)
{
    m_eventSubscriptions = mask;
}

bool ObsWebSocketClient::isIdentified() const
{
    return m_state == State::Identified;
}

void ObsWebSocketClient::open(const QUrl& url, const QString& password)
{
    m_url = url;
    m_password = password;
    m_serverVersion.clear();
    m_serverRpcVersion = 0;
    startStep(State::Connecting, m_timeouts.connectMs);
    qCDebug(lcObsWebSocket) << "connecting to" << url.toDisplayString();
    m_socket.open(url);
}

void ObsWebSocketClient::close()
{
    m_stepTimer.stop();
    const bool wasOpen = m_state != State::Idle && m_state != State::Closed;
    m_state = State::Closed;
    m_password.clear();
    if (wasOpen) {
        failAllPending(ObsError::disconnected(QString()));
        m_socket.close();
    }
}

void ObsWebSocketClient::startStep(State state, int timeoutMs)
{
    m_state = state;
    if (timeoutMs > 0) {
        m_stepTimer.start(timeoutMs);
    } else {
        m_stepTimer.stop();
    }
}

void ObsWebSocketClient::onConnected()
{
    qCDebug(lcObsWebSocket) << "connected, waiting for Hello";
    startStep(State::AwaitingHello, m_timeouts.helloMs);
}

void ObsWebSocketClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state != State::Connecting) {
        return; // a lost connection is reported by onDisconnected
    }
    const QString why = m_socket.errorString();
    qCDebug(lcObsWebSocket) << "socket error" << error << why;
    // Qt reports a refused TCP connection and a failed WebSocket handshake
    // with the same code; only the first means that nothing listens.
    if (error == QAbstractSocket::ConnectionRefusedError &&
        why.contains(QLatin1String("refused"), Qt::CaseInsensitive)) {
        fail(ObsError::notRunning(m_url));
    } else if (error == QAbstractSocket::ConnectionRefusedError) {
        fail(ObsError::protocol(tr("the WebSocket handshake failed (%1)").arg(why)));
    } else {
        fail(ObsError::unreachable(m_url, why));
    }
}

void ObsWebSocketClient::onDisconnected()
{
    if (m_state == State::Closed || m_state == State::Idle) {
        return;
    }
    const int code = static_cast<int>(m_socket.closeCode());
    const QString reason = m_socket.closeReason();
    qCDebug(lcObsWebSocket) << "closed by the server, code" << code << reason;
    if (m_state == State::Connecting) {
        fail(ObsError::notRunning(m_url));
    } else if (code == AuthenticationFailed) {
        fail(m_password.isEmpty() ? ObsError::passwordRequired() : ObsError::wrongPassword());
    } else if (code == UnsupportedRpcVersion && m_state == State::ProbingVersion4) {
        // Only obs-websocket 5 closes with 4010, here because of our v4
        // probe: it is version 5, it was just slow to say Hello.
        fail(ObsError::timeout(tr("Hello"), m_timeouts.helloMs));
    } else if (code == UnsupportedRpcVersion) {
        fail(ObsError::rpcMismatch(m_serverRpcVersion));
    } else if (code >= 4000) {
        fail(ObsError::closedByServer(code, reason));
    } else if (m_state == State::Identified) {
        fail(ObsError::disconnected(QString()));
    } else {
        fail(ObsError::protocol(tr("it closed the connection during the handshake (code %1)").arg(code)));
    }
}

void ObsWebSocketClient::onStepTimeout()
{
    switch (m_state) {
    case State::Connecting:
        fail(ObsError::timeout(tr("connecting to %1").arg(m_url.toDisplayString()), m_timeouts.connectMs));
        return;
    case State::AwaitingHello:
        probeVersion4();
        return;
    case State::ProbingVersion4:
        fail(ObsError::timeout(tr("Hello"), m_timeouts.helloMs + m_timeouts.identifyMs));
        return;
    case State::AwaitingIdentified:
        fail(ObsError::timeout(tr("Identify"), m_timeouts.identifyMs));
        return;
    case State::Idle:
    case State::Identified:
    case State::Closed:
        return;
    }
}

void ObsWebSocketClient::probeVersion4()
{
    // obs-websocket 4.x says nothing until asked; its GetVersion needs no
    // authentication (see its 4.9.1 protocol reference), so asking tells an
    // old server from a silent one.
    qCDebug(lcObsWebSocket) << "no Hello: asking as obs-websocket 4 would be asked";
    startStep(State::ProbingVersion4, m_timeouts.identifyMs);
    const QJsonObject probe{{QStringLiteral("request-type"), QStringLiteral("GetVersion")},
                            {QStringLiteral("message-id"), QString::fromLatin1(Version4ProbeId)}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(probe).toJson(QJsonDocument::Compact)));
}

void ObsWebSocketClient::onTextMessage(const QString& text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(ObsError::protocol(tr("it sent something that is not a JSON object")));
        return;
    }
    onMessage(document.object());
}

void ObsWebSocketClient::onMessage(const QJsonObject& message)
{
    if (m_state == State::AwaitingHello || m_state == State::ProbingVersion4) {
        onBeforeHello(message);
        return;
    }
    const QJsonValue op = message.value(QStringLiteral("op"));
    const QJsonObject data = message.value(QStringLiteral("d")).toObject();
    if (!op.isDouble()) {
        fail(ObsError::protocol(tr("a message without an op code")));
    } else if (m_state == State::AwaitingIdentified && op.toInt() == Identified) {
        m_stepTimer.stop();
        m_state = State::Identified;
        m_password.clear(); // not needed any more: do not keep a secret around
        qCDebug(lcObsWebSocket) << "identified, RPC version" << data.value(QStringLiteral("negotiatedRpcVersion"));
        emit identified();
    } else if (m_state == State::Identified && op.toInt() == RequestResponse) {
        onRequestResponse(data);
    } else if (m_state == State::Identified && op.toInt() == Event) {
        emit eventReceived(data.value(QStringLiteral("eventType")).toString(),
                           data.value(QStringLiteral("eventData")).toObject());
    } else {
        fail(ObsError::protocol(tr("an unexpected message (op %1)").arg(op.toInt())));
    }
}

void ObsWebSocketClient::onBeforeHello(const QJsonObject& message)
{
    if (message.contains(QStringLiteral("message-id")) || message.contains(QStringLiteral("update-type"))) {
        // obs-websocket 4.x: it answers with message-id, or sends events.
        fail(ObsError::tooOld(message.value(QStringLiteral("obs-websocket-version")).toString()));
        return;
    }
    const QJsonObject data = message.value(QStringLiteral("d")).toObject();
    if (message.value(QStringLiteral("op")).toInt(-1) != Hello ||
        !data.value(QStringLiteral("rpcVersion")).isDouble()) {
        fail(ObsError::protocol(tr("the first message was not an obs-websocket 5 Hello")));
        return;
    }
    onHello(data);
}

void ObsWebSocketClient::onHello(const QJsonObject& data)
{
    m_serverVersion = data.value(QStringLiteral("obsWebSocketVersion")).toString();
    m_serverRpcVersion = data.value(QStringLiteral("rpcVersion")).toInt();
    qCDebug(lcObsWebSocket) << "Hello from obs-websocket" << m_serverVersion << "RPC" << m_serverRpcVersion;
    if (m_serverRpcVersion < RpcVersion) {
        fail(ObsError::rpcMismatch(m_serverRpcVersion));
        return;
    }
    QJsonObject identify{{QStringLiteral("rpcVersion"), RpcVersion},
                         {QStringLiteral("eventSubscriptions"), m_eventSubscriptions}};
    const QJsonObject authentication = data.value(QStringLiteral("authentication")).toObject();
    if (!authentication.isEmpty()) {
        if (m_password.isEmpty()) {
            fail(ObsError::passwordRequired());
            return;
        }
        identify.insert(QStringLiteral("authentication"),
                        ObsAuthentication::response(m_password, authentication.value(QStringLiteral("salt")).toString(),
                                                    authentication.value(QStringLiteral("challenge")).toString()));
    }
    startStep(State::AwaitingIdentified, m_timeouts.identifyMs);
    sendMessage(Identify, identify);
}

void ObsWebSocketClient::sendMessage(int op, const QJsonObject& data)
{
    const QJsonObject message{{QStringLiteral("op"), op}, {QStringLiteral("d"), data}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void ObsWebSocketClient::request(const QString& type, const QJsonObject& data, QObject* context, Callback done)
{
    request(type, data, m_timeouts.requestMs, context, std::move(done));
}

void ObsWebSocketClient::request(
    const QString& type, const QJsonObject& data, int timeoutMs, QObject* context, Callback done)
{
    const QString id = QString::number(m_nextRequestId++);
    Pending pending{type, data, std::nullopt, context, context != nullptr, std::move(done), new QTimer(this)};
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, id, type, timeoutMs] {
        // Still not ready when the time is up: OBS's own answer says more
        // than "no answer".
        const std::optional<ObsError> notReady = m_pending.value(id).notReady;
        finishPending(id, ObsReply{type, {}, notReady.value_or(ObsError::timeout(type, timeoutMs))});
    });
    m_pending.insert(id, pending);
    if (m_state != State::Identified) {
        // Answer asynchronously, like every other outcome.
        QTimer::singleShot(0, this, [this, id, type] {
            finishPending(id, ObsReply{type, {}, ObsError::disconnected(type)});
        });
        return;
    }
    pending.timer->start(timeoutMs);
    sendRequest(id);
}

void ObsWebSocketClient::sendRequest(const QString& id)
{
    const Pending& pending = m_pending[id];
    QJsonObject body{{QStringLiteral("requestType"), pending.type}, {QStringLiteral("requestId"), id}};
    if (!pending.data.isEmpty()) {
        body.insert(QStringLiteral("requestData"), pending.data);
    }
    qCDebug(lcObsWebSocket) << "request" << id << pending.type;
    sendMessage(Request, body);
}

// OBS answers NotReady (207) while it is still loading, changing scene
// collection or quitting; obs-websocket's protocol says such requests "may
// be tried again after a delay" (docs/generated/protocol.md, RequestStatus).
// So they are, under the same id, until the request's own timeout ends the
// wait (with OBS's NotReady answer): an operator who starts OBS and this tool
// together gets an answer, not an error.
bool ObsWebSocketClient::askAgainLater(const QString& id, const ObsError& error)
{
    constexpr int DelayMs = 250;
    if (!error.isNotReady()) {
        return false;
    }
    Pending& pending = m_pending[id];
    pending.notReady = error;
    qCDebug(lcObsWebSocket) << "OBS is not ready for" << pending.type << "; asking again";
    QTimer::singleShot(DelayMs, this, [this, id] {
        if (m_pending.contains(id) && m_state == State::Identified) {
            sendRequest(id);
        }
    });
    return true;
}

void ObsWebSocketClient::onRequestResponse(const QJsonObject& data)
{
    const QString id = data.value(QStringLiteral("requestId")).toString();
    if (!m_pending.contains(id)) {
        return; // answered after its timeout: nobody waits for it
    }
    ObsReply reply;
    reply.requestType = m_pending.value(id).type;
    const QJsonObject status = data.value(QStringLiteral("requestStatus")).toObject();
    if (!status.value(QStringLiteral("result")).toBool()) {
        reply.error = ObsError::requestFailed(reply.requestType, status.value(QStringLiteral("code")).toInt(),
                                              status.value(QStringLiteral("comment")).toString());
        if (askAgainLater(id, reply.error)) {
            return;
        }
    }
    reply.data = data.value(QStringLiteral("responseData")).toObject();
    qCDebug(lcObsWebSocket) << "response" << id << reply.requestType << status.value(QStringLiteral("code")).toInt();
    finishPending(id, reply);
}

void ObsWebSocketClient::finishPending(const QString& id, const ObsReply& reply)
{
    if (!m_pending.contains(id)) {
        return;
    }
    const Pending pending = m_pending.take(id);
    pending.timer->deleteLater();
    const bool contextGone = pending.hasContext && pending.context.isNull();
    if (pending.done && !contextGone) {
        pending.done(reply);
    }
}

void ObsWebSocketClient::failAllPending(const ObsError& error)
{
    const QStringList ids = m_pending.keys();
    for (const QString& id : ids) {
        ObsError forRequest = error;
        forRequest.requestType = m_pending.value(id).type;
        finishPending(id, ObsReply{forRequest.requestType, {}, forRequest});
    }
}

void ObsWebSocketClient::fail(const ObsError& error)
{
    if (m_state == State::Closed) {
        return;
    }
    qCDebug(lcObsWebSocket) << "failed:" << ObsError::kindId(error.kind);
    m_stepTimer.stop();
    m_state = State::Closed;
    m_password.clear();
    m_socket.abort();
    const QPointer<ObsWebSocketClient> alive(this);
    failAllPending(error);
    if (alive) {
        emit failed(error);
    }
}
