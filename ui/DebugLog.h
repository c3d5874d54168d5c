#pragma once

#include <QObject>
#include <QStringList>

// The window's debug log: when switched on, the ivs.* logging categories are
// enabled and their messages (canonical requests, strings to sign, headers
// sent and received, retries) are kept here, redacted once more on the way
// in. Off by default; nothing is written to disk.
class DebugLog : public QObject
{
    Q_OBJECT

public:
    static DebugLog* instance();

    void setEnabled(bool enabled);
    bool isEnabled() const
    {
        return m_enabled;
    }
    QStringList lines() const
    {
        return m_lines;
    }
    void clear();

signals:
    void lineAdded(const QString& line);

private:
    static constexpr int MaxLines = 5000;
    bool m_enabled = false;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;

    using QObject::QObject;
    void append(const QString& line);
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message);
};
