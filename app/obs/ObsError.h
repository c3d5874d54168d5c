#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Why talking to OBS failed, typed so callers can pick an exit code or a
// banner, with a message that says what happened, why and what to do. Never
// holds the obs-websocket password.
class ObsError
{
    Q_DECLARE_TR_FUNCTIONS(ObsError)

public:
    enum class Kind
    {
        None,
        NotRunning,         // nothing listens at the URL (connection refused)
        Unreachable,        // host not found, network down, other socket errors
        PasswordRequired,   // the server wants a password and none was given
        WrongPassword,      // closed with AuthenticationFailed (4009)
        UnsupportedVersion, // obs-websocket 4.x, or an RPC version mismatch (4010)
        ProtocolError,      // not obs-websocket 5 JSON, or closed for a protocol reason
        Timeout,            // no answer in time (connect, Hello, Identified or a request)
        RequestFailed,      // OBS answered a request with requestStatus.result false
        Disconnected,       // the connection closed while in use
    };

    Kind kind = Kind::None;
    QString message;
    int closeCode = 0;     // the WebSocket close code, when the server closed
    int requestStatus = 0; // OBS's RequestStatus code, for RequestFailed
    QString requestType;   // the request that failed or timed out
    QString comment;       // OBS's requestStatus.comment

    bool isError() const
    {
        return kind != Kind::None;
    }
    // RequestStatus::NotReady (207): OBS is loading, changing scene
    // collection or quitting; the request may be asked again later.
    bool isNotReady() const
    {
        return kind == Kind::RequestFailed && requestStatus == 207;
    }
    // A stable lower-case id for JSON and scripts ("wrong-password", ...).
    static QString kindId(Kind kind);

    static ObsError notRunning(const QUrl& url);
    static ObsError unreachable(const QUrl& url, const QString& socketError);
    static ObsError passwordRequired();
    static ObsError wrongPassword();
    static ObsError tooOld(const QString& serverVersion);
    static ObsError rpcMismatch(int serverRpcVersion);
    static ObsError protocol(const QString& what);
    static ObsError closedByServer(int code, const QString& reason);
    static ObsError timeout(const QString& step, int milliseconds);
    static ObsError requestFailed(const QString& requestType, int status, const QString& comment);
    static ObsError disconnected(const QString& requestType);
};
