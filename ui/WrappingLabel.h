#pragma once

class QLabel;
class QString;
class QWidget;

// A label for text that may come from outside (a server's message, a line of a
// configuration file, OBS's answer): plain text, never read as HTML; wrapped at
// words and selectable. Its minimum width does not follow its longest word, so
// one long run without spaces is cut at the label's edge instead of widening
// the window past the screen.
class WrappingLabel
{
public:
    static QLabel* create(const QString& objectName, QWidget* parent);
};
