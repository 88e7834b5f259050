#include "vaulttablemodel.h"

#include "posture/posture.h"

namespace vaultscope {

VaultTableModel::VaultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

VaultTableModel::Prepared VaultTableModel::prepare(const QList<VaultRow> &rows,
                                                   const QHash<QString, QString> &subscriptionNames)
{
    Prepared p;
    p.rows = rows;
    p.subscriptionNames = subscriptionNames;
    p.counts.reserve(rows.size());
    p.search.reserve(rows.size());
    for (const VaultRow &r : rows) {
        Counts c;
        for (const char code : r.outcomes) {
            c.failing += code == OutcomeCode::NonCompliant;
            c.unknown += code == OutcomeCode::Unknown;
            c.passing += code == OutcomeCode::Compliant;
        }
        p.counts.append(c);
        p.search.append(QStringList{r.name, typeLabel(r.type),
                                    subscriptionNames.value(r.subscriptionId, r.subscriptionId),
                                    r.resourceGroup, r.location}
                            .join(QLatin1Char(' '))
                            .toLower());
    }
    return p;
}

void VaultTableModel::setVaults(const QList<VaultRow> &rows, const QHash<QString, QString> &subscriptionNames)
{
    setPrepared(prepare(rows, subscriptionNames));
}

void VaultTableModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_rows = std::move(prepared.rows);
    m_subscriptions = std::move(prepared.subscriptionNames);
    m_counts = std::move(prepared.counts);
    m_search = std::move(prepared.search);
    endResetModel();
}

bool VaultTableModel::lessThan(int left, int right, int column) const
{
    const VaultRow &a = m_rows.at(left), &b = m_rows.at(right);
    const Counts &ca = m_counts.at(left), &cb = m_counts.at(right);
    switch (column) {
    case FailingColumn:
        return ca.failing < cb.failing;
    case UnknownColumn:
        return ca.unknown < cb.unknown;
    case PassingColumn:
        return ca.passing < cb.passing;
    case TypeColumn:
        return a.type.compare(b.type, Qt::CaseInsensitive) < 0;
    case SubscriptionColumn:
        return subscriptionName(a.subscriptionId)
                   .compare(subscriptionName(b.subscriptionId), Qt::CaseInsensitive) < 0;
    case ResourceGroupColumn:
        return a.resourceGroup.compare(b.resourceGroup, Qt::CaseInsensitive) < 0;
    case LocationColumn:
        return a.location < b.location;
    default:
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    }
}

QString VaultTableModel::subscriptionName(const QString &id) const
{
    const QString name = m_subscriptions.value(id);
    return name.isEmpty() ? id : name;
}

QString VaultTableModel::typeLabel(const QString &type)
{
    const QString t = type.toLower();
    if (t == QLatin1String("microsoft.recoveryservices/vaults"))
        return tr("Recovery Services vault");
    if (t == QLatin1String("microsoft.dataprotection/backupvaults"))
        return tr("Backup vault");
    if (t == QLatin1String("microsoft.keyvault/vaults"))
        return tr("Key Vault");
    if (t == QLatin1String("microsoft.keyvault/managedhsms"))
        return tr("Managed HSM");
    return type;
}

int VaultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VaultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VaultRow &r = m_rows.at(index.row());
    const Counts &c = m_counts.at(index.row());
    if (role == VaultIdRole)
        return r.id;
    if (role == FilterTextRole)
        return m_search.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= FailingColumn && index.column() <= PassingColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return r.id;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.name;
    case TypeColumn:
        return typeLabel(r.type);
    case SubscriptionColumn:
        return subscriptionName(r.subscriptionId);
    case ResourceGroupColumn:
        return r.resourceGroup;
    case LocationColumn:
        return r.location;
    case FailingColumn:
        return c.failing;
    case UnknownColumn:
        return c.unknown;
    case PassingColumn:
        return c.passing;
    default:
        return {};
    }
}

QVariant VaultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Vault");
    case TypeColumn:
        return tr("Type");
    case SubscriptionColumn:
        return tr("Subscription");
    case ResourceGroupColumn:
        return tr("Resource group");
    case LocationColumn:
        return tr("Region");
    case FailingColumn:
        return tr("Failing");
    case UnknownColumn:
        return tr("Unknown");
    case PassingColumn:
        return tr("Passing");
    default:
        return {};
    }
}

} // namespace vaultscope
