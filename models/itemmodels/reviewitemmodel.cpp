#include "reviewitemmodel.h"

namespace vaultscope {

ReviewItemModel::ReviewItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewItemModel::setItems(QList<ReviewItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ReviewItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReviewItem &item = m_items.at(index.row());
    if (role == GroupRole)
        return item.group;
    if (role == KindRole)
        return QString::number(item.kind);
    if (role == Qt::ToolTipRole)
        return item.target;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        return item.expired ? tr("Exception expired") : statusLabel(item.status);
    case ItemColumn:
        return item.title;
    case WhereColumn:
        return item.group;
    case KindColumn:
        return item.kind == ReviewItem::Control ? tr("Control") : tr("Finding");
    default:
        return {};
    }
}

QVariant ReviewItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case ItemColumn:
        return tr("Item");
    case WhereColumn:
        return tr("Category or subscription");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

} // namespace vaultscope
