#pragma once

#include <QObject>

class QMenu;
class ResultTabs;

// The keys that move between results from anywhere in the window, not only
// from inside the tab bar: filter the current result's fields, next and
// previous result (wrapping around), close the current one.
class ResultNavigation : public QObject
{
    Q_OBJECT

public:
    ResultNavigation(ResultTabs* tabs, QObject* parent);

    // Adds the actions to the menu, each with its shortcut for the whole window.
    void addTo(QMenu* menu);

private:
    ResultTabs* m_tabs;

    void step(int by);
};
