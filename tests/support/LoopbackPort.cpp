#include "LoopbackPort.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

quint16 LoopbackPort::free()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::Any, 0)) {
        return 0;
    }
    return probe.serverPort();
}

bool LoopbackPort::accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(500);
    socket.abort();
    return connected;
}

bool LoopbackPort::waitUntilAccepts(quint16 port, int timeoutMs)
{
    return QTest::qWaitFor([port] { return accepts(port); }, timeoutMs);
}
