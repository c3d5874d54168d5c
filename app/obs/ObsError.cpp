#include "obs/ObsError.h"

QString ObsError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::NotRunning:
        return QStringLiteral("not-running");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::PasswordRequired:
        return QStringLiteral("password-required");
    case Kind::WrongPassword:
        return QStringLiteral("wrong-password");
    case Kind::UnsupportedVersion:
        return QStringLiteral("unsupported-version");
    case Kind::ProtocolError:
        return QStringLiteral("protocol-error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::RequestFailed:
        return QStringLiteral("request-failed");
    case Kind::Disconnected:
        return QStringLiteral("disconnected");
    }
    return QStringLiteral("unknown");
}

ObsError ObsError::notRunning(const QUrl& url)
{
    ObsError error;
    error.kind = Kind::NotRunning;
    error.message = tr("Nothing answers at %1: OBS is not running, or its WebSocket server is off or on another "
                       "port. Start OBS and turn on Tools > WebSocket Server Settings > Enable WebSocket server, "
                       "and check the port.")
                        .arg(url.toDisplayString());
    return error;
}

ObsError ObsError::unreachable(const QUrl& url, const QString& socketError)
{
    ObsError error;
    error.kind = Kind::Unreachable;
    error.message = tr("Could not connect to OBS at %1 (%2). Check the address and that this computer can reach it.")
                        .arg(url.toDisplayString(), socketError);
    return error;
}

ObsError ObsError::passwordRequired()
{
    ObsError error;
    error.kind = Kind::PasswordRequired;
    error.message = tr("OBS's WebSocket server requires a password and none was given. Copy it from OBS "
                       "(Tools > WebSocket Server Settings > Show Connect Info) and set OBS_WEBSOCKET_PASSWORD.");
    return error;
}

ObsError ObsError::wrongPassword()
{
    ObsError error;
    error.kind = Kind::WrongPassword;
    error.closeCode = 4009;
    error.message = tr("OBS refused the WebSocket password (AuthenticationFailed). Copy the current password from "
                       "OBS (Tools > WebSocket Server Settings > Show Connect Info) and try again.");
    return error;
}

ObsError ObsError::tooOld(const QString& serverVersion)
{
    ObsError error;
    error.kind = Kind::UnsupportedVersion;
    error.message =
        serverVersion.isEmpty()
            ? tr("The server does not speak obs-websocket 5 (it sent no Hello). obs-websocket 4.x or another "
                 "WebSocket server is listening there. Use OBS 28 or later, which has obs-websocket 5 built in.")
            : tr("OBS runs obs-websocket %1, which is too old: version 5 is needed. Use OBS 28 or later, which has "
                 "obs-websocket 5 built in.")
                  .arg(serverVersion);
    return error;
}

ObsError ObsError::rpcMismatch(int serverRpcVersion)
{
    ObsError error;
    error.kind = Kind::UnsupportedVersion;
    error.closeCode = 4010;
    error.message = tr("obs-websocket refused RPC version 1 (UnsupportedRpcVersion; the server offers version %1). "
                       "This program speaks obs-websocket 5 with RPC version 1: update whichever side is older.")
                        .arg(serverRpcVersion);
    return error;
}

ObsError ObsError::protocol(const QString& what)
{
    ObsError error;
    error.kind = Kind::ProtocolError;
    error.message = tr("The server at this address does not speak obs-websocket 5: %1. Check that the URL points "
                       "at OBS's WebSocket server.")
                        .arg(what);
    return error;
}

ObsError ObsError::closedByServer(int code, const QString& reason)
{
    ObsError error;
    error.kind = code == 4011 ? Kind::Disconnected : Kind::ProtocolError;
    error.closeCode = code;
    error.message = code == 4011 ? tr("OBS ended this WebSocket session (SessionInvalidated, code 4011): someone "
                                      "disconnected it in OBS's session list. Reconnect when that was a mistake.")
                                 : tr("OBS closed the connection with code %1 (%2). This is a protocol problem "
                                      "between this program and obs-websocket; update both and try again.")
                                       .arg(code)
                                       .arg(reason.isEmpty() ? tr("no reason given") : reason);
    return error;
}

ObsError ObsError::timeout(const QString& step, int milliseconds)
{
    ObsError error;
    error.kind = Kind::Timeout;
    error.requestType = step;
    error.message = tr("OBS did not answer in time (%1, after %2 s). OBS may be busy or hung, or something other "
                       "than obs-websocket is listening; check OBS and try again.")
                        .arg(step)
                        .arg(milliseconds / 1000.0, 0, 'g', 3);
    return error;
}

ObsError ObsError::requestFailed(const QString& requestType, int status, const QString& comment)
{
    ObsError error;
    error.kind = Kind::RequestFailed;
    error.requestType = requestType;
    error.requestStatus = status;
    error.comment = comment;
    QString advice;
    if (status == 500) {
        advice = tr("An output is running: stop streaming or recording in OBS first.");
    } else if (status == 501) {
        advice = tr("The output is not running.");
    } else if (error.isNotReady()) {
        advice = tr("OBS is still loading, changing scene collection or quitting: wait until its window is ready, "
                    "then try again.");
    } else if (status == 204) {
        advice = tr("This OBS does not know the request: update OBS.");
    } else {
        advice = tr("Check OBS and try again.");
    }
    error.message = tr("OBS refused %1 (request status %2%3). %4")
                        .arg(requestType)
                        .arg(status)
                        .arg(comment.isEmpty() ? QString() : QStringLiteral(": ") + comment, advice);
    return error;
}

ObsError ObsError::disconnected(const QString& requestType)
{
    ObsError error;
    error.kind = Kind::Disconnected;
    error.requestType = requestType;
    error.message = tr("The connection to OBS closed before it answered %1: OBS quit or its WebSocket server "
                       "stopped. Start OBS and try again.")
                        .arg(requestType.isEmpty() ? tr("the request") : requestType);
    return error;
}
