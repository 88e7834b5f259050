#pragma once

#include "catalogue/baseline.h"

#include <QAbstractItemModel>
#include <QSet>

namespace vaultscope {

// Service -> baseline -> category, built from the stored catalogue.
class CatalogueTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EntriesColumn, ReviewedColumn, ColumnCount };
    enum Kind { ServiceNode, BaselineNode, CategoryNode };
    enum Role {
        KindRole = Qt::UserRole + 1,
        ServiceRole,    // service name
        BaselineIdRole, // qint64, baseline and category nodes
        CategoryRole,   // category name, category nodes
        EntryCountRole,
    };

    explicit CatalogueTreeModel(QObject *parent = nullptr);

    void setCatalogue(const QList<Baseline> &baselines);
    // Review progress: which targets (ReviewTarget keys) have a status other than Not reviewed.
    void setReviewed(const QSet<QString> &reviewedTargets);
    const QList<Baseline> &baselines() const { return m_baselines; }
    // Entries below a node, with the index of their baseline in baselines().
    QList<QPair<int, int>> entriesBelow(const QModelIndex &index) const;
    QModelIndex findBaseline(qint64 baselineId) const;
    static QString baselineLabel(const Baseline &baseline);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Kind kind;
        int parent; // node index, -1 for services
        int row;    // row under the parent
        QString name;
        int baselineIndex;   // -1 for services
        QList<int> children; // node indexes
        int entryCount = 0;
        int reviewedCount = 0;
    };
    QList<int> m_roots;
    QList<Node> m_nodes;
    QList<Baseline> m_baselines;
};

} // namespace vaultscope
