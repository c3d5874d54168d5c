#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <QWebSocketServer>

#include <functional>

class QWebSocket;

// A small obs-websocket server on 127.0.0.1 for fast protocol tests: speaks
// version 5 (Hello with or without authentication, Identify, requests,
// events) after obs-websocket's docs/generated/protocol.md, or misbehaves on
// purpose (a 4.x server, garbage, silence, refused requests). It keeps a few
// OBS settings so the session's steps can run against it.
class FakeObsWebSocket : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Version5,
        Version4, // no Hello; answers "request-type" messages as 4.9.1 does
        Silent,   // accepts the connection, never says anything
        Garbage,  // sends text that is not JSON instead of Hello
    };
    // How one request type is answered.
    struct Answer
    {
        bool ok = true;
        int code = 100;
        QString comment;
        QJsonObject data;
        bool never = false; // do not answer at all
    };

    explicit FakeObsWebSocket(QObject* parent = nullptr);
    ~FakeObsWebSocket() override;

    bool listen();
    QUrl url() const;

    void setMode(Mode mode);
    void setPassword(const QString& password); // empty: no authentication
    void setRefuseRpcVersion(bool refuse);     // close Identify with UnsupportedRpcVersion (4010)
    void setAnswer(const QString& requestType, const Answer& answer);
    // OBS's profile parameters ("Category/Name" -> value) and video settings.
    QMap<QString, QString> profile;
    QJsonObject video;
    QJsonObject streamService;

    // OBS still loading: the next this many requests, of any type, are
    // answered NotReady (207), as obs-websocket does until OBS has finished
    // loading.
    int notReadyCount = 0;

    // Streaming as OBS does it, roughly: StartStream makes the output active
    // and GetStreamStatus count bytes up on every call until StopStream.
    bool streaming = false;

    void sendEvent(const QString& type, const QJsonObject& data);
    void closeClients(int code);

    int identifyCount() const
    {
        return m_identifyCount;
    }
    QString lastAuthentication() const
    {
        return m_lastAuthentication;
    }
    // Every request received, in order (requestType, requestData).
    QList<QPair<QString, QJsonObject>> requests;

    static QString expectedAuthentication(const QString& password, const QString& salt, const QString& challenge);

signals:
    void streamStarted();

private:
    QWebSocketServer m_server;
    qint64 m_bytes = 0;
    QList<QWebSocket*> m_clients;
    Mode m_mode = Mode::Version5;
    QString m_password;
    bool m_refuseRpc = false;
    QMap<QString, Answer> m_answers;
    int m_identifyCount = 0;
    QString m_lastAuthentication;
    const QString m_salt = QStringLiteral("lM1GncleQOaCu9lT1yeUZhFYnqhsLLP1G5lAGo3ixaI=");
    const QString m_challenge = QStringLiteral("+IxH4CnCiqpX1rM9scsNynZzbOe4KhDeYcTNS3PDaeY=");

    void onNewConnection();
    void onText(QWebSocket* client, const QString& text);
    void onIdentify(QWebSocket* client, const QJsonObject& data);
    void onRequest(QWebSocket* client, const QJsonObject& data);
    Answer answerFor(const QString& type, const QJsonObject& data);
    static void send(QWebSocket* client, const QJsonObject& message);
};
