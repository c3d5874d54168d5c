#pragma once

#include <QColor>
#include <QIcon>
#include <QString>
#include <QWidget>

class QPalette;

// The large ACTIVE / INACTIVE badge in the header. The state is told by the
// word, the icon and the shape (filled pill, outlined pill, dashed outline),
// never by colour alone, and the colours keep a text contrast of at least
// 4.5:1 (WCAG AA) in light and dark palettes.
class StateBadge : public QWidget
{
    Q_OBJECT

public:
    explicit StateBadge(QWidget* parent = nullptr);

    // "ACTIVE", "INACTIVE"; anything else, empty included, shows as unknown.
    void setState(const QString& state);
    // The state as last given to setState().
    QString state() const;
    // The word on the badge: tr("ACTIVE"), tr("INACTIVE") or tr("UNKNOWN").
    QString stateText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The word shown for an API state (translated), and its icon.
    static QString textForState(const QString& state);
    static QIcon iconForState(const QString& state);

    // Colours for a state in a palette; public so tests can check the contrast.
    static QColor pillColorFor(const QString& state, const QPalette& palette);
    static QColor textColorFor(const QString& state, const QPalette& palette);
    static QColor outlineColorFor(const QString& state, const QPalette& palette);
    // WCAG 2 contrast ratio, from 1 (same) to 21 (black on white).
    static double contrastRatio(const QColor& a, const QColor& b);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Kind
    {
        Active,
        Inactive,
        Unknown
    };

    QString m_state;

    static Kind kindOf(const QString& state);
    QString textFor(Kind kind) const;
    QFont badgeFont() const;
    void updateAccessibility();
};
