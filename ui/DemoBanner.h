#pragma once

#include <QFrame>

class QPushButton;

// The strip across the top of the window in demo mode: says, for as long as
// the demo runs, that what the window shows is made up and comes from this
// computer, not from AWS, and offers the way back to real credentials.
class DemoBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DemoBanner(QWidget* parent = nullptr);

    QPushButton* leaveButton() const
    {
        return m_leave;
    }

signals:
    void leaveRequested();

private:
    QPushButton* m_leave;
};
