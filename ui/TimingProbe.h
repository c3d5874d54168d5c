#pragma once

#include <QElapsedTimer>
#include <QObject>

// Reports, when IVS_INSPECTOR_TIMING=1 asks for it, how long the window took
// from process start to its first paint, and from Inspect to the painted
// result. Lines go to stderr as "ivs-inspector timing: <what> <ms> ms".
class TimingProbe : public QObject
{
    Q_OBJECT

public:
    static TimingProbe* instance();
    static bool enabled();
    // The wall-clock time main() started at, in ms since the epoch.
    static void markProcessStart(qint64 msecsSinceEpoch);

    void watchFirstPaint(QWidget* window);
    void inspectStarted();
    void resultShown(QWidget* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_sinceInspect;
    QWidget* m_window = nullptr;
    QWidget* m_result = nullptr;

    using QObject::QObject;
    static void report(const char* what, qint64 ms);
};
