#pragma once

#include "posture/snapshotrows.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vaultscope {

// The vaults of one snapshot with their result counts; no per-row objects beyond the row data,
// so tens of thousands of rows stay cheap.
class VaultTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        FailingColumn,
        UnknownColumn,
        PassingColumn,
        TypeColumn,
        SubscriptionColumn,
        ResourceGroupColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, VaultIdRole, FilterTextRole };

    explicit VaultTableModel(QObject *parent = nullptr);

    struct Counts
    {
        int failing = 0;
        int unknown = 0;
        int passing = 0;
    };
    // What the table needs besides the rows, made on any thread (a snapshot loads on a worker).
    struct Prepared
    {
        QList<VaultRow> rows;
        QHash<QString, QString> subscriptionNames;
        QList<Counts> counts;
        QStringList search;
    };
    static Prepared prepare(const QList<VaultRow> &rows, const QHash<QString, QString> &subscriptionNames);

    void setVaults(const QList<VaultRow> &rows, const QHash<QString, QString> &subscriptionNames);
    void setPrepared(Prepared prepared);
    const VaultRow &vault(int row) const { return m_rows.at(row); }
    const QList<VaultRow> &vaults() const { return m_rows; }
    // Lower-case text a search matches against (name, type, subscription, group, region), made
    // once per snapshot so that a keystroke never builds 50,000 strings.
    const QString &searchText(int row) const { return m_search.at(row); }
    // Row order for a column without QVariant round trips.
    bool lessThan(int left, int right, int column) const;
    QString subscriptionName(const QString &id) const;
    static QString typeLabel(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<VaultRow> m_rows;
    QList<Counts> m_counts;
    QStringList m_search;
    QHash<QString, QString> m_subscriptions;
};

} // namespace vaultscope
