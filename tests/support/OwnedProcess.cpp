#include "OwnedProcess.h"

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

OwnedProcess::OwnedProcess(QObject* parent)
    : QProcess(parent)
{
    setChildProcessModifier([] {
        ::setpgid(0, 0);
        // Nothing outlives a crashed or timed-out test.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
}

OwnedProcess::~OwnedProcess()
{
    killGroup();
}

void OwnedProcess::killGroup()
{
    if (state() == QProcess::NotRunning) {
        return;
    }
    const auto group = static_cast<pid_t>(processId());
    if (group > 0) {
        ::kill(-group, SIGKILL);
    }
    waitForFinished(5000);
}
