#include "ui/WatchPanel.h"

#include "inspect/StateTimeline.h"
#include "inspect/Watcher.h"
#include "ui/WatchController.h"
#include "ui/WatchTimelineView.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

WatchPanel::WatchPanel(const IngestConfigurationArn& arn, WatchController* controller, QWidget* parent)
    : QWidget(parent)
    , m_arn(arn)
    , m_controller(controller)
    , m_toggle(new QCheckBox(tr("Watch this config&uration"), this))
    , m_interval(new QSpinBox(this))
    , m_note(new QLabel(this))
    , m_timeline(new WatchTimelineView(this))
    , m_exportButton(new QPushButton(tr("E&xport CSV…"), this))
{
    setObjectName(QStringLiteral("watchPanel"));
    m_toggle->setObjectName(QStringLiteral("watchCheckBox"));
    m_toggle->setToolTip(tr("Read it again at the interval and note every change of state, stage or participant"));
    m_interval->setObjectName(QStringLiteral("watchIntervalSpinBox"));
    m_interval->setAccessibleName(tr("Seconds between looks"));
    m_interval->setRange(1, Watcher::MaxIntervalSeconds);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(controller->intervalSeconds());
    m_note->setObjectName(QStringLiteral("watchNoteLabel"));
    m_note->setWordWrap(true);
    m_exportButton->setObjectName(QStringLiteral("watchExportButton"));
    auto* every = new QLabel(tr("&every"), this);
    every->setBuddy(m_interval);
    auto* row = new QHBoxLayout;
    row->addWidget(m_toggle);
    row->addWidget(every);
    row->addWidget(m_interval);
    row->addStretch();
    row->addWidget(m_exportButton);
    // Scrolls like the Get it live page: a small window (800×500, or a
    // laptop at 150 %) keeps every control reachable, and the page does not
    // set the smallest height of the whole result view (taller CJK lines).
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(row);
    layout->addWidget(m_note);
    layout->addWidget(m_timeline, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("watchScrollArea"));
    scroll->setAccessibleName(tr("Watch"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_toggle->setChecked(controller->isWatching(arn.toString()));
    connect(m_toggle, &QCheckBox::toggled, this, [this](bool on) { m_controller->setWatching(m_arn, on); });
    connect(m_interval, &QSpinBox::valueChanged, controller, &WatchController::setIntervalSeconds);
    connect(m_exportButton, &QPushButton::clicked, this, &WatchPanel::chooseExportFile);
    connect(controller, &WatchController::timelineChanged, this, [this](const QString& arn) {
        if (arn == m_arn.toString()) {
            refresh();
        }
    });
    connect(controller, &WatchController::settingsChanged, this, &WatchPanel::refresh);
    refresh();
}

void WatchPanel::refresh()
{
    const QSignalBlocker blockToggle(m_toggle);
    const QSignalBlocker blockInterval(m_interval);
    m_toggle->setChecked(m_controller->isWatching(m_arn.toString()));
    m_interval->setValue(m_controller->intervalSeconds());
    const int effective = m_controller->effectiveIntervalSeconds();
    const int watched = m_controller->watchedCount();
    if (watched > 0 && effective > m_controller->intervalSeconds()) {
        m_note->setText(tr("Looking every %n second(s): watching takes at most one of the 5 requests a second that "
                           "the account shares per region, production included.",
                           nullptr, effective));
    } else if (watched > 0) {
        m_note->setText(tr("%n configuration(s) watched; the timeline is kept across restarts.", nullptr, watched));
    } else {
        m_note->setText(tr("Nothing is watched. The timeline below is what earlier watches noted."));
    }
    m_timeline->setEntries(m_controller->timeline()->entries(m_arn.toString()));
    m_exportButton->setEnabled(m_timeline->rowCount() > 0);
}

bool WatchPanel::exportCsv(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_controller->timeline()->toCsv(m_arn.toString())) < 0 ||
        !file.commit()) {
        emit statusMessage(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    emit statusMessage(tr("Timeline exported to %1.").arg(path));
    return true;
}

void WatchPanel::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the timeline"), m_arn.resourceId() + QStringLiteral("-timeline.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportCsv(path);
    }
}
