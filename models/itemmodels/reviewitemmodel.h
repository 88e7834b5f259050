#pragma once

#include "review/reviewprogress.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace vaultscope {

// Items still to review (ReviewOverview::open), one per row.
class ReviewItemModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, ItemColumn, WhereColumn, KindColumn, ColumnCount };
    enum Role { GroupRole = Qt::UserRole + 1, KindRole };

    explicit ReviewItemModel(QObject *parent = nullptr);

    void setItems(QList<ReviewItem> items);
    const ReviewItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewItem> m_items;
    QStringList m_statusLabels; // per ReviewStatus, then "expired": looked up once, not per cell
};

// Open items of one kind, or of one group (category or subscription); reads the items directly,
// so that 200,000 findings filter and sort without a string per row.
class ReviewItemFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReviewItemFilterModel(QObject *parent = nullptr);
    // kind -1: any; group empty: any.
    void setScope(int kind, const QString &group);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_kind = -1;
    QString m_group;
};

} // namespace vaultscope
