#include "cataloguetreemodel.h"

#include "review/review.h"

#include <QLocale>

namespace vaultscope {

CatalogueTreeModel::CatalogueTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString CatalogueTreeModel::baselineLabel(const Baseline &b)
{
    // Under its service a baseline is told apart by generation and date; the title is the tooltip.
    QString label;
    switch (b.format) {
    case BaselineFormat::Attributes:
        label = tr("Security attributes");
        break;
    case BaselineFormat::Controls:
        label = tr("Security controls");
        break;
    case BaselineFormat::Asb1:
        label = tr("Azure Security Benchmark v1");
        break;
    case BaselineFormat::Asb2:
        label = tr("Azure Security Benchmark v2");
        break;
    case BaselineFormat::Mcsb:
        label = tr("Cloud security benchmark v1");
        break;
    case BaselineFormat::Overview:
        label = tr("Security features overview");
        break;
    case BaselineFormat::Asb3:
        label = tr("Azure Security Benchmark v3");
        break;
    case BaselineFormat::Benchmark:
        label = b.benchmark.isEmpty() ? tr("Benchmark controls") : b.benchmark;
        break;
    }
    if (b.sourceName.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        label += QStringLiteral(" · ") + tr("spreadsheet");
    if (b.date.isValid())
        label += QStringLiteral(" · ") + QLocale().toString(b.date, QStringLiteral("yyyy-MM-dd"));
    if (!b.language.isEmpty() && b.language != QLatin1String("en"))
        label += QLatin1String(" [") + b.language + QLatin1Char(']');
    return label;
}

void CatalogueTreeModel::setCatalogue(const QList<Baseline> &baselines)
{
    beginResetModel();
    m_baselines = baselines;
    m_nodes.clear();
    m_roots.clear();
    QHash<QString, int> serviceNodes;
    for (int b = 0; b < m_baselines.size(); ++b) {
        const Baseline &baseline = m_baselines.at(b);
        const QString key = serviceKey(baseline.service);
        int service = serviceNodes.value(key, -1);
        if (service < 0) {
            service = int(m_nodes.size());
            m_nodes.append({ServiceNode, -1, int(m_roots.size()), baseline.service, -1, {}, 0});
            m_roots.append(service);
            serviceNodes.insert(key, service);
        }
        const int baselineNode = int(m_nodes.size());
        m_nodes.append({BaselineNode,
                        service,
                        int(m_nodes[service].children.size()),
                        baseline.title,
                        b,
                        {},
                        int(baseline.entries.size())});
        m_nodes[service].children.append(baselineNode);
        m_nodes[service].entryCount += int(baseline.entries.size());
        for (const QString &category : baseline.categories()) {
            const int count =
                int(std::count_if(baseline.entries.cbegin(), baseline.entries.cend(),
                                  [&category](const Entry &e) { return e.category == category; }));
            const int node = int(m_nodes.size());
            m_nodes.append({CategoryNode,
                            baselineNode,
                            int(m_nodes[baselineNode].children.size()),
                            category,
                            b,
                            {},
                            count});
            m_nodes[baselineNode].children.append(node);
        }
    }
    endResetModel();
}

void CatalogueTreeModel::setReviewed(const QSet<QString> &reviewedTargets)
{
    for (Node &node : m_nodes)
        node.reviewedCount = 0;
    for (int n = 0; n < m_nodes.size(); ++n) {
        Node &node = m_nodes[n];
        if (node.kind != CategoryNode)
            continue;
        const Baseline &baseline = m_baselines.at(node.baselineIndex);
        for (const Entry &e : baseline.entries) {
            if (e.category == node.name &&
                reviewedTargets.contains(ReviewTarget::entryKey(baseline.service, e)))
                ++node.reviewedCount;
        }
        m_nodes[node.parent].reviewedCount += node.reviewedCount;
        m_nodes[m_nodes.at(node.parent).parent].reviewedCount += node.reviewedCount;
    }
    for (int n = 0; n < m_nodes.size(); ++n) {
        const QModelIndex changed = createIndex(m_nodes.at(n).row, ReviewedColumn, quintptr(n));
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole});
    }
}

QList<QPair<int, int>> CatalogueTreeModel::entriesBelow(const QModelIndex &index) const
{
    QList<QPair<int, int>> out;
    if (!index.isValid())
        return out;
    const Node &node = m_nodes.at(int(index.internalId()));
    auto addBaseline = [&](int b, const QString &category) {
        const QList<Entry> &entries = m_baselines.at(b).entries;
        for (int i = 0; i < entries.size(); ++i) {
            if (category.isNull() || entries.at(i).category == category)
                out.append({b, i});
        }
    };
    switch (node.kind) {
    case ServiceNode:
        for (int child : node.children)
            addBaseline(m_nodes.at(child).baselineIndex, QString());
        break;
    case BaselineNode:
        addBaseline(node.baselineIndex, QString());
        break;
    case CategoryNode:
        addBaseline(node.baselineIndex, node.name);
        break;
    }
    return out;
}

QModelIndex CatalogueTreeModel::findBaseline(qint64 baselineId) const
{
    for (int n = 0; n < m_nodes.size(); ++n) {
        const Node &node = m_nodes.at(n);
        if (node.kind == BaselineNode && m_baselines.at(node.baselineIndex).id == baselineId)
            return createIndex(node.row, 0, quintptr(n));
    }
    return {};
}

QModelIndex CatalogueTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &children = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex CatalogueTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int CatalogueTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int CatalogueTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CatalogueTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    const Baseline *baseline = node.baselineIndex >= 0 ? &m_baselines.at(node.baselineIndex) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == EntriesColumn)
            return node.entryCount;
        if (index.column() == ReviewedColumn)
            return tr("%1 of %2").arg(node.reviewedCount).arg(node.entryCount);
        if (node.kind == BaselineNode)
            return baselineLabel(*baseline);
        return node.name;
    case Qt::ToolTipRole:
        if (node.kind == BaselineNode && index.column() == NameColumn) {
            return tr("%1\nSource: %2\nFormat: %3%4")
                .arg(baseline->title, baseline->sourceName, formatKey(baseline->format),
                     baseline->benchmark.isEmpty() ? QString() : QLatin1String("\n") + baseline->benchmark);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KindRole:
        return node.kind;
    case ServiceRole:
        return node.kind == ServiceNode ? node.name : baseline->service;
    case BaselineIdRole:
        return baseline ? QVariant(baseline->id) : QVariant();
    case CategoryRole:
        return node.kind == CategoryNode ? QVariant(node.name) : QVariant();
    case EntryCountRole:
        return node.entryCount;
    default:
        return {};
    }
}

QVariant CatalogueTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Baseline");
    case EntriesColumn:
        return tr("Entries");
    case ReviewedColumn:
        return tr("Reviewed");
    default:
        return {};
    }
}

} // namespace vaultscope
