#include "ui/ConfigurationTableModel.h"

#include "ivs/IngestConfiguration.h"

#include <QJsonObject>
#include <QLocale>

ConfigurationTableModel::ConfigurationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_activeIcon(QStringLiteral(":/icons/state-active.svg"))
    , m_inactiveIcon(QStringLiteral(":/icons/state-inactive.svg"))
{}

int ConfigurationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigurationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConfigurationTableModel::regionOf(const QString& arn)
{
    return arn.section(u':', 3, 3);
}

QString ConfigurationTableModel::resourceId(const QString& arn)
{
    return arn.section(u'/', -1);
}

QString ConfigurationTableModel::stateText(const QString& state) const
{
    if (state == QLatin1String("ACTIVE")) {
        return tr("ACTIVE");
    }
    if (state == QLatin1String("INACTIVE")) {
        return tr("INACTIVE");
    }
    return state.isEmpty() ? tr("…") : state;
}

QVariant ConfigurationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (role == ArnRole) {
        return row.arn;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case StateColumn:
            return role == SortRole ? row.state : stateText(row.state);
        case ProtocolColumn:
            return row.protocol;
        case StageColumn:
            return row.stageArn.isEmpty() && role == Qt::DisplayRole ? tr("(none)") : resourceId(row.stageArn);
        case ParticipantColumn:
            return row.participantId;
        case UserIdColumn:
            return row.userId;
        case RegionColumn:
            return row.region;
        case RefreshedColumn:
            if (role == SortRole) {
                return row.refreshed;
            }
            return row.refreshed.isValid()
                       ? QLocale().toString(row.refreshed.toLocalTime().time(), QLocale::ShortFormat)
                       : QString();
        case ArnColumn:
            return row.arn;
        }
    }
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        // Told by the word and the icon's shape, never by colour alone.
        if (row.state == QLatin1String("ACTIVE")) {
            return m_activeIcon;
        }
        if (row.state == QLatin1String("INACTIVE")) {
            return m_inactiveIcon;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StageColumn && !row.stageArn.isEmpty()) {
            return row.stageArn;
        }
        if (index.column() == RefreshedColumn && row.refreshed.isValid()) {
            return QLocale().toString(row.refreshed.toLocalTime(), QLocale::LongFormat);
        }
        return row.arn;
    }
    if (role == Qt::AccessibleTextRole && index.column() == StateColumn) {
        return stateText(row.state);
    }
    return {};
}

QVariant ConfigurationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case ProtocolColumn:
        return tr("Protocol");
    case StageColumn:
        return tr("Stage");
    case ParticipantColumn:
        return tr("Participant");
    case UserIdColumn:
        return tr("User ID");
    case RegionColumn:
        return tr("Region");
    case RefreshedColumn:
        return tr("Last refreshed");
    case ArnColumn:
        return tr("ARN");
    }
    return {};
}

ConfigurationTableModel::Row ConfigurationTableModel::rowFromSummary(const QJsonObject& summary,
                                                                     const QDateTime& refreshed)
{
    Row row;
    row.name = summary.value(QStringLiteral("name")).toString();
    row.arn = summary.value(QStringLiteral("arn")).toString();
    row.region = regionOf(row.arn);
    row.state = summary.value(QStringLiteral("state")).toString();
    row.protocol = summary.value(QStringLiteral("ingestProtocol")).toString();
    row.stageArn = summary.value(QStringLiteral("stageArn")).toString();
    row.participantId = summary.value(QStringLiteral("participantId")).toString();
    row.userId = summary.value(QStringLiteral("userId")).toString();
    row.redundant = summary.value(QStringLiteral("redundantIngest")).toBool();
    row.refreshed = refreshed;
    row.haystack = (row.name + u'\n' + row.userId + u'\n' + row.participantId + u'\n' + row.arn).toLower();
    return row;
}

void ConfigurationTableModel::setSummaries(const QJsonArray& summaries, const QDateTime& refreshed)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(summaries.size());
    for (const QJsonValue& value : summaries) {
        m_rows.append(rowFromSummary(value.toObject(), refreshed));
    }
    endResetModel();
}

int ConfigurationTableModel::rowOf(const QString& arn) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).arn == arn) {
            return i;
        }
    }
    return -1;
}

void ConfigurationTableModel::upsert(const IngestConfiguration& configuration, const QDateTime& refreshed)
{
    QJsonObject summary = configuration.modeledJson();
    summary.insert(QStringLiteral("arn"), configuration.arn);
    const Row row = rowFromSummary(summary, refreshed);
    const int at = rowOf(row.arn);
    if (at < 0) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size()));
        m_rows.append(row);
        endInsertRows();
        return;
    }
    m_rows[at] = row;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

void ConfigurationTableModel::addPending(const QString& arn)
{
    if (rowOf(arn) >= 0) {
        return;
    }
    Row row;
    row.arn = arn;
    row.region = regionOf(arn);
    row.name = resourceId(arn);
    row.haystack = arn.toLower();
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
}

void ConfigurationTableModel::removeArn(const QString& arn)
{
    const int at = rowOf(arn);
    if (at < 0) {
        return;
    }
    beginRemoveRows(QModelIndex(), at, at);
    m_rows.remove(at);
    endRemoveRows();
}

void ConfigurationTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}
