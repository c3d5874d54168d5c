#include "FakeObsWebSocket.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QWebSocket>

FakeObsWebSocket::FakeObsWebSocket(QObject* parent)
    : QObject(parent)
    , m_server(QStringLiteral("fake-obs"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &FakeObsWebSocket::onNewConnection);
    // What a fresh OBS 29 on Debian answers (see TestObsRealStream).
    profile = {{QStringLiteral("Output/Mode"), QStringLiteral("Simple")},
               {QStringLiteral("SimpleOutput/StreamEncoder"), QStringLiteral("x264")},
               {QStringLiteral("SimpleOutput/VBitrate"), QStringLiteral("2500")},
               {QStringLiteral("SimpleOutput/ABitrate"), QStringLiteral("160")},
               {QStringLiteral("SimpleOutput/UseAdvanced"), QStringLiteral("false")},
               {QStringLiteral("SimpleOutput/Preset"), QStringLiteral("veryfast")},
               {QStringLiteral("AdvOut/Encoder"), QStringLiteral("obs_x264")}};
    video = {{QStringLiteral("baseWidth"), 1280},   {QStringLiteral("baseHeight"), 800},
             {QStringLiteral("outputWidth"), 1024}, {QStringLiteral("outputHeight"), 640},
             {QStringLiteral("fpsNumerator"), 30},  {QStringLiteral("fpsDenominator"), 1}};
    streamService = {{QStringLiteral("streamServiceType"), QStringLiteral("rtmp_custom")},
                     {QStringLiteral("streamServiceSettings"), QJsonObject{}}};
}

FakeObsWebSocket::~FakeObsWebSocket()
{
    qDeleteAll(m_clients);
}

bool FakeObsWebSocket::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeObsWebSocket::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeObsWebSocket::setMode(Mode mode)
{
    m_mode = mode;
}

void FakeObsWebSocket::setPassword(const QString& password)
{
    m_password = password;
}

void FakeObsWebSocket::setRefuseRpcVersion(bool refuse)
{
    m_refuseRpc = refuse;
}

void FakeObsWebSocket::setAnswer(const QString& requestType, const Answer& answer)
{
    m_answers.insert(requestType, answer);
}

QString FakeObsWebSocket::expectedAuthentication(const QString& password, const QString& salt, const QString& challenge)
{
    // Written out step by step from protocol.md, apart from the client's code.
    QCryptographicHash first(QCryptographicHash::Sha256);
    first.addData(password.toUtf8());
    first.addData(salt.toUtf8());
    const QByteArray base64Secret = first.result().toBase64();
    QCryptographicHash second(QCryptographicHash::Sha256);
    second.addData(base64Secret);
    second.addData(challenge.toUtf8());
    return QString::fromLatin1(second.result().toBase64());
}

