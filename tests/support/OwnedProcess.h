#pragma once

#include <QProcess>

// A helper program a test starts (Xvfb, OBS, nginx): in its own process
// group, killed with the test process even when that dies, and killed as a
// whole group when this object goes.
class OwnedProcess : public QProcess
{
    Q_OBJECT

public:
    explicit OwnedProcess(QObject* parent = nullptr);
    ~OwnedProcess() override;

    void killGroup();
};
