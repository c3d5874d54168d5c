#include "ui/DebugLog.h"

#include "core/Redactor.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaObject>

DebugLog* DebugLog::instance()
{
    // Deliberately never destroyed: Qt may log during static destruction.
    static DebugLog* log = new DebugLog;
    return log;
}

void DebugLog::setEnabled(bool enabled)
{
    if (enabled == m_enabled) {
        return;
    }
    m_enabled = enabled;
    if (enabled) {
        m_previous = qInstallMessageHandler(&DebugLog::handler);
        QLoggingCategory::setFilterRules(QStringLiteral("ivs.*.debug=true"));
    } else {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
        m_previous = nullptr;
    }
}

void DebugLog::clear()
{
    m_lines.clear();
}

void DebugLog::append(const QString& line)
{
    m_lines.append(line);
    while (m_lines.size() > MaxLines) {
        m_lines.removeFirst();
    }
    emit lineAdded(line);
}

void DebugLog::handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    DebugLog* log = instance();
    const QString category = QString::fromUtf8(context.category ? context.category : "default");
    if (category.startsWith(QLatin1String("ivs."))) {
        const QString line = QStringLiteral("%1 %2 %3")
                                 .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")), category,
                                      Redactor::redact(message));
        // Network code may log from Qt's HTTP thread: append on ours.
        QMetaObject::invokeMethod(
            log, [log, line] { log->append(line); }, Qt::AutoConnection);
        return;
    }
    if (log->m_previous) {
        log->m_previous(type, context, message);
    }
}
