#include "cli/TerminalInput.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace
{
#ifndef Q_OS_WIN
// While echo is off, a signal that ends the process (Ctrl-C, a hang-up, a
// kill) must first give the terminal its echo back, or the shell the user
// returns to types blind. Only async-signal-safe calls in the handler.
termios g_savedTerminal{};
constexpr int kEndingSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
struct sigaction g_previous[sizeof kEndingSignals / sizeof kEndingSignals[0]];

void restoreTerminalAndEnd(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    const char newline = '\n';
    [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, &newline, 1);
    if (signal == SIGINT) {
        _exit(130); // the AWS CLI's exit code for Ctrl-C
    }
    ::signal(signal, SIG_DFL);
    raise(signal);
}
#endif

// Turns terminal echo off for its lifetime (so a secret is not shown).
class EchoOff
{
public:
    explicit EchoOff(bool active)
        : m_active(active)
    {
        if (!m_active) {
            return;
        }
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        GetConsoleMode(m_handle, &m_mode);
        SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        tcgetattr(STDIN_FILENO, &m_saved);
        g_savedTerminal = m_saved;
        struct sigaction action
        {};
        action.sa_handler = restoreTerminalAndEnd;
        sigemptyset(&action.sa_mask);
        for (size_t i = 0; i < sizeof kEndingSignals / sizeof kEndingSignals[0]; ++i) {
            sigaction(kEndingSignals[i], &action, &g_previous[i]);
        }
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet); // not FLUSH: keep what was typed ahead
#endif
    }
    ~EchoOff()
    {
        if (!m_active) {
            return;
        }
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
        for (size_t i = 0; i < sizeof kEndingSignals / sizeof kEndingSignals[0]; ++i) {
            sigaction(kEndingSignals[i], &g_previous[i], nullptr);
        }
#endif
        std::fputs("\n", stderr); // the Enter the user typed was not echoed
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};
} // namespace

bool TerminalInput::isInteractive()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> TerminalInput::ask(const QString& prompt, bool echo)
{
    const bool interactive = isInteractive();
    if (interactive) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    EchoOff guard(interactive && !echo);
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
        line.push_back(static_cast<char>(c));
    }
    if (c == EOF && line.empty()) {
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
}
