#pragma once

#include <QtGlobal>

// Ports for programs that pick no port themselves (OBS, nginx).
class LoopbackPort
{
public:
    // A TCP port that is free on every interface right now (OBS's WebSocket
    // server binds all of them, and only logs a clash).
    static quint16 free();
    // True once something accepts connections on 127.0.0.1:port.
    static bool accepts(quint16 port);
    // Waits (spinning the event loop) until 127.0.0.1:port accepts.
    static bool waitUntilAccepts(quint16 port, int timeoutMs);
};
