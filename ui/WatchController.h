#pragma once

#include "inspect/StateTimeline.h"
#include "inspect/WatchObservation.h"
#include "ivs/IngestConfiguration.h"
#include "ivs/IngestConfigurationArn.h"

#include <QHash>
#include <QObject>

class DesktopNotifier;
class ResultTabs;
class ResultView;
class Watcher;
class WindowSession;

// Watching in the window: one Watcher on the window's engine (so every look
// waits its turn in the one request scheduler), the timeline kept across
// restarts, a desktop notification on every change, the result tab shown
// again when its configuration changed, and a Watch page on every result tab.
// The interval is one for everything watched and is remembered.
class WatchController : public QObject
{
    Q_OBJECT

public:
    WatchController(WindowSession* session,
                    ResultTabs* tabs,
                    const QString& timelinePath = StateTimeline::defaultPath(),
                    QObject* parent = nullptr);
    ~WatchController() override;

    // Gives the view its Watch page.
    void attach(ResultView* view);
    bool isWatching(const QString& arn) const;
    void setWatching(const IngestConfigurationArn& arn, bool on);
    int intervalSeconds() const;
    void setIntervalSeconds(int seconds);
    int effectiveIntervalSeconds() const;
    int watchedCount() const;
    StateTimeline* timeline()
    {
        return &m_timeline;
    }
    Watcher* watcher() const
    {
        return m_watcher;
    }
    DesktopNotifier* notifier() const
    {
        return m_notifier;
    }
    // For tests: where notifications go.
    void setNotifier(DesktopNotifier* notifier);
    // The notification's title and body for a change (never a secret).
    static QPair<QString, QString> notificationText(const WatchObservation& observation);

signals:
    void timelineChanged(const QString& arn);
    void settingsChanged();
    void statusMessage(const QString& message);
    // Every successful look, changed or not: for the overview's "last refreshed".
    void refreshed(const IngestConfiguration& configuration, const QDateTime& at);

private:
    WindowSession* m_session;
    ResultTabs* m_tabs;
    Watcher* m_watcher;
    StateTimeline m_timeline;
    DesktopNotifier* m_notifier;
    QHash<QString, IngestConfiguration> m_latest;

    void onObserved(const WatchObservation& observation);
    void onChanged(const WatchObservation& observation);
};
