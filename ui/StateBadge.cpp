#include "ui/StateBadge.h"

#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace
{
// GitHub Primer's success green: white on it is 5.1:1, and it stands out on
// both light and dark windows, so one value serves both.
const QColor ActivePill(0x1a, 0x7f, 0x37);
const QColor ActiveText(0xff, 0xff, 0xff);
// Inactive: a quiet grey pill, with text and outline picked per theme.
const QColor InactivePillLight(0xea, 0xee, 0xf2);
const QColor InactiveTextLight(0x24, 0x29, 0x2f);
const QColor InactiveOutlineLight(0x6e, 0x77, 0x81);
const QColor InactivePillDark(0x30, 0x36, 0x3d);
const QColor InactiveTextDark(0xe6, 0xed, 0xf3);
const QColor InactiveOutlineDark(0x8b, 0x94, 0x9e);

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double linearChannel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF()) +
           0.0722 * linearChannel(rgb.blueF());
}
} // namespace

StateBadge::StateBadge(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stateBadge"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    updateAccessibility();
}

void StateBadge::setState(const QString& state)
{
    if (state == m_state) {
        return;
    }
    m_state = state;
    updateAccessibility();
    update();
}

QString StateBadge::state() const
{
    return m_state;
}

QString StateBadge::stateText() const
{
    return textFor(kindOf(m_state));
}

StateBadge::Kind StateBadge::kindOf(const QString& state)
{
    const QString normalized = state.trimmed();
    if (normalized.compare(QLatin1String("ACTIVE"), Qt::CaseInsensitive) == 0) {
        return Kind::Active;
    }
    if (normalized.compare(QLatin1String("INACTIVE"), Qt::CaseInsensitive) == 0) {
        return Kind::Inactive;
    }
    return Kind::Unknown;
}

QString StateBadge::textFor(Kind kind) const
{
    switch (kind) {
    case Kind::Active:
        return textForState(QStringLiteral("ACTIVE"));
    case Kind::Inactive:
        return textForState(QStringLiteral("INACTIVE"));
    case Kind::Unknown:
        break;
    }
    return textForState(QString());
}

QString StateBadge::textForState(const QString& state)
{
    switch (kindOf(state)) {
    case Kind::Active:
        return tr("ACTIVE");
    case Kind::Inactive:
        return tr("INACTIVE");
    case Kind::Unknown:
        break;
    }
    return tr("UNKNOWN");
}

QIcon StateBadge::iconForState(const QString& state)
{
    switch (kindOf(state)) {
    case Kind::Active:
        return QIcon(QStringLiteral(":/icons/state-active.svg"));
    case Kind::Inactive:
        return QIcon(QStringLiteral(":/icons/state-inactive.svg"));
    case Kind::Unknown:
        break;
    }
    return QIcon(QStringLiteral(":/icons/check-unknown.svg"));
}

QColor StateBadge::pillColorFor(const QString& state, const QPalette& palette)
{
    switch (kindOf(state)) {
    case Kind::Active:
        return ActivePill;
    case Kind::Inactive:
        return isDark(palette) ? InactivePillDark : InactivePillLight;
    case Kind::Unknown:
        break;
    }
    // Unknown claims nothing: the window itself, text in the theme's own colour.
    return palette.color(QPalette::Window);
}

