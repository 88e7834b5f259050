#pragma once

#include "review/reviewprogress.h"

#include <QAbstractTableModel>

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
};

} // namespace vaultscope
