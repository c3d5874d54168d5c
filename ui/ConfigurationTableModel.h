#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>
#include <QJsonArray>
#include <QVector>

class IngestConfiguration;

// Ingest configurations as table rows: the Browse panel's listing (summaries
// of ListIngestConfigurations, up to 10,000 and more) and the overview above
// the tabs when several ARNs are inspected (name, state, stage, last
// refreshed). Rows are plain structs with a prepared lower-case search text,
// so filtering 10,000 of them per keystroke stays well under a frame.
class ConfigurationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        ProtocolColumn,
        StageColumn,
        ParticipantColumn,
        UserIdColumn,
        RegionColumn,
        RefreshedColumn,
        ArnColumn,
        ColumnCount
    };
    enum Role
    {
        ArnRole = Qt::UserRole + 1,
        SortRole,
    };
    struct Row
    {
        QString name;
        QString arn;
        QString region;
        QString state;
        QString protocol;
        QString stageArn;
        QString participantId;
        QString userId;
        bool redundant = false;
        QDateTime refreshed;
        QString haystack; // lower case: name, userId, participantId, ARN
    };

    explicit ConfigurationTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row with ListIngestConfigurations summaries.
    void setSummaries(const QJsonArray& summaries, const QDateTime& refreshed);
    // Adds the configuration's row or updates it in place.
    void upsert(const IngestConfiguration& configuration, const QDateTime& refreshed);
    // A row for an ARN not read yet (the overview shows it at once).
    void addPending(const QString& arn);
    void removeArn(const QString& arn);
    void clear();
    const Row& row(int index) const
    {
        return m_rows.at(index);
    }
    int rowOf(const QString& arn) const;
    QVector<Row> rows() const
    {
        return m_rows;
    }
    static Row rowFromSummary(const QJsonObject& summary, const QDateTime& refreshed);
    static QString regionOf(const QString& arn);
    // The last part of an ARN ("stage/AbC" -> "AbC").
    static QString resourceId(const QString& arn);

private:
    QVector<Row> m_rows;
    QIcon m_activeIcon;
    QIcon m_inactiveIcon;

    QString stateText(const QString& state) const;
};
