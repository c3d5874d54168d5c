#include "GuiLauncher.h"

#include "core/SettingsFile.h"
#include "core/TerminalText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

#include <algorithm>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <windows.h>
#endif
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace
{
using GuiMain = int (*)(int, char**, qint64);

// The hint names the program as it was started (argv[0]: a path, or a name
// found on PATH), so it works when pasted into the same shell.
const char* const kHint = "Run it in a desktop session, or use the command line: %s --help\n";

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
// Connects without waiting more than a second; true when something accepts.
bool answers(int family, const sockaddr* address, socklen_t length)
{
    const int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        return false;
    }
    bool ok = ::connect(fd, address, length) == 0;
    if (!ok && errno == EINPROGRESS) {
        pollfd waiting{fd, POLLOUT, 0};
        int error = 0;
        socklen_t size = sizeof error;
        ok = ::poll(&waiting, 1, 1000) == 1 && ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
    }
    ::close(fd);
    return ok;
}

bool unixSocketAnswers(const QByteArray& path, bool abstract)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const qsizetype offset = abstract ? 1 : 0; // Linux's abstract namespace starts with a NUL
    if (path.size() + offset >= qsizetype(sizeof address.sun_path)) {
        return false;
    }
    std::memcpy(address.sun_path + offset, path.constData(), size_t(path.size()));
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + offset + path.size() + (abstract ? 0 : 1));
    return answers(AF_UNIX, reinterpret_cast<const sockaddr*>(&address), length);
}

bool tcpAnswers(const QByteArray& host, int port)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(host.constData(), QByteArray::number(port).constData(), &hints, &found) != 0) {
        return false;
    }
    bool ok = false;
    for (addrinfo* at = found; at && !ok; at = at->ai_next) {
        ok = answers(at->ai_family, at->ai_addr, at->ai_addrlen);
    }
    ::freeaddrinfo(found);
    return ok;
}

// DISPLAY is [host]:number[.screen] (X(7), "Display names"); an empty host
// or "unix" is the local socket, anything else TCP port 6000 + number.
bool xServerAnswers(const QString& display)
{
    const qsizetype colon = display.lastIndexOf(u':');
    if (colon < 0) {
        return false;
    }
    bool ok = false;
    const int number = display.mid(colon + 1).section(u'.', 0, 0).toInt(&ok);
    if (!ok || number < 0) {
        return false;
    }
    const QString host = display.left(colon);
    if (host.isEmpty() || host == QLatin1String("unix")) {
        const QByteArray path = "/tmp/.X11-unix/X" + QByteArray::number(number);
        return unixSocketAnswers(path, true) || unixSocketAnswers(path, false);
    }
    return tcpAnswers(host.toLocal8Bit(), 6000 + number);
}

bool waylandAnswers(const QString& display)
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString path = display.startsWith(u'/') ? display : runtime + u'/' + display;
    return !runtime.isEmpty() || display.startsWith(u'/') ? unixSocketAnswers(QFile::encodeName(path), false) : false;
}
#endif

// Qt's last word when no platform plugin starts is a fatal error (an abort
// and a core dump); the display check comes first, and this catches what it
// could not foresee.
QtMessageHandler g_previousHandler = nullptr;
const char* g_program = "ivs-inspector"; // argv[0], for the hint

void friendlyPlatformFailure(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtFatalMsg && message.contains(QLatin1String("platform plugin"))) {
        std::fprintf(stderr, "ivs-inspector: the window cannot be opened: %s\n",
                     qPrintable(TerminalText::sanitize(message.section(u'\n', 0, 0))));
        std::fprintf(stderr, kHint, g_program);
        std::fflush(stderr);
        std::_Exit(255);
    }
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    }
}
} // namespace

QString GuiLauncher::executableDirectory(const char* argv0)
{
#if defined(Q_OS_LINUX)
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists()) {
        return QFileInfo(self.symLinkTarget()).absolutePath();
    }
#elif defined(Q_OS_WIN)
    wchar_t path[MAX_PATH];
    const DWORD length = GetModuleFileNameW(nullptr, path, MAX_PATH);
    if (length > 0 && length < MAX_PATH) {
        return QFileInfo(QString::fromWCharArray(path, static_cast<qsizetype>(length))).absolutePath();
    }
#endif
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath();
}

QString GuiLauncher::displayProblem()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM").section(u':', 0, 0).trimmed();
    // An empty QT_QPA_PLATFORM is as good as none: Qt picks its default.
    if (!platform.isEmpty() && platform != QLatin1String("xcb") && !platform.startsWith(QLatin1String("wayland"))) {
        return {}; // offscreen, minimal, vnc, eglfs, … need no display server
    }
    const QString x = qEnvironmentVariable("DISPLAY");
    const QString wayland = qEnvironmentVariable("WAYLAND_DISPLAY");
    const bool wantX = platform.isEmpty() || platform == QLatin1String("xcb");
    const bool wantWayland = platform.isEmpty() || platform.startsWith(QLatin1String("wayland"));
    if ((!wantX || x.isEmpty()) && (!wantWayland || wayland.isEmpty())) {
        return QStringLiteral("there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
                              "set)");
    }
    if ((wantX && !x.isEmpty() && xServerAnswers(x)) ||
        (wantWayland && !wayland.isEmpty() && waylandAnswers(wayland))) {
        return {};
    }
    QStringList tried;
    if (wantX && !x.isEmpty()) {
        tried.append(QStringLiteral("DISPLAY=") + TerminalText::sanitize(x));
    }
    if (wantWayland && !wayland.isEmpty()) {
        tried.append(QStringLiteral("WAYLAND_DISPLAY=") + TerminalText::sanitize(wayland));
    }
    return QStringLiteral("there is no display to open the window on (%1 does not answer)")
        .arg(tried.join(QStringLiteral(", ")));
#else
    return {};
#endif
}

int GuiLauncher::run(int argc, char* argv[], qint64 processStartMsecs)
{
    const QString problem = displayProblem();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "ivs-inspector: %s.\n", qPrintable(problem));
        std::fprintf(stderr, kHint, argv[0]);
        return 255;
    }
    g_program = argv[0];
    g_previousHandler = qInstallMessageHandler(friendlyPlatformFailure);
    // The settings file is the user's alone from the start, but a window
    // opened with --demo makes no file (issue 16: the demo writes nothing);
    // leaving the demo protects it then (WindowSession::leaveDemo).
    if (!std::any_of(argv + 1, argv + argc, [](const char* arg) { return std::strcmp(arg, "--demo") == 0; })) {
        SettingsFile::protect();
    }
    const QStringList candidates{
        QDir(executableDirectory(argv[0])).filePath(QStringLiteral(IVS_GUI_MODULE_NAME)),
        QDir(executableDirectory(argv[0]))
            .filePath(QStringLiteral(IVS_GUI_MODULE_RELATIVE_DIR "/" IVS_GUI_MODULE_NAME)),
    };
    QString errors;
    for (const QString& candidate : candidates) {
        QLibrary module(candidate);
        auto start = reinterpret_cast<GuiMain>(module.resolve("ivs_inspector_gui_main"));
        if (start) {
            return start(argc, argv, processStartMsecs);
        }
        errors += QStringLiteral("\n  ") + module.errorString();
    }
    std::fprintf(stderr,
                 "ivs-inspector: the window could not be started, its module is missing or broken:%s\n"
                 "The command line works without it: %s --help\n",
                 qPrintable(errors), argv[0]);
    return 255;
}
