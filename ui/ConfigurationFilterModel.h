#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

class ConfigurationTableModel;

// The Browse panel's sorted and filtered view of ConfigurationTableModel:
// client-side filters by state, protocol, stage (any part of its ARN, or
// none) and text over name, user ID, participant ID and ARN (every word must
// match), and sorting by any column.
//
// Not a QSortFilterProxyModel: that one re-sorts through QVariant on every
// filter change and tells the view about each removed and inserted range, 30
// to 45 ms a keystroke at 10,000 rows. Here the sort order is kept as a list
// of row numbers (sorted from the rows' own fields, only when the sort or the
// rows change) and a keystroke is one pass over it and one reset: the view
// then asks only for the rows it shows.
class ConfigurationFilterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ConfigurationFilterModel(QObject* parent = nullptr);

    void setSourceTable(ConfigurationTableModel* model);
    ConfigurationTableModel* sourceTable() const
    {
        return m_source;
    }
    // Empty: any.
    void setStateFilter(const QString& state);
    void setProtocolFilter(const QString& protocol);
    // Part of a stage ARN; noStage() for configurations without a stage.
    void setStageFilter(const QString& stage);
    void setText(const QString& text);
    static QString noStage()
    {
        return QStringLiteral("\x01none");
    }
    // The source row shown at row.
    int sourceRow(int row) const
    {
        return m_visible.at(row);
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // column -1: the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QPointer<ConfigurationTableModel> m_source;
    QString m_state;
    QString m_protocol;
    QString m_stage;
    QStringList m_words;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_sorted;  // every source row, in sort order
    std::vector<int> m_visible; // the rows that pass the filters, in sort order

    void resort();
    void refilter();
    bool accepts(int sourceRow) const;
};
