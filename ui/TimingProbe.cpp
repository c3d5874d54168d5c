#include "ui/TimingProbe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#include <QDateTime>

namespace
{
qint64 g_processStart = 0;

qint64 sinceProcessStart()
{
    return QDateTime::currentMSecsSinceEpoch() - g_processStart;
}
} // namespace

TimingProbe* TimingProbe::instance()
{
    static TimingProbe* probe = new TimingProbe;
    return probe;
}

bool TimingProbe::enabled()
{
    static const bool on = qEnvironmentVariableIntValue("IVS_INSPECTOR_TIMING") == 1;
    return on;
}

void TimingProbe::markProcessStart(qint64 msecsSinceEpoch)
{
    g_processStart = msecsSinceEpoch;
}

void TimingProbe::report(const char* what, qint64 ms)
{
    std::fprintf(stderr, "ivs-inspector timing: %s %lld ms\n", what, static_cast<long long>(ms));
    std::fflush(stderr);
}

void TimingProbe::watchFirstPaint(QWidget* window)
{
    if (!enabled()) {
        return;
    }
    m_window = window;
    window->installEventFilter(this);
}

void TimingProbe::inspectStarted()
{
    if (enabled()) {
        m_sinceInspect.start();
    }
}

void TimingProbe::resultShown(QWidget* view)
{
    if (!enabled() || !m_sinceInspect.isValid() || m_result) {
        return;
    }
    m_result = view;
    view->installEventFilter(this);
    view->update();
}

bool TimingProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        // The paint is done once this event has been handled: report then.
        if (watched == m_window) {
            m_window->removeEventFilter(this);
            QTimer::singleShot(0, this, [] { report("first-paint", sinceProcessStart()); });
        } else if (watched == m_result) {
            m_result->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                report("inspect-to-painted-result", m_sinceInspect.elapsed());
                m_result = nullptr;
                m_sinceInspect.invalidate();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}
