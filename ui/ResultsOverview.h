#pragma once

#include <QTableView>

class ConfigurationTableModel;
class IngestConfiguration;
class QSortFilterProxyModel;

// Above the tabs when several ARNs are inspected: one row each (name, state,
// stage, last refreshed), the same table as the Browse panel's. Enter or a
// double click shows the row's tab. Hidden for a single ARN.
class ResultsOverview : public QTableView
{
    Q_OBJECT

public:
    explicit ResultsOverview(QWidget* parent = nullptr);

    ConfigurationTableModel* table() const
    {
        return m_model;
    }
    // The ARNs now in tabs, in order; shows itself for two or more.
    void setArns(const QStringList& arns);
    void update(const IngestConfiguration& configuration, const QDateTime& at);
    // Its header: in a small window (800×500) the tabs keep the room, and the
    // overview scrolls; in a larger one it shows up to eight rows.
    QSize minimumSizeHint() const override;

signals:
    void showRequested(const QString& arn);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    ConfigurationTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
};
