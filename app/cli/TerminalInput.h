#pragma once

#include <QString>

#include <optional>

// Reading answers from the person at the terminal, or lines from a pipe when
// there is none. The no-echo switch is the one platform-specific part.
class TerminalInput
{
public:
    static bool isInteractive();
    // Writes the prompt to stderr (stdout stays clean for output) and reads
    // one line; nothing at end of input.
    static std::optional<QString> ask(const QString& prompt, bool echo = true);
};
