#pragma once

#include <QLabel>

// A one-line label that fits any width: text that does not fit is drawn
// elided (in the middle for identifiers such as ARNs, whose both ends
// matter), while text(), the tooltip and the Copy action of its context
// menu keep the whole of it. Lets a window shrink beside an encoder without
// clipping words.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(Qt::TextElideMode mode = Qt::ElideMiddle, QWidget* parent = nullptr);

    void setFullText(const QString& text);
    // What is drawn at the current width.
    QString shownText() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    Qt::TextElideMode m_mode;
};
