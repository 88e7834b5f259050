#include "entryfilterproxymodel.h"

#include "entrytablemodel.h"

namespace vaultscope {

EntryFilterProxyModel::EntryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EntryTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void EntryFilterProxyModel::setEntryModel(EntryTableModel *model)
{
    m_entries = model;
    setSourceModel(model);
}

void EntryFilterProxyModel::setFilter(const EntryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool EntryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_entries)
        return false;
    return m_filter.accepts(m_entries->row(sourceRow).entry);
}

} // namespace vaultscope
