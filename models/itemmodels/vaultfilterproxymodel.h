#pragma once

#include <QBitArray>
#include <QSortFilterProxyModel>

namespace vaultscope {

// The vault table's rows: those the posture filter keeps (by source row), then the search text.
// Filters and sorts straight on the VaultTableModel's data: a keystroke over 50,000 vaults stays
// within a frame.
class VaultFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VaultFilterProxyModel(QObject *parent = nullptr);

    // Only these source rows; all rows when restrict is false.
    void setAllowedRows(bool restrict, const QList<int> &rows);
    // Vaults whose name, type, subscription, group or region contain the text (any case).
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_restricted = false;
    QBitArray m_allowed;
    QString m_search; // lower case
};

} // namespace vaultscope
