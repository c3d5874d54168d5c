#include "cli/CliOutput.h"

#include "cli/ExitCode.h"
#include "core/Redactor.h"
#include "core/TerminalText.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <cstdio>

namespace
{
QStringList g_secrets;

void writeTo(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// What a server sent (headers, bodies) reaches the log: redacted, and with
// control characters escaped so it cannot drive the terminal. The log's own
// line breaks stay.
QString shown(const QString& message)
{
    QStringList lines = Redactor::redact(message, g_secrets).split(u'\n');
    for (QString& line : lines) {
        line = TerminalText::escape(line);
    }
    return lines.join(u'\n');
}

void debugHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const char* const levels[] = {"DEBUG", "WARNING", "CRITICAL", "FATAL", "INFO"};
    const QString line = QStringLiteral("%1 - %2 - %3 - %4\n")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz")),
                                  QString::fromUtf8(context.category ? context.category : "default"),
                                  QString::fromLatin1(levels[type]), shown(message));
    writeTo(stderr, line.toUtf8());
}
} // namespace

void CliOutput::out(const QByteArray& bytes)
{
    writeTo(stdout, bytes);
}

void CliOutput::err(const QString& text)
{
    writeTo(stderr, text.toUtf8());
}

QByteArray CliOutput::usage()
{
    return tr("usage: ivs-inspector [ARN ...]\n"
              "       ivs-inspector <command> [parameters]\n"
              "To see help text, you can run:\n"
              "\n"
              "  ivs-inspector --help\n"
              "  ivs-inspector <command> --help\n")
        .toUtf8();
}

int CliOutput::usageError(const QString& message)
{
    err(QString::fromUtf8(usage()) + u'\n');
    err(tr("ivs-inspector: error: %1").arg(message) + u'\n');
    return ExitCode::UsageError;
}

void CliOutput::installDebugLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("ivs.*.debug=true"));
    qInstallMessageHandler(debugHandler);
}

void CliOutput::addSecrets(const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (!secret.isEmpty() && !g_secrets.contains(secret)) {
            g_secrets.append(secret);
        }
    }
}
