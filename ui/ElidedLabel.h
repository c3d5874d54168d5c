#pragma once

#include <QLabel>

// A one-line label that fits any width: text that does not fit is elided
// (in the middle for identifiers such as ARNs, whose both ends matter), the
// whole text stays in the tooltip, the accessible name and the Copy action
// of its context menu. Lets a window shrink beside an encoder without
// clipping words.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(Qt::TextElideMode mode = Qt::ElideMiddle, QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const
    {
        return m_fullText;
    }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QString m_fullText;
    Qt::TextElideMode m_mode;

    void updateShownText();
};
