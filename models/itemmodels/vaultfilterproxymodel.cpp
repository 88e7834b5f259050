#include "vaultfilterproxymodel.h"

#include "vaulttablemodel.h"

namespace vaultscope {

VaultFilterProxyModel::VaultFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void VaultFilterProxyModel::setAllowedRows(bool restrict, const QList<int> &rows)
{
    if (!restrict && !m_restricted)
        return; // nothing to refilter: 50,000 rows are not re-sorted for nothing
    m_restricted = restrict;
    m_allowed = QBitArray(sourceModel() ? sourceModel()->rowCount() : 0);
    for (int r : rows) {
        if (r < m_allowed.size())
            m_allowed.setBit(r);
    }
    invalidate(); // one layout change: per-range row removals are slow on a 50,000-row view
}

void VaultFilterProxyModel::setSearchText(const QString &text)
{
    m_search = text.trimmed().toLower();
    invalidate(); // one layout change: per-range row removals are slow on a 50,000-row view
}

bool VaultFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_restricted && (sourceRow >= m_allowed.size() || !m_allowed.testBit(sourceRow)))
        return false;
    if (m_search.isEmpty())
        return true;
    const auto *vaults = qobject_cast<const VaultTableModel *>(sourceModel());
    return vaults ? vaults->searchText(sourceRow).contains(m_search)
                  : QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool VaultFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *vaults = qobject_cast<const VaultTableModel *>(sourceModel());
    return vaults ? vaults->lessThan(left.row(), right.row(), left.column())
                  : QSortFilterProxyModel::lessThan(left, right);
}

} // namespace vaultscope
