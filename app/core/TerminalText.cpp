#include "core/TerminalText.h"

#include "core/Redactor.h"

#include <algorithm>

namespace
{
bool isInvisible(char32_t c)
{
    // Unicode general categories Cc (controls), Cf (format: zero-width
    // characters, bidi controls, BOM), Zl and Zp (line and paragraph
    // separators), and unassigned code points.
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString escaped(char32_t c)
{
    if (c < 0x100) {
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    if (c < 0x10000) {
        return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
}

// Only a window of a huge text is redacted and shown: what lies beyond it is
// never printed, and the margin is wider than any secret (session tokens run
// to a couple of thousand characters), so a secret across the cut is still
// recognised whole.
QString window(const QString& text, int maxLength)
{
    constexpr qsizetype Margin = 4096;
    if (maxLength <= 0 || text.size() <= maxLength + Margin) {
        return text;
    }
    return text.left(maxLength + Margin);
}

// Cuts after maxLength characters without splitting a surrogate pair.
QString capped(const QString& text, int maxLength, qsizetype* left)
{
    *left = 0;
    if (maxLength <= 0 || text.size() <= maxLength) {
        return text;
    }
    qsizetype cut = maxLength;
    if (text.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    *left = text.size() - cut;
    return text.left(cut);
}
} // namespace

QString TerminalText::escape(const QString& text)
{
    // Printable ASCII is by far the commonest: only what is not gets looked at.
    const auto plain = [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    };
    if (std::all_of(text.cbegin(), text.cend(), plain)) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (plain(c)) {
            out += c;
            continue;
        }
        char32_t code = c.unicode();
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            units = 2;
        }
        if (isInvisible(code)) {
            out += escaped(code);
        } else {
            out += QStringView(text).mid(i, units);
        }
        i += units - 1;
    }
    return out;
}

QString TerminalText::sanitize(const QString& text, int maxLength)
{
    return sanitize(text, QStringList(), maxLength);
}

QString TerminalText::sanitize(const QString& text, const QStringList& secrets, int maxLength)
{
    qsizetype left = 0;
    // Redact before cutting, so a cut cannot leave half a secret behind.
    const QString shown = escape(capped(Redactor::redact(window(text, maxLength), secrets), maxLength, &left));
    left += text.size() - window(text, maxLength).size();
    if (left == 0) {
        return shown;
    }
    return tr("%1… (%n more character(s))", nullptr, int(qMin<qsizetype>(left, INT_MAX))).arg(shown);
}

QString TerminalText::quote(const QString& text, int maxLength)
{
    return quote(text, QStringList(), maxLength);
}

QString TerminalText::quote(const QString& text, const QStringList& secrets, int maxLength)
{
    qsizetype left = 0;
    const QString shown =
        u'"' + escape(capped(Redactor::redact(window(text, maxLength), secrets), maxLength, &left)) + u'"';
    left += text.size() - window(text, maxLength).size();
    if (left == 0) {
        return shown;
    }
    return tr("%1… (%n more character(s))", nullptr, int(qMin<qsizetype>(left, INT_MAX))).arg(shown);
}

QStringList TerminalText::capLines(const QStringList& lines, int maxLines)
{
    return capLines(lines, maxLines, lines.size());
}

QStringList TerminalText::capLines(const QStringList& lines, int maxLines, qsizetype total)
{
    if (total <= maxLines && lines.size() <= maxLines) {
        return lines;
    }
    QStringList kept = lines.mid(0, maxLines);
    const qsizetype more = qMax<qsizetype>(total, lines.size()) - kept.size();
    if (more > 0) {
        kept.append(tr("… and %n more.", nullptr, int(qMin<qsizetype>(more, INT_MAX))));
    }
    return kept;
}
