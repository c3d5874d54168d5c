#include "ui/ConfigurationFilterModel.h"

#include "ui/ConfigurationTableModel.h"

#include <algorithm>
#include <numeric>

ConfigurationFilterModel::ConfigurationFilterModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ConfigurationFilterModel::setSourceTable(ConfigurationTableModel* model)
{
    if (m_source) {
        m_source->disconnect(this);
    }
    m_source = model;
    // Any change of the rows: sort and filter again (the Browse table changes
    // its rows by replacing them all).
    connect(model, &QAbstractItemModel::modelReset, this, &ConfigurationFilterModel::resort);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ConfigurationFilterModel::resort);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConfigurationFilterModel::resort);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConfigurationFilterModel::resort);
    connect(model, &QAbstractItemModel::dataChanged, this, &ConfigurationFilterModel::resort);
    resort();
}

void ConfigurationFilterModel::setStateFilter(const QString& state)
{
    m_state = state;
    refilter();
}

void ConfigurationFilterModel::setProtocolFilter(const QString& protocol)
{
    m_protocol = protocol;
    refilter();
}

void ConfigurationFilterModel::setStageFilter(const QString& stage)
{
    m_stage = stage.trimmed();
    refilter();
}

void ConfigurationFilterModel::setText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words != m_words) {
        m_words = words;
        refilter();
    }
}

int ConfigurationFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ConfigurationFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ConfigurationTableModel::ColumnCount;
}

QVariant ConfigurationFilterModel::data(const QModelIndex& index, int role) const
{
    if (!m_source || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    return m_source->data(m_source->index(m_visible.at(size_t(index.row())), index.column()), role);
}

QVariant ConfigurationFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (m_source && orientation == Qt::Horizontal) {
        return m_source->headerData(section, orientation, role);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ConfigurationFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

void ConfigurationFilterModel::resort()
{
    const int rows = m_source ? m_source->rowCount() : 0;
    m_sorted.resize(size_t(rows));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_source && m_sortColumn >= 0) {
        using Row = ConfigurationTableModel::Row;
        const auto field = [this](const Row& row) -> const QString& {
            switch (m_sortColumn) {
            case ConfigurationTableModel::StateColumn:
                return row.state;
            case ConfigurationTableModel::ProtocolColumn:
                return row.protocol;
            case ConfigurationTableModel::StageColumn:
                return row.stageArn;
            case ConfigurationTableModel::ParticipantColumn:
                return row.participantId;
            case ConfigurationTableModel::UserIdColumn:
                return row.userId;
            case ConfigurationTableModel::RegionColumn:
                return row.region;
            case ConfigurationTableModel::ArnColumn:
                return row.arn;
            default:
                return row.name;
            }
        };
        const ConfigurationTableModel* source = m_source;
        const bool byTime = m_sortColumn == ConfigurationTableModel::RefreshedColumn;
        // Ties keep the ARN order, so equal states or stages sort the same way every time.
        const auto less = [&](int a, int b) {
            const Row& x = source->row(a);
            const Row& y = source->row(b);
            int order = byTime ? (x.refreshed < y.refreshed ? -1 : (y.refreshed < x.refreshed ? 1 : 0))
                               : field(x).compare(field(y), Qt::CaseInsensitive);
            if (order == 0) {
                order = x.arn.compare(y.arn);
            }
            return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
        };
        std::stable_sort(m_sorted.begin(), m_sorted.end(), less);
    }
    refilter();
}

bool ConfigurationFilterModel::accepts(int sourceRow) const
{
    // Straight from the row structs: no QVariant per cell per keystroke.
    const ConfigurationTableModel::Row& row = m_source->row(sourceRow);
    if (!m_state.isEmpty() && row.state != m_state) {
        return false;
    }
    if (!m_protocol.isEmpty() && row.protocol != m_protocol) {
        return false;
    }
    if (!m_stage.isEmpty()) {
        if (m_stage == noStage() ? !row.stageArn.isEmpty() : !row.stageArn.contains(m_stage, Qt::CaseInsensitive)) {
            return false;
        }
    }
    for (const QString& word : m_words) {
        if (!row.haystack.contains(word)) {
            return false;
        }
    }
    return true;
}

void ConfigurationFilterModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    m_visible.reserve(m_sorted.size());
    for (int row : m_sorted) {
        if (accepts(row)) {
            m_visible.push_back(row);
        }
    }
    endResetModel();
}
