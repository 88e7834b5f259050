#include "reviewitemmodel.h"

#include <tuple>

namespace vaultscope {

ReviewItemModel::ReviewItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewItemModel::setItems(QList<ReviewItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    m_statusLabels.clear();
    for (ReviewStatus s : {ReviewStatus::NotReviewed, ReviewStatus::Satisfied, ReviewStatus::Finding,
                           ReviewStatus::Exception, ReviewStatus::NotApplicable})
        m_statusLabels.append(statusLabel(s));
    m_statusLabels.append(tr("Exception expired"));
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
        return m_statusLabels.at(item.expired ? 5 : int(item.status));
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

ReviewItemFilterModel::ReviewItemFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ReviewItemFilterModel::setScope(int kind, const QString &group)
{
    m_kind = kind;
    m_group = group;
    invalidate();
}

bool ReviewItemFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *items = static_cast<const ReviewItemModel *>(sourceModel());
    const ReviewItem &item = items->item(sourceRow);
    return (m_kind < 0 || int(item.kind) == m_kind) && (m_group.isEmpty() || item.group == m_group);
}

bool ReviewItemFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *items = static_cast<const ReviewItemModel *>(sourceModel());
    const ReviewItem &a = items->item(left.row()), &b = items->item(right.row());
    switch (left.column()) {
    case ReviewItemModel::StatusColumn:
        return std::tuple(a.expired, int(a.status)) < std::tuple(b.expired, int(b.status));
    case ReviewItemModel::WhereColumn:
        return a.group.compare(b.group, Qt::CaseInsensitive) < 0;
    case ReviewItemModel::KindColumn:
        return a.kind < b.kind;
    default:
        return a.title.compare(b.title, Qt::CaseInsensitive) < 0;
    }
}

} // namespace vaultscope