QColor StateBadge::textColorFor(const QString& state, const QPalette& palette)
{
    switch (kindOf(state)) {
    case Kind::Active:
        return ActiveText;
    case Kind::Inactive:
        return isDark(palette) ? InactiveTextDark : InactiveTextLight;
    case Kind::Unknown:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QColor StateBadge::outlineColorFor(const QString& state, const QPalette& palette)
{
    switch (kindOf(state)) {
    case Kind::Active:
        return ActivePill;
    case Kind::Inactive:
        return isDark(palette) ? InactiveOutlineDark : InactiveOutlineLight;
    case Kind::Unknown:
        break;
    }
    return palette.color(QPalette::WindowText);
}

double StateBadge::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QFont StateBadge::badgeFont() const
{
    QFont result = font();
    result.setBold(true);
    // Big enough to read at a glance from across the desk.
    if (result.pointSizeF() > 0) {
        result.setPointSizeF(result.pointSizeF() * 1.4);
    } else {
        result.setPixelSize(qRound(result.pixelSize() * 1.4));
    }
    return result;
}

QSize StateBadge::sizeHint() const
{
    const QFontMetrics metrics(badgeFont());
    const int unit = metrics.height();
    // Room for the widest word, so the header does not shift when the state changes.
    int textWidth = 0;
    for (const Kind kind : {Kind::Active, Kind::Inactive, Kind::Unknown}) {
        textWidth = std::max(textWidth, metrics.horizontalAdvance(textFor(kind)));
    }
    const int width = unit + textWidth + unit + qRound(unit * 0.4) + unit;
    const int height = unit + qRound(unit * 0.6);
    return QSize(width, height);
}

QSize StateBadge::minimumSizeHint() const
{
    return sizeHint();
}

void StateBadge::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    const Kind kind = kindOf(m_state);
    const QPalette& pal = palette();
    const QFont textFont = badgeFont();
    const QFontMetrics metrics(textFont);
    const int unit = metrics.height();

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const qreal penWidth = std::max(1.5, unit / 12.0);
    const QSize hint = sizeHint();
    QRectF pill(0, 0, width(), std::min(height(), hint.height()));
    pill.moveTop((height() - pill.height()) / 2.0);
    pill.adjust(penWidth / 2, penWidth / 2, -penWidth / 2, -penWidth / 2);
    const qreal radius = pill.height() / 2;

    // Shape tells the state apart for those who cannot tell the colours apart.
    QPen outline(outlineColorFor(m_state, pal), penWidth);
    switch (kind) {
    case Kind::Active:
        outline = Qt::NoPen;
        break;
    case Kind::Inactive:
        break;
    case Kind::Unknown:
        outline.setStyle(Qt::DashLine);
        break;
    }
    painter.setPen(outline);
    painter.setBrush(pillColorFor(m_state, pal));
    painter.drawRoundedRect(pill, radius, radius);

    const QColor textColor = textColorFor(m_state, pal);
    const QString text = textFor(kind);
    const int iconSize = kind == Kind::Unknown ? 0 : unit;
    const int spacing = kind == Kind::Unknown ? 0 : qRound(unit * 0.4);
    const int contentWidth = iconSize + spacing + metrics.horizontalAdvance(text);
    const qreal left = pill.center().x() - contentWidth / 2.0;
    const QRectF iconRect(left, pill.center().y() - iconSize / 2.0, iconSize, iconSize);

    if (kind != Kind::Unknown) {
        const QString path = kind == Kind::Active ? QStringLiteral(":/icons/state-active.svg")
                                                  : QStringLiteral(":/icons/state-inactive.svg");
        const QIcon icon = QFile::exists(path) ? QIcon(path) : QIcon();
        painter.setPen(Qt::NoPen);
        if (kind == Kind::Active) {
            // The icon's green disc would melt into the green pill: ring it in the text colour.
            painter.setBrush(textColor);
            painter.drawEllipse(iconRect);
            if (!icon.isNull()) {
                const qreal ring = std::max(1.5, iconSize / 10.0);
                icon.paint(&painter, iconRect.adjusted(ring, ring, -ring, -ring).toAlignedRect());
            }
        } else if (!icon.isNull()) {
            // The icon's grey is too faint on the dark pill: paint it in the text colour.
            const qreal ratio = devicePixelRatioF();
            QPixmap pixmap(QSize(iconSize, iconSize) * ratio);
            pixmap.setDevicePixelRatio(ratio);
            pixmap.fill(Qt::transparent);
            QPainter tint(&pixmap);
            tint.setRenderHint(QPainter::Antialiasing);
            icon.paint(&tint, QRect(0, 0, iconSize, iconSize));
            tint.setCompositionMode(QPainter::CompositionMode_SourceIn);
            tint.fillRect(QRect(0, 0, iconSize, iconSize), textColor);
            tint.end();
            painter.drawPixmap(iconRect.topLeft(), pixmap);
        } else {
            // No icon compiled in: an empty ring, the "off" counterpart of the filled disc.
            painter.setPen(QPen(textColor, penWidth));
            painter.setBrush(Qt::NoBrush);
            const qreal inset = penWidth;
            painter.drawEllipse(iconRect.adjusted(inset, inset, -inset, -inset));
        }
    }

    painter.setFont(textFont);
    painter.setPen(textColor);
    const QRectF textRect(left + iconSize + spacing, pill.top(), metrics.horizontalAdvance(text) + 1, pill.height());
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
}

void StateBadge::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
        update();
        break;
    case QEvent::FontChange:
        updateGeometry();
        update();
        break;
    case QEvent::LanguageChange:
        updateAccessibility();
        updateGeometry();
        update();
        break;
    default:
        break;
    }
}

void StateBadge::updateAccessibility()
{
    QString description;
    switch (kindOf(m_state)) {
    case Kind::Active:
        description = tr("A publisher is streaming to the stage now.");
        break;
    case Kind::Inactive:
        description = tr("Nothing is being published to the stage right now.");
        break;
    case Kind::Unknown:
        description = tr("The state of the ingest configuration is not known.");
        break;
    }
    setAccessibleName(tr("State: %1").arg(stateText()));
    // The API's own word too, whatever the language on the badge.
    const QString apiValue = m_state.trimmed().isEmpty() ? QStringLiteral("UNKNOWN") : m_state.trimmed();
    setAccessibleDescription(tr("%1 (API value %2)").arg(description, apiValue));
    setToolTip(description);
}
