#pragma once

#include "ivs/IngestConfigurationArn.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class WatchController;
class WatchTimelineView;

// The Watch page of a result: watch this configuration (on or off), how often
// (shared by everything watched; raised to what the quota allows), its state
// timeline and the CSV export.
class WatchPanel : public QWidget
{
    Q_OBJECT

public:
    WatchPanel(const IngestConfigurationArn& arn, WatchController* controller, QWidget* parent = nullptr);

    QCheckBox* watchToggle() const
    {
        return m_toggle;
    }
    QSpinBox* intervalBox() const
    {
        return m_interval;
    }
    WatchTimelineView* timeline() const
    {
        return m_timeline;
    }
    QLabel* note() const
    {
        return m_note;
    }
    // Writes the timeline as CSV; false (and says why) when it cannot.
    bool exportCsv(const QString& path);

signals:
    void statusMessage(const QString& message);

private:
    IngestConfigurationArn m_arn;
    WatchController* m_controller;
    QCheckBox* m_toggle;
    QSpinBox* m_interval;
    QLabel* m_note;
    WatchTimelineView* m_timeline;
    QPushButton* m_exportButton;

    void refresh();
    void chooseExportFile();
};
