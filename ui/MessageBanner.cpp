#include "ui/MessageBanner.h"

#include "ui/WrappingLabel.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace
{
// Mixes the accent into the window colour; a light tint keeps the window's own
// text colour readable on it in light and dark palettes alike.
QColor blend(const QColor& base, const QColor& accent, qreal amount)
{
    const QColor a = base.toRgb();
    const QColor b = accent.toRgb();
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}
} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_titleLabel(WrappingLabel::create(QStringLiteral("titleLabel"), this))
    , m_textLabel(WrappingLabel::create(QStringLiteral("textLabel"), this))
    , m_detailsLabel(WrappingLabel::create(QStringLiteral("detailsLabel"), this))
    , m_actionsLayout(new QHBoxLayout)
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    // The frame is painted in paintEvent; QFrame's own would draw over it.
    setFrameShape(QFrame::NoFrame);
    // Not Maximum: that caps the height at sizeHint(), which is worked out
    // for the text's widest layout; narrower, the text needs more lines than
    // that, and the last ones were cut off.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    m_iconLabel->setObjectName(QStringLiteral("iconLabel"));
    m_iconLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    QFont detailsFont = m_detailsLabel->font();
    if (detailsFont.pointSizeF() > 0) {
        detailsFont.setPointSizeF(detailsFont.pointSizeF() * 0.85);
    }
    m_detailsLabel->setFont(detailsFont);

    m_closeButton->setObjectName(QStringLiteral("closeToolButton"));
    m_closeButton->setAutoRaise(true);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        clear();
        emit dismissed();
    });

    auto* textColumn = new QVBoxLayout;
    textColumn->setSpacing(2);
    textColumn->addWidget(m_titleLabel);
    textColumn->addWidget(m_textLabel);
    textColumn->addWidget(m_detailsLabel);
    m_actionsLayout->addStretch(1);
    textColumn->addLayout(m_actionsLayout);

    auto* layout = new QHBoxLayout(this);
    // Leaves room for the accent stripe painted along the left edge.
    layout->setContentsMargins(14, 8, 6, 8);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addLayout(textColumn, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    updateCloseButton();
    updateContents();
    hide();
}

void MessageBanner::showError(const AwsError& error, const QString& hint)
{
    QStringList text{error.message};
    for (const QString& part : {error.advice(), hint}) {
        if (!part.isEmpty()) {
            text.append(part);
        }
    }
    QStringList details;
    if (!error.code.isEmpty()) {
        details.append(tr("Code: %1").arg(error.code));
    }
    if (error.httpStatus != 0) {
        details.append(tr("HTTP %1").arg(error.httpStatus));
    }
    if (!error.requestId.isEmpty()) {
        details.append(tr("Request ID: %1").arg(error.requestId));
    }
    // Where it went and how often, so a network problem can be told from a
    // wrong endpoint.
    if (!error.host.isEmpty() && error.category != AwsError::Category::Cancelled) {
        details.append(error.attempts > 0 ? tr("%1, %n attempt(s)", nullptr, error.attempts).arg(error.host)
                                          : tr("%1, nothing sent").arg(error.host));
    }
    const Kind kind = error.category == AwsError::Category::Cancelled ? Kind::Information : Kind::Error;
    showMessage(kind, AwsError::categoryName(error.category), text.join(u'\n'), details.join(QStringLiteral(" · ")));
}

void MessageBanner::showMessage(Kind kind, const QString& title, const QString& text, const QString& details)
{
    removeActions();
    m_kind = kind;
    m_title = title;
    m_text = text;
    m_details = details;
    updateContents();
    show();
    update();
#if QT_CONFIG(accessibility)
    // Screen readers announce an alert; a banner appearing silently would go unnoticed.
    if (kind == Kind::Error || kind == Kind::Warning) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
#endif
}

void MessageBanner::clear()
{
    removeActions();
    hide();
}

QPushButton* MessageBanner::addAction(const QString& text)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(QStringLiteral("action%1PushButton").arg(m_actionButtons.size() + 1));
    QString name = text;
    name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    button->setAccessibleName(name);
    // Before the trailing stretch: buttons sit at the start, under the text.
    m_actionsLayout->insertWidget(m_actionsLayout->count() - 1, button);
    // The layout would only show it on the next event loop pass; the caller may check it at once.
    button->setVisible(true);
    m_actionButtons.append(button);
    return button;
}

