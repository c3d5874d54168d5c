#include "core/TerminalText.h"

#include "core/Redactor.h"

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
    QString out;
    out.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (isInvisible(c)) {
            out += escaped(c);
        } else {
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
        }
    }
    return out;
}

QString TerminalText::sanitize(const QString& text, int maxLength)
{
    qsizetype left = 0;
    // Redact before cutting, so a cut cannot leave half a secret behind.
    const QString shown = escape(capped(Redactor::redact(text), maxLength, &left));
    if (left == 0) {
        return shown;
    }
    return tr("%1… (%n more character(s))", nullptr, int(qMin<qsizetype>(left, INT_MAX))).arg(shown);
}

QString TerminalText::quote(const QString& text, int maxLength)
{
    qsizetype left = 0;
    const QString shown = u'"' + escape(capped(Redactor::redact(text), maxLength, &left)) + u'"';
    if (left == 0) {
        return shown;
    }
    return tr("%1… (%n more character(s))", nullptr, int(qMin<qsizetype>(left, INT_MAX))).arg(shown);
}

QStringList TerminalText::capLines(const QStringList& lines, int maxLines)
{
    if (lines.size() <= maxLines) {
        return lines;
    }
    QStringList kept = lines.mid(0, maxLines);
    kept.append(tr("… and %n more.", nullptr, int(lines.size() - maxLines)));
    return kept;
}