void FakeObsWebSocket::send(QWebSocket* client, const QJsonObject& message)
{
    client->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void FakeObsWebSocket::onNewConnection()
{
    while (QWebSocket* client = m_server.nextPendingConnection()) {
        m_clients.append(client);
        connect(client, &QWebSocket::textMessageReceived, this,
                [this, client](const QString& text) { onText(client, text); });
        connect(client, &QWebSocket::disconnected, this, [this, client] {
            m_clients.removeAll(client);
            client->deleteLater();
        });
        if (m_mode == Mode::Garbage) {
            client->sendTextMessage(QStringLiteral("HTTP/1.1 200 OK this is not json"));
        } else if (m_mode == Mode::Version5) {
            QJsonObject hello{{QStringLiteral("obsWebSocketVersion"), QStringLiteral("5.1.0")},
                              {QStringLiteral("rpcVersion"), 1}};
            if (!m_password.isEmpty()) {
                hello.insert(QStringLiteral("authentication"),
                             QJsonObject{{QStringLiteral("challenge"), m_challenge}, {QStringLiteral("salt"), m_salt}});
            }
            send(client, {{QStringLiteral("op"), 0}, {QStringLiteral("d"), hello}});
        }
    }
}

void FakeObsWebSocket::onText(QWebSocket* client, const QString& text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (m_mode == Mode::Version4 && message.contains(QStringLiteral("request-type"))) {
        send(client, {{QStringLiteral("message-id"), message.value(QStringLiteral("message-id"))},
                      {QStringLiteral("status"), QStringLiteral("ok")},
                      {QStringLiteral("version"), 1.1},
                      {QStringLiteral("obs-websocket-version"), QStringLiteral("4.9.1")},
                      {QStringLiteral("obs-studio-version"), QStringLiteral("27.2.4")}});
        return;
    }
    if (m_mode != Mode::Version5) {
        return;
    }
    const int op = message.value(QStringLiteral("op")).toInt(-1);
    const QJsonObject data = message.value(QStringLiteral("d")).toObject();
    if (op == 1) {
        onIdentify(client, data);
    } else if (op == 6) {
        onRequest(client, data);
    } else if (message.contains(QStringLiteral("request-type"))) {
        client->close(QWebSocketProtocol::CloseCode(4010), QStringLiteral("old protocol"));
    }
}

void FakeObsWebSocket::onIdentify(QWebSocket* client, const QJsonObject& data)
{
    ++m_identifyCount;
    m_lastAuthentication = data.value(QStringLiteral("authentication")).toString();
    if (!m_password.isEmpty() && m_lastAuthentication != expectedAuthentication(m_password, m_salt, m_challenge)) {
        client->close(QWebSocketProtocol::CloseCode(4009), QStringLiteral("Authentication failed."));
        return;
    }
    if (m_refuseRpc || data.value(QStringLiteral("rpcVersion")).toInt() != 1) {
        client->close(QWebSocketProtocol::CloseCode(4010), QStringLiteral("Unsupported RPC version."));
        return;
    }
    send(client,
         {{QStringLiteral("op"), 2}, {QStringLiteral("d"), QJsonObject{{QStringLiteral("negotiatedRpcVersion"), 1}}}});
}

void FakeObsWebSocket::onRequest(QWebSocket* client, const QJsonObject& data)
{
    const QString type = data.value(QStringLiteral("requestType")).toString();
    const QJsonObject requestData = data.value(QStringLiteral("requestData")).toObject();
    requests.append({type, requestData});
    Answer answer;
    if (notReadyCount > 0) {
        --notReadyCount;
        answer = {false, 207, QStringLiteral("OBS is not ready to perform the request."), {}, false};
    } else {
        answer = answerFor(type, requestData);
    }
    if (answer.never) {
        return;
    }
    QJsonObject status{{QStringLiteral("result"), answer.ok}, {QStringLiteral("code"), answer.code}};
    if (!answer.comment.isEmpty()) {
        status.insert(QStringLiteral("comment"), answer.comment);
    }
    QJsonObject response{{QStringLiteral("requestType"), type},
                         {QStringLiteral("requestId"), data.value(QStringLiteral("requestId"))},
                         {QStringLiteral("requestStatus"), status}};
    if (!answer.data.isEmpty()) {
        response.insert(QStringLiteral("responseData"), answer.data);
    }
    send(client, {{QStringLiteral("op"), 7}, {QStringLiteral("d"), response}});
}

FakeObsWebSocket::Answer FakeObsWebSocket::answerFor(const QString& type, const QJsonObject& data)
{
    if (m_answers.contains(type)) {
        return m_answers.value(type);
    }
    Answer answer;
    const QString key = data.value(QStringLiteral("parameterCategory")).toString() + u'/' +
                        data.value(QStringLiteral("parameterName")).toString();
    if (type == QLatin1String("GetVersion")) {
        answer.data = {{QStringLiteral("obsVersion"), QStringLiteral("29.0.2")},
                       {QStringLiteral("obsWebSocketVersion"), QStringLiteral("5.1.0")},
                       {QStringLiteral("rpcVersion"), 1}};
    } else if (type == QLatin1String("GetProfileParameter")) {
        answer.data = {
            {QStringLiteral("parameterValue"), profile.contains(key) ? QJsonValue(profile.value(key)) : QJsonValue()},
            {QStringLiteral("defaultParameterValue"), QJsonValue()}};
    } else if (type == QLatin1String("SetProfileParameter")) {
        const QJsonValue value = data.value(QStringLiteral("parameterValue"));
        if (value.isString()) {
            profile.insert(key, value.toString());
        } else {
            profile.remove(key); // null deletes, as in OBS
        }
    } else if (type == QLatin1String("GetVideoSettings")) {
        answer.data = video;
    } else if (type == QLatin1String("SetVideoSettings")) {
        for (auto it = data.begin(); it != data.end(); ++it) {
            video.insert(it.key(), it.value());
        }
    } else if (type == QLatin1String("GetStreamServiceSettings")) {
        answer.data = streamService;
    } else if (type == QLatin1String("SetStreamServiceSettings")) {
        streamService = data;
    } else if (type == QLatin1String("StartStream")) {
        streaming = true;
        emit streamStarted();
    } else if (type == QLatin1String("StopStream")) {
        streaming = false;
    } else if (type == QLatin1String("GetStreamStatus")) {
        m_bytes = streaming ? m_bytes + 250000 : 0;
        answer.data = {{QStringLiteral("outputActive"), streaming},
                       {QStringLiteral("outputReconnecting"), false},
                       {QStringLiteral("outputBytes"), m_bytes},
                       {QStringLiteral("outputSkippedFrames"), 0},
                       {QStringLiteral("outputTotalFrames"), streaming ? m_bytes / 10000 : 0}};
    } else {
        answer = {false, 204, QStringLiteral("Your request type is not valid."), {}, false};
    }
    return answer;
}

void FakeObsWebSocket::sendEvent(const QString& type, const QJsonObject& data)
{
    const QJsonObject event{{QStringLiteral("eventType"), type},
                            {QStringLiteral("eventIntent"), 1 << 6},
                            {QStringLiteral("eventData"), data}};
    for (QWebSocket* client : std::as_const(m_clients)) {
        send(client, {{QStringLiteral("op"), 5}, {QStringLiteral("d"), event}});
    }
}

void FakeObsWebSocket::closeClients(int code)
{
    for (QWebSocket* client : std::as_const(m_clients)) {
        client->close(QWebSocketProtocol::CloseCode(code));
    }
}
