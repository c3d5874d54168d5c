#include "ui/ResultsOverview.h"

#include "ivs/IngestConfiguration.h"
#include "ui/ConfigurationTableModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>

ResultsOverview::ResultsOverview(QWidget* parent)
    : QTableView(parent)
    , m_model(new ConfigurationTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("resultsOverviewTableView"));
    setAccessibleName(tr("Overview of the inspected configurations"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ConfigurationTableModel::SortRole);
    setModel(m_sorted);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // the order they were pasted in, until a header is clicked
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    for (int column : {ConfigurationTableModel::ProtocolColumn, ConfigurationTableModel::ParticipantColumn,
                       ConfigurationTableModel::UserIdColumn, ConfigurationTableModel::RegionColumn,
                       ConfigurationTableModel::ArnColumn}) {
        setColumnHidden(column, true);
    }
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setMaximumHeight(fontMetrics().height() * 9);
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit showRequested(index.data(ConfigurationTableModel::ArnRole).toString());
    });
    hide();
}

QSize ResultsOverview::minimumSizeHint() const
{
    return QSize(QTableView::minimumSizeHint().width(), horizontalHeader()->sizeHint().height() + 2 * frameWidth());
}

void ResultsOverview::setArns(const QStringList& arns)
{
    for (const ConfigurationTableModel::Row& row : m_model->rows()) {
        if (!arns.contains(row.arn)) {
            m_model->removeArn(row.arn);
        }
    }
    for (const QString& arn : arns) {
        m_model->addPending(arn);
    }
    setVisible(arns.size() > 1);
}

void ResultsOverview::update(const IngestConfiguration& configuration, const QDateTime& at)
{
    if (m_model->rowOf(configuration.arn) >= 0) {
        m_model->upsert(configuration, at);
        resizeColumnToContents(ConfigurationTableModel::NameColumn);
        resizeColumnToContents(ConfigurationTableModel::StageColumn);
    }
}

void ResultsOverview::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit showRequested(currentIndex().data(ConfigurationTableModel::ArnRole).toString());
        return;
    }
    QTableView::keyPressEvent(event);
}
