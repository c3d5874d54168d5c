#include "ui/WatchController.h"

#include "inspect/Watcher.h"
#include "ui/DesktopNotifier.h"
#include "ui/ResultTabs.h"
#include "ui/ResultView.h"
#include "ui/WatchPanel.h"
#include "ui/WatchTimelineView.h"
#include "ui/WindowSession.h"

#include <QSettings>

namespace
{
const QString IntervalKey = QStringLiteral("watch/intervalSeconds");
} // namespace

WatchController::WatchController(WindowSession* session, ResultTabs* tabs, const QString& timelinePath, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tabs(tabs)
    , m_watcher(new Watcher(session->engine(), this))
    , m_timeline(timelinePath)
    , m_notifier(new DesktopNotifier(this))
{
    m_watcher->setIntervalSeconds(QSettings().value(IntervalKey, Watcher::DefaultIntervalSeconds).toInt());
    connect(m_watcher, &Watcher::observed, this, &WatchController::onObserved);
    connect(m_watcher, &Watcher::changed, this, &WatchController::onChanged);
    connect(m_watcher, &Watcher::configurationRead, this,
            [this](const IngestConfiguration& configuration) { m_latest.insert(configuration.arn, configuration); });
    connect(m_watcher, &Watcher::intervalChanged, this, &WatchController::settingsChanged);
    // The demo's changes are made up: a timeline for the demo session alone,
    // and the real one back untouched after it (issue 16).
    connect(session, &WindowSession::demoChanged, this, [this](bool demo) { m_timeline.setMemoryOnly(demo); });
    m_timeline.setMemoryOnly(session->isDemo());
    connect(tabs, &ResultTabs::viewClosed, this, [this](const QString& arn) {
        if (isWatching(arn)) {
            setWatching(IngestConfigurationArn::parse(arn), false);
        }
    });
}

WatchController::~WatchController() = default;

void WatchController::setNotifier(DesktopNotifier* notifier)
{
    m_notifier = notifier;
}

void WatchController::attach(ResultView* view)
{
    auto* panel = new WatchPanel(view->arn(), this, view);
    connect(panel, &WatchPanel::statusMessage, this, &WatchController::statusMessage);
    view->addPage(panel, tr("Wa&tch"));
}

bool WatchController::isWatching(const QString& arn) const
{
    return m_watcher->isWatching(arn);
}

void WatchController::setWatching(const IngestConfigurationArn& arn, bool on)
{
    if (on == isWatching(arn.toString())) {
        return;
    }
    if (on) {
        m_watcher->add(arn);
        if (!m_watcher->isRunning()) {
            m_watcher->start();
        } else {
            m_watcher->pollNow();
        }
    } else {
        m_watcher->remove(arn.toString());
        if (m_watcher->arns().isEmpty()) {
            m_watcher->stop();
        }
    }
    emit settingsChanged();
}

int WatchController::intervalSeconds() const
{
    return m_watcher->intervalSeconds();
}

void WatchController::setIntervalSeconds(int seconds)
{
    if (seconds == m_watcher->intervalSeconds()) {
        return;
    }
    m_watcher->setIntervalSeconds(seconds);
    if (!m_session->isDemo()) { // the demo writes no settings
        QSettings().setValue(IntervalKey, m_watcher->intervalSeconds());
    }
    emit settingsChanged();
}

int WatchController::effectiveIntervalSeconds() const
{
    return m_watcher->effectiveIntervalSeconds();
}

int WatchController::watchedCount() const
{
    return int(m_watcher->arns().size());
}

QPair<QString, QString> WatchController::notificationText(const WatchObservation& observation)
{
    const QString who = observation.name.isEmpty() ? observation.arn.section(u'/', -1) : observation.name;
    const QString title =
        observation.isError() ? tr("%1 cannot be read").arg(who) : tr("%1 is %2").arg(who, observation.state);
    return {title, WatchTimelineView::describe(observation) + u'\n' + observation.arn};
}

void WatchController::onObserved(const WatchObservation& observation)
{
    // A look that changed nothing still refreshed the view: say so, or the
    // tab reads "Last refreshed" minutes ago while it is being watched.
    const auto latest = m_latest.constFind(observation.arn);
    if (observation.isError() || latest == m_latest.cend()) {
        return;
    }
    ResultView* view = m_tabs->resultFor(observation.arn);
    if (view && !view->isBusy()) {
        view->markRefreshed(observation.at);
    }
    emit refreshed(*latest, observation.at);
}

void WatchController::onChanged(const WatchObservation& observation)
{
    m_timeline.append(observation);
    emit timelineChanged(observation.arn);
    if (observation.first) {
        return; // the state the user just looked at is no news
    }
    const auto [title, body] = notificationText(observation);
    if (m_notifier) {
        m_notifier->notify(title, body);
    }
    // The tab shows the configuration as it is now.
    const auto latest = m_latest.constFind(observation.arn);
    ResultView* view = m_tabs->resultFor(observation.arn);
    if (view && !observation.isError() && latest != m_latest.cend()) {
        view->showResult(*latest, observation.at);
    }
    emit statusMessage(title);
}
