#pragma once

#include "entryfilter.h"

#include <QSortFilterProxyModel>

namespace vaultscope {

class EntryTableModel;

// Sorts by the raw sort role and filters by asking an EntryFilter about each row.
class EntryFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EntryFilterProxyModel(QObject *parent = nullptr);

    void setEntryModel(EntryTableModel *model);
    void setFilter(const EntryFilter &filter);
    const EntryFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EntryTableModel *m_entries = nullptr;
    EntryFilter m_filter;
};

} // namespace vaultscope
