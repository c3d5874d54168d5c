#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The one way to put text that came from outside (a config line, an ARN, a
// region, an answer typed at a prompt, a service's error message) into a
// message: secrets are redacted first (Redactor), then control and invisible
// characters are shown escaped ("\x1b", "\u200b") so they can neither rewrite
// the terminal nor hide in an innocent-looking word, and very long text is
// cut with a note of how much was left out.
class TerminalText
{
    Q_DECLARE_TR_FUNCTIONS(TerminalText)

public:
    static constexpr int DefaultMaxLength = 200;
    static constexpr int DefaultMaxLines = 5;

    // The text between straight double quotes: redacted, escaped, capped.
    static QString quote(const QString& text, int maxLength = DefaultMaxLength);
    // The same, also removing values known to be secret (what was typed at a
    // prompt, the credentials of this run).
    static QString quote(const QString& text, const QStringList& secrets, int maxLength = DefaultMaxLength);
    // The same without the quotes, for text that is a message of its own
    // (an error message the service sent).
    static QString sanitize(const QString& text, int maxLength = 4 * DefaultMaxLength);
    static QString sanitize(const QString& text, const QStringList& secrets, int maxLength = 4 * DefaultMaxLength);
    // Only the escaping: every character that is not visible text (C0 and C1
    // controls, DEL, format characters such as zero-width spaces and bidi
    // overrides, line and paragraph separators) becomes \xNN or \uNNNN.
    static QString escape(const QString& text);
    // The first maxLines lines, then "… and N more" when there were more.
    static QStringList capLines(const QStringList& lines, int maxLines = DefaultMaxLines);
    // The same when only the first lines were kept and total says how many
    // there were in all.
    static QStringList capLines(const QStringList& lines, int maxLines, qsizetype total);
};
