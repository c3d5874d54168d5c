#include "ui/IngestConfigModel.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
QString jsonText(const QJsonValue& value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    }
    // A scalar: wrap it to let QJsonDocument quote it, then unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString boolText(const std::optional<bool>& value)
{
    if (!value) {
        return {};
    }
    return *value ? IngestConfigModel::tr("Yes") : IngestConfigModel::tr("No");
}
} // namespace

IngestConfigModel::Node* IngestConfigModel::Node::add(std::unique_ptr<Node> child)
{
    child->parent = this;
    children.push_back(std::move(child));
    return children.back().get();
}

int IngestConfigModel::Node::row() const
{
    if (!parent) {
        return 0;
    }
    for (size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children[i].get() == this) {
            return static_cast<int>(i);
        }
    }
    return 0;
}

IngestConfigModel::IngestConfigModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

IngestConfigModel::~IngestConfigModel() = default;

QString IngestConfigModel::maskStreamKey(const QString& key)
{
    return IngestConfiguration::maskStreamKey(key, QChar(0x2022));
}

void IngestConfigModel::setConfiguration(const IngestConfiguration& configuration)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_revealed = false; // a new result starts masked
    build(configuration);
    endResetModel();
}

void IngestConfigModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

bool IngestConfigModel::hasConfiguration() const
{
    return !m_root->children.empty();
}

IngestConfigModel::Node* IngestConfigModel::addMember(const IngestConfiguration& configuration,
                                                      const QString& key,
                                                      const QString& label,
                                                      const QString& value,
                                                      const QString& emptyText)
{
    auto node = std::make_unique<Node>();
    node->label = label;
    node->key = key;
    node->value = value;
    node->json = configuration.raw.value(key);
    node->emptyText = configuration.raw.contains(key) ? emptyText : tr("(not returned)");
    return m_root->add(std::move(node));
}

void IngestConfigModel::addMap(const QString& key,
                               const QString& label,
                               const IngestConfiguration::StringMap& map,
                               const QJsonValue& json)
{
    auto group = std::make_unique<Node>();
    group->label = tr("%1 (%n)", nullptr, static_cast<int>(map.size())).arg(label);
    group->key = key;
    group->group = true;
    group->json = json.isUndefined() ? QJsonValue(QJsonObject()) : json;
    group->emptyText = map.isEmpty() ? tr("none") : QString();
    for (const auto& [name, value] : map) {
        auto entry = std::make_unique<Node>();
        entry->label = name;
        entry->value = value;
        entry->key = key + u'.' + name;
        entry->json = value;
        entry->emptyText = tr("(empty)");
        group->add(std::move(entry));
    }
    m_root->add(std::move(group));
}

void IngestConfigModel::addRedundantCredentials(const IngestConfiguration& configuration)
{
    if (configuration.redundantIngestCredentials.isEmpty()) {
        return;
    }
    const QString key = QStringLiteral("redundantIngestCredentials");
    auto group = std::make_unique<Node>();
    group->label = tr("Redundant ingest credentials (%n)", nullptr,
                      static_cast<int>(configuration.redundantIngestCredentials.size()));
    group->key = key;
    group->group = true;
    group->json = configuration.raw.value(key);
    int number = 0;
    for (const RedundantIngestCredential& credential : configuration.redundantIngestCredentials) {
        const QString base = QStringLiteral("%1[%2]").arg(key).arg(number);
        auto item = std::make_unique<Node>();
        item->label = tr("Encoder %1").arg(++number);
        item->value = credential.participantId;
        item->key = base;
        item->group = true;
        item->json = configuration.raw.value(key).toArray().at(number - 1);
        auto participant = std::make_unique<Node>();
        participant->label = tr("Participant ID");
        participant->value = credential.participantId;
        participant->key = base + QStringLiteral(".participantId");
        participant->json = credential.participantId;
        participant->emptyText = tr("(empty)");
        item->add(std::move(participant));
        auto streamKey = std::make_unique<Node>();
        streamKey->label = tr("Stream key");
        streamKey->value = credential.streamKey;
        streamKey->key = base + QStringLiteral(".streamKey");
        streamKey->json = credential.streamKey;
        streamKey->secret = true;
        streamKey->emptyText = tr("(empty)");
        item->add(std::move(streamKey));
        group->add(std::move(item));
    }
    m_root->add(std::move(group));
}

