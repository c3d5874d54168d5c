#include "ui/WatchTimelineView.h"

#include <QHeaderView>
#include <QLocale>

WatchTimelineView::WatchTimelineView(QWidget* parent)
    : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("watchTimelineView"));
    setAccessibleName(tr("State timeline"));
    setHorizontalHeaderLabels({tr("Time"), tr("State"), tr("What changed")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

QString WatchTimelineView::describe(const WatchObservation& observation)
{
    if (observation.isError()) {
        return tr("Could not read it: %1").arg(observation.changeText());
    }
    QStringList parts;
    if (observation.first) {
        parts.append(tr("Watching started"));
    }
    for (const WatchObservation::Change& change : observation.changes) {
        if (change.field == QLatin1String("reachable")) {
            parts.append(change.to == QLatin1String("yes") ? tr("Reachable again") : tr("Unreachable"));
        } else if (change.field == QLatin1String("state")) {
            parts.append(tr("State %1 → %2").arg(change.from, change.to));
        } else if (change.field == QLatin1String("stageArn")) {
            parts.append(tr("Stage %1 → %2").arg(change.from, change.to));
        } else if (change.field == QLatin1String("participantId")) {
            parts.append(tr("Participant %1 → %2").arg(change.from, change.to));
        } else if (change.field == QLatin1String("redundantParticipants")) {
            parts.append(tr("Redundant participants %1 → %2").arg(change.from, change.to));
        } else {
            parts.append(tr("%1 %2 → %3").arg(change.field, change.from, change.to));
        }
    }
    return parts.join(QStringLiteral("; "));
}

void WatchTimelineView::setEntries(const QList<WatchObservation>& entries)
{
    setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const WatchObservation& entry = entries.at(entries.size() - 1 - i);
        auto* time = new QTableWidgetItem(QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat));
        time->setToolTip(entry.timestamp());
        setItem(i, 0, time);
        setItem(i, 1, new QTableWidgetItem(entry.isError() ? tr("unreachable") : entry.state));
        setItem(i, 2, new QTableWidgetItem(describe(entry)));
    }
}