MessageBanner::Kind MessageBanner::kind() const
{
    return m_kind;
}

QString MessageBanner::title() const
{
    return m_title;
}

QString MessageBanner::text() const
{
    return m_text;
}

QString MessageBanner::details() const
{
    return m_details;
}

QString MessageBanner::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Error:
        return tr("Error");
    case Kind::Warning:
        return tr("Warning");
    case Kind::Information:
        return tr("Information");
    case Kind::Success:
        return tr("Success");
    }
    return QString();
}

QColor MessageBanner::accentColor() const
{
    // Breeze's message colours: saturated enough to be seen on light and dark windows.
    switch (m_kind) {
    case Kind::Error:
        return QColor(0xda, 0x44, 0x53);
    case Kind::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Kind::Information:
        return QColor(0x3d, 0xae, 0xe9);
    case Kind::Success:
        return QColor(0x27, 0xae, 0x60);
    }
    return palette().color(QPalette::Highlight);
}

void MessageBanner::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = accentColor();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(blend(palette().color(QPalette::Window), accent, 0.15));
    painter.drawRoundedRect(box, 4, 4);
    // A solid stripe, so the kind stays visible even where the tint is hard to see.
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.drawRoundedRect(QRectF(box.left(), box.top(), 5, box.height()), 2, 2);
}

void MessageBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        updateCloseButton();
        updateContents();
        update();
        break;
    case QEvent::LanguageChange:
        updateCloseButton();
        updateContents();
        break;
    default:
        break;
    }
}

void MessageBanner::removeActions()
{
    for (QPushButton* button : std::as_const(m_actionButtons)) {
        m_actionsLayout->removeWidget(button);
        button->hide();
        // Not deleted at once: clear() may run from this very button's clicked().
        button->setParent(nullptr);
        button->deleteLater();
    }
    m_actionButtons.clear();
}

void MessageBanner::updateContents()
{
    QStyle::StandardPixmap standard = QStyle::SP_MessageBoxInformation;
    QString heading;
    switch (m_kind) {
    case Kind::Error:
        standard = QStyle::SP_MessageBoxCritical;
        heading = m_title.isEmpty() ? tr("Error") : tr("Error: %1").arg(m_title);
        break;
    case Kind::Warning:
        standard = QStyle::SP_MessageBoxWarning;
        heading = m_title.isEmpty() ? tr("Warning") : tr("Warning: %1").arg(m_title);
        break;
    case Kind::Information:
        standard = QStyle::SP_MessageBoxInformation;
        heading = m_title.isEmpty() ? tr("Information") : tr("Information: %1").arg(m_title);
        break;
    case Kind::Success:
        standard = QStyle::SP_DialogApplyButton;
        heading = m_title.isEmpty() ? tr("Success") : tr("Success: %1").arg(m_title);
        break;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_ToolBarIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(standard, nullptr, this);
    m_iconLabel->setPixmap(icon.pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_iconLabel->setVisible(!icon.isNull());
    m_iconLabel->setAccessibleName(kindName(m_kind));

    // The kind word is part of the visible heading, not only of the icon.
    m_titleLabel->setText(heading);
    m_titleLabel->setAccessibleName(heading);
    m_textLabel->setText(m_text);
    m_textLabel->setAccessibleName(tr("Message"));
    m_textLabel->setVisible(!m_text.isEmpty());
    m_detailsLabel->setText(m_details);
    m_detailsLabel->setAccessibleName(tr("Details"));
    m_detailsLabel->setVisible(!m_details.isEmpty());

    setAccessibleName(heading);
    setAccessibleDescription(m_details.isEmpty() ? m_text : m_text + u'\n' + m_details);
}

void MessageBanner::updateCloseButton()
{
    m_closeButton->setText(tr("Dismiss"));
    m_closeButton->setToolTip(tr("Dismiss message"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    const QIcon icon = style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this);
    m_closeButton->setIcon(icon);
    // Without an icon the word must show, or the button would be an empty square.
    m_closeButton->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
}