void IngestConfigModel::addUnknownMembers(const IngestConfiguration& configuration)
{
    if (configuration.unknownMembers.isEmpty()) {
        return;
    }
    auto group = std::make_unique<Node>();
    group->label = tr("Other members (%n)", nullptr, static_cast<int>(configuration.unknownMembers.size()));
    group->group = true;
    QJsonObject others;
    for (const QString& member : configuration.unknownMembers) {
        others.insert(member, configuration.raw.value(member));
        auto node = std::make_unique<Node>();
        node->label = member;
        node->key = member;
        node->json = configuration.raw.value(member);
        // One line in the tree; "Copy as JSON" gives the indented form.
        node->value =
            QString::fromUtf8(QJsonDocument(QJsonArray{node->json}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        group->add(std::move(node));
    }
    group->json = others;
    m_root->add(std::move(group));
}

void IngestConfigModel::build(const IngestConfiguration& c)
{
    addMember(c, QStringLiteral("name"), tr("Name"), c.name, tr("(no name)"));
    addMember(c, QStringLiteral("arn"), tr("ARN"), c.arn, tr("(empty)"));
    addMember(c, QStringLiteral("ingestProtocol"), tr("Ingest protocol"), c.ingestProtocol, tr("(empty)"));
    addMember(c, QStringLiteral("streamKey"), tr("Stream key"), c.streamKey, tr("(empty)"))->secret = true;
    addMember(c, QStringLiteral("stageArn"), tr("Stage ARN"), c.stageArn, tr("Not associated with a stage"));
    addMember(c, QStringLiteral("participantId"), tr("Participant ID"), c.participantId, tr("(empty)"));
    addMember(c, QStringLiteral("state"), tr("State"), c.state, tr("(empty)"));
    addMember(c, QStringLiteral("userId"), tr("User ID"), c.userId, tr("(empty)"));
    addMember(c, QStringLiteral("redundantIngest"), tr("Redundant ingest"), boolText(c.redundantIngest), tr("No"));
    addRedundantCredentials(c);
    addMap(QStringLiteral("attributes"), tr("Attributes"), c.attributes, c.raw.value(QStringLiteral("attributes")));
    addMap(QStringLiteral("tags"), tr("Tags"), c.tags, c.raw.value(QStringLiteral("tags")));
    addUnknownMembers(c);
}

IngestConfigModel::Node* IngestConfigModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex IngestConfigModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const Node* node = nodeAt(parent);
    if (row >= static_cast<int>(node->children.size())) {
        return {};
    }
    return createIndex(row, column, node->children[static_cast<size_t>(row)].get());
}

QModelIndex IngestConfigModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const Node* parent = nodeAt(child)->parent;
    if (!parent || parent == m_root.get()) {
        return {};
    }
    return createIndex(parent->row(), 0, const_cast<Node*>(parent));
}

int IngestConfigModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(nodeAt(parent)->children.size());
}

int IngestConfigModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString IngestConfigModel::displayValue(const Node& node) const
{
    if (node.value.isEmpty()) {
        return node.emptyText;
    }
    return node.secret && !m_revealed ? maskStreamKey(node.value) : node.value;
}

QVariant IngestConfigModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node& node = *nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn) {
            return node.label;
        }
        if (index.column() == KeyColumn) {
            return node.key;
        }
        return displayValue(node);
    case Qt::AccessibleTextRole:
        return index.column() == ValueColumn ? QVariant(tr("%1: %2").arg(node.label, displayValue(node))) : QVariant();
    case Qt::FontRole:
        if (index.column() == ValueColumn && (node.value.isEmpty() || (node.secret && !m_revealed))) {
            QFont font;
            font.setItalic(node.value.isEmpty());
            font.setFixedPitch(node.secret);
            font.setFamily(node.secret ? QStringLiteral("monospace") : font.family());
            return font;
        }
        return {};
    case RawKeyRole:
        return node.key;
    case RawValueRole:
        return node.value;
    case IsSecretRole:
        return node.secret;
    case StateRole:
        return node.key == QLatin1String("state") ? QVariant(node.value) : QVariant();
    case JsonRole:
        return jsonText(node.json);
    case IsEmptyRole:
        return node.value.isEmpty() && !node.group;
    default:
        return {};
    }
}

QVariant IngestConfigModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case KeyColumn:
        return tr("API key");
    default:
        return {};
    }
}

Qt::ItemFlags IngestConfigModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeAt(index)->children.empty()) {
        flags |= Qt::ItemNeverHasChildren;
    }
    return flags;
}

void IngestConfigModel::notifySecretRows(Node* node)
{
    for (const auto& child : node->children) {
        if (child->secret) {
            const QModelIndex changed = createIndex(child->row(), ValueColumn, child.get());
            emit dataChanged(changed, changed,
                             {Qt::DisplayRole, Qt::ToolTipRole, Qt::FontRole, Qt::AccessibleTextRole});
        }
        notifySecretRows(child.get());
    }
}

void IngestConfigModel::setSecretsRevealed(bool revealed)
{
    if (m_revealed == revealed) {
        return;
    }
    m_revealed = revealed;
    notifySecretRows(m_root.get());
}
