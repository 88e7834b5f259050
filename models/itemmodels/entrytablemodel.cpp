#include "entrytablemodel.h"

#include "import/vocabulary.h"

#include <QRegularExpression>

namespace vaultscope {

EntryTableModel::EntryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EntryTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void EntryTableModel::setPosture(const QHash<QString, PostureCounts> &posture, const QString &snapshotName)
{
    m_posture = posture;
    m_snapshotName = snapshotName;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PostureColumn), index(int(m_rows.size()) - 1, PostureColumn));
}

const PostureCounts *EntryTableModel::postureOf(const Row &row) const
{
    if (row.entry.controlId.isEmpty())
        return nullptr;
    const auto it = m_posture.constFind(serviceKey(row.service) + QLatin1Char('/') + row.entry.controlId);
    return it == m_posture.cend() || it->evaluated() == 0 ? nullptr : &*it;
}

bool EntryTableModel::hasPosture(const Row &row) const
{
    return postureOf(row) != nullptr;
}

int EntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EntryTableModel::naturalSortKey(const QString &controlId)
{
    // Pad every number so that text order is numeric order: "NS-2" -> "NS-000002".
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString key;
    qsizetype last = 0;
    auto it = digits.globalMatch(controlId);
    while (it.hasNext()) {
        const auto m = it.next();
        key +=
            controlId.mid(last, m.capturedStart() - last) + m.captured().rightJustified(6, QLatin1Char('0'));
        last = m.capturedEnd();
    }
    return key + controlId.mid(last);
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Entry &e = row.entry;
    if (role == BaselineIdRole)
        return row.baselineId;
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !e.nameDetails.isEmpty())
        return QString(e.name + QStringLiteral(":\n• ") + e.nameDetails.join(QStringLiteral("\n• ")));
    if (role == NormalizedRole) {
        if (index.column() == SupportedColumn)
            return vocabulary::normalizedSupport(e.supported);
        if (index.column() == ResponsibilityColumn)
            return vocabulary::normalizedResponsibility(e.responsibility);
        return {};
    }
    if (index.column() == PostureColumn) {
        const PostureCounts *p = postureOf(row);
        if (!p)
            return {};
        if (role == SortRole)
            return p->score();
        if (role == Qt::DisplayRole)
            return tr("%1 % (%2 of %3)").arg(qRound(p->score() * 100)).arg(p->compliant).arg(p->evaluated());
        if (role == Qt::ToolTipRole)
            return tr("Snapshot “%1”: %2 compliant, %3 non-compliant, %4 unknown results of the policy "
                      "definitions "
                      "mapped to %5, over this service's vaults")
                .arg(m_snapshotName)
                .arg(p->compliant)
                .arg(p->nonCompliant)
                .arg(p->unknown)
                .arg(e.controlId);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    if (index.column() == BaselineColumn)
        return row.baselineTitle;
    if (role == SortRole && index.column() == ControlColumn)
        return naturalSortKey(e.controlId);
    return displayText(e, index.column());
}

QString EntryTableModel::displayText(const Entry &e, int column)
{
    switch (column) {
    case ControlColumn:
        return e.controlId;
    case NameColumn:
        return e.name;
    case CategoryColumn:
        return e.category;
    case SupportedColumn:
        return e.supported;
    case EnabledByDefaultColumn:
        return e.enabledByDefault;
    case ResponsibilityColumn:
        return e.responsibility;
    default:
        return {};
    }
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ControlColumn:
        return tr("Control");
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case SupportedColumn:
        return tr("Supported");
    case EnabledByDefaultColumn:
        return tr("Enabled by default");
    case ResponsibilityColumn:
        return tr("Responsibility");
    case BaselineColumn:
        return tr("Baseline");
    case PostureColumn:
        return tr("Live posture");
    default:
        return {};
    }
}

} // namespace vaultscope
