#pragma once

#include "ivs/IngestConfiguration.h"

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

// An ingest configuration as a tree: its members in the API's order with
// friendly labels and raw keys, attributes, tags and redundant-ingest
// credentials as groups with counts, and members a newer API added. Stream
// keys are masked (their non-secret prefix kept) until revealed.
class IngestConfigModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        ValueColumn,
        KeyColumn,
        ColumnCount
    };
    enum Role
    {
        RawKeyRole = Qt::UserRole + 1, // "stageArn", "attributes.camera"
        RawValueRole,                  // the value itself, secrets included: only for copying
        IsSecretRole,                  // true for stream keys
        StateRole,                     // "ACTIVE"/"INACTIVE" on the state row
        JsonRole,                      // the member as JSON text, for "copy as JSON"
        IsEmptyRole,                   // the value is empty or was not returned
    };

    explicit IngestConfigModel(QObject* parent = nullptr);
    ~IngestConfigModel() override;

    void setConfiguration(const IngestConfiguration& configuration);
    void clear();
    bool hasConfiguration() const;
    void setSecretsRevealed(bool revealed);
    bool secretsRevealed() const
    {
        return m_revealed;
    }
    // Masks a stream key for display: its prefix, then bullets.
    static QString maskStreamKey(const QString& key);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Node
    {
        QString label;
        QString value;
        QString key;
        QString emptyText; // shown instead of an empty value
        QJsonValue json;
        bool secret = false;
        bool group = false;
        Node* parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;

        Node* add(std::unique_ptr<Node> child);
        int row() const;
    };

    std::unique_ptr<Node> m_root;
    bool m_revealed = false;

    Node* nodeAt(const QModelIndex& index) const;
    void build(const IngestConfiguration& configuration);
    Node* addMember(const IngestConfiguration& configuration,
                    const QString& key,
                    const QString& label,
                    const QString& value,
                    const QString& emptyText);
    void
    addMap(const QString& key, const QString& label, const IngestConfiguration::StringMap& map, const QJsonValue& json);
    void addRedundantCredentials(const IngestConfiguration& configuration);
    void addUnknownMembers(const IngestConfiguration& configuration);
    QString displayValue(const Node& node) const;
    void notifySecretRows(Node* node);
};
