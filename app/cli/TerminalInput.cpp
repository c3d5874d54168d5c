#include "cli/TerminalInput.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace
{
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
