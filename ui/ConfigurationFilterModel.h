#pragma once

#include <QSortFilterProxyModel>

class ConfigurationTableModel;

// The Browse panel's client-side filters over ConfigurationTableModel: state,
// protocol, stage (any part of its ARN, or "none"), and text over name, user
// ID, participant ID and ARN (every word must match). Sorts by the raw value
// of a column (the state by its word, times by time).
class ConfigurationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ConfigurationFilterModel(QObject* parent = nullptr);

    void setSourceTable(ConfigurationTableModel* model);
    // Empty: any.
    void setStateFilter(const QString& state);
    void setProtocolFilter(const QString& protocol);
    // Part of a stage ARN; NoStage for configurations without a stage.
    void setStageFilter(const QString& stage);
    void setText(const QString& text);
    static QString noStage()
    {
        return QStringLiteral("\x01none");
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ConfigurationTableModel* m_table = nullptr;
    QString m_state;
    QString m_protocol;
    QString m_stage;
    QStringList m_words;
};
