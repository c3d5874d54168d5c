#pragma once

#include "inspect/WatchObservation.h"

#include <QTableWidget>

// A configuration's timeline, newest first: when, the state, and what changed
// (or why it could not be read).
class WatchTimelineView : public QTableWidget
{
    Q_OBJECT

public:
    explicit WatchTimelineView(QWidget* parent = nullptr);

    void setEntries(const QList<WatchObservation>& entries);
    // What changed, in the window's language.
    static QString describe(const WatchObservation& observation);
};
