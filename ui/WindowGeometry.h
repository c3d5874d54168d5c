#pragma once

#include <QObject>

class QWidget;

// The window's size and place across runs: restored where the user left it
// when that still fits the screen, saved when it closes. Apart from
// MainWindow so that the screen-fitting rule (issue 12.5: a laptop at 150 %
// has 853×533 logical pixels) is in one place.
class WindowGeometry : public QObject
{
    Q_OBJECT

public:
    // Never larger than the screen: 900×640 at most 95 % of it, then the
    // saved geometry, centred and shrunk again when that no longer fits.
    // The frame is only known once the window is shown, so the window is
    // brought inside once more then, frame and all.
    static void restore(QWidget* window);
    static void save(const QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WindowGeometry(QWidget* window);
    static void keepFrameInside(QWidget* window);
};
