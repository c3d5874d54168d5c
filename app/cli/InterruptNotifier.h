#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal for commands that run until they
// are stopped (watch): the handler only writes a byte to a socket pair (the
// one thing a signal handler may safely do), and the event loop reads it.
// The previous handlers come back when this is destroyed. One at a time.
class InterruptNotifier : public QObject
{
    Q_OBJECT

public:
    explicit InterruptNotifier(QObject* parent = nullptr);
    ~InterruptNotifier() override;

    bool isInstalled() const
    {
        return m_notifier != nullptr;
    }

signals:
    void interrupted(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};
