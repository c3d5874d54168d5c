#include "ui/SecretLineEdit.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFocusEvent>
#include <QFontDatabase>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

namespace
{
constexpr int DefaultRevealTimeoutSeconds = 20;

// The SVGs are drawn in one mid grey that vanishes on dark bases: paint them
// in the field's text colour instead. An eye drawn here stands in while the
// icons are not compiled into the resources (tests, other builds).
QIcon eyeIcon(const QString& path, bool crossed, const QColor& color)
{
    const QIcon source = QFile::exists(path) ? QIcon(path) : QIcon();
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        if (!source.isNull()) {
            source.paint(&painter, pixmap.rect());
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), color);
        } else {
            const qreal unit = size / 24.0;
            painter.setPen(QPen(color, 2 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            QPainterPath eye;
            eye.moveTo(2 * unit, 12 * unit);
            eye.quadTo(12 * unit, 1 * unit, 22 * unit, 12 * unit);
            eye.quadTo(12 * unit, 23 * unit, 2 * unit, 12 * unit);
            painter.drawPath(eye);
            painter.drawEllipse(QPointF(12 * unit, 12 * unit), 3 * unit, 3 * unit);
            if (crossed) {
                painter.drawLine(QPointF(3.5 * unit, 3.5 * unit), QPointF(20.5 * unit, 20.5 * unit));
            }
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_revealAction(new QAction(this))
    , m_revealTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("secretLineEdit"));
    // A default only: the form names each field ("Secret access key", ...).
    setAccessibleName(tr("Secret"));
    setEchoMode(QLineEdit::Password);
    applyMonospaceFont();

    m_revealAction->setObjectName(QStringLiteral("revealAction"));
    m_revealAction->setCheckable(true);
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_revealAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_revealAction, QLineEdit::TrailingPosition);
    connect(m_revealAction, &QAction::toggled, this, &SecretLineEdit::setRevealed);

    m_revealTimer->setSingleShot(true);
    m_revealTimer->setInterval(DefaultRevealTimeoutSeconds * 1000);
    connect(m_revealTimer, &QTimer::timeout, this, [this] { setRevealed(false); });

    retranslate();
    updateIcon();
}

bool SecretLineEdit::isRevealed() const
{
    return m_revealed;
}

void SecretLineEdit::setRevealed(bool revealed)
{
    if (revealed == m_revealed) {
        return;
    }
    m_revealed = revealed;
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (revealed) {
        // Normal echo turns prediction and learning back on: an input method
        // must not remember a secret just because it is visible.
        setInputMethodHints(inputMethodHints() | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                            Qt::ImhNoAutoUppercase);
        if (m_revealTimer->interval() > 0) {
            m_revealTimer->start();
        }
    } else {
        m_revealTimer->stop();
        // A selection made while revealed would be copied as clear text.
        deselect();
    }
    {
        const QSignalBlocker blocker(m_revealAction);
        m_revealAction->setChecked(revealed);
    }
    retranslate();
    updateIcon();
    emit revealedChanged(revealed);
}

void SecretLineEdit::setRevealTimeoutSeconds(int seconds)
{
    m_revealTimer->setInterval(qMax(0, seconds) * 1000);
    if (m_revealed) {
        if (m_revealTimer->interval() > 0) {
            m_revealTimer->start();
        } else {
            m_revealTimer->stop();
        }
    }
}

int SecretLineEdit::revealTimeoutSeconds() const
{
    return m_revealTimer->interval() / 1000;
}

QAction* SecretLineEdit::revealAction() const
{
    return m_revealAction;
}

void SecretLineEdit::focusOutEvent(QFocusEvent* event)
{
    // The field's own context menu takes focus too; masking then would grey
    // out its Copy entry the user opened the menu for.
    if (event->reason() != Qt::PopupFocusReason) {
        setRevealed(false);
    }
    QLineEdit::focusOutEvent(event);
}

void SecretLineEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
        updateIcon();
        break;
    case QEvent::LanguageChange:
        retranslate();
        break;
    default:
        break;
    }
}

void SecretLineEdit::retranslate()
{
    m_revealAction->setText(m_revealed ? tr("Hide secret") : tr("Show secret"));
    m_revealAction->setToolTip(tr("Show or hide (Ctrl+H)"));
    // Screen readers cannot tell the state from the dots.
    setAccessibleDescription(m_revealed ? tr("Shown. Press Ctrl+H to hide.") : tr("Hidden. Press Ctrl+H to show."));
}

void SecretLineEdit::updateIcon()
{
    // The icon shows what a click does: an eye to show, a crossed eye to hide.
    const QColor color = palette().color(QPalette::Text);
    m_revealAction->setIcon(m_revealed ? eyeIcon(QStringLiteral(":/icons/conceal.svg"), true, color)
                                       : eyeIcon(QStringLiteral(":/icons/reveal.svg"), false, color));
}

void SecretLineEdit::applyMonospaceFont()
{
    // Keys mix O/0 and l/1/I; a fixed font keeps them apart. Keep the size of
    // the surrounding text so the field lines up with the others.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0) {
        mono.setPointSizeF(font().pointSizeF());
    }
    setFont(mono);
}
