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
    default:
        return {};
    }
}

} // namespace vaultscope
