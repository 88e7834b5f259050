#include "openitemspage.h"

#include "itemmodels/reviewitemmodel.h"
#include "tableviews.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vaultscope {

namespace {
enum ProgressRole { GroupRole = Qt::UserRole + 1 };

QString progressText(int reviewed, int total)
{
    return OpenItemsPage::tr("%1 of %2 reviewed").arg(reviewed).arg(total);
}
} // namespace

OpenItemsPage::OpenItemsPage(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QTreeWidget)
    , m_model(new ReviewItemModel(this))
    , m_proxy(new ReviewItemFilterModel(this))
    , m_table(new QTableView)
    , m_summary(new QLabel)
{
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setAccessibleName(tr("Review progress"));
    m_progress->setHeaderLabels({tr("Scope"), tr("Progress")});
    m_progress->setUniformRowHeights(true);
    m_progress->header()->setStretchLastSection(false);
    m_progress->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_progress->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("openItems"));
    m_table->setAccessibleName(tr("Open items"));
    m_table->setModel(m_proxy);
    configureTable(m_table);
    m_proxy->sort(-1); // the items' own order (document, subscription) until a header is clicked
    setColumnWidths(m_table, {{ReviewItemModel::StatusColumn, 130},
                              {ReviewItemModel::ItemColumn, 420},
                              {ReviewItemModel::WhereColumn, 260}});

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_table, 1);
    auto *hint = new QLabel(tr("Double-click or press Enter on an item to review it."));
    hint->setEnabled(false);
    rightLayout->addWidget(hint);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_progress);
    splitter->addWidget(right);
    splitter->setSizes({420, 900});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_progress, &QTreeWidget::currentItemChanged, this, &OpenItemsPage::filterByProgressNode);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT itemActivated(m_model->item(m_proxy->mapToSource(index).row()));
    });
}

void OpenItemsPage::setOverview(const ReviewOverview &overview, const QString &snapshotLabel)
{
    const QString current =
        m_progress->currentItem() ? m_progress->currentItem()->data(0, GroupRole).toString() : QString();
    m_model->setItems(overview.open);
    m_progress->clear();
    auto *controls = new QTreeWidgetItem(m_progress, {tr("Controls")});
    auto *findings = new QTreeWidgetItem(m_progress, {tr("Findings in %1").arg(snapshotLabel)});
    int sums[2][2] = {{0, 0}, {0, 0}};
    QHash<QString, QPair<QTreeWidgetItem *, QPair<int, int>>> sections; // per baseline
    for (const ReviewProgress &p : overview.progress) {
        QTreeWidgetItem *parent = findings;
        if (p.kind == ReviewItem::Control) {
            auto &section = sections[p.section];
            if (!section.first) {
                section.first = new QTreeWidgetItem(controls, {p.section});
                section.first->setToolTip(0, p.section);
            }
            parent = section.first;
            section.second.first += p.reviewed;
            section.second.second += p.total;
            parent->setText(1, progressText(section.second.first, section.second.second));
        }
        auto *item = new QTreeWidgetItem(parent, {p.label, progressText(p.reviewed, p.total)});
        item->setData(0, GroupRole, p.group);
        item->setToolTip(0, p.group);
        sums[p.kind][0] += p.reviewed;
        sums[p.kind][1] += p.total;
    }
    findings->sortChildren(0, Qt::AscendingOrder);
    controls->setText(1, progressText(sums[0][0], sums[0][1]));
    findings->setText(1, progressText(sums[1][0], sums[1][1]));
    m_progress->expandAll();
    for (QTreeWidgetItem *top : {controls, findings}) {
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
    }
    m_summary->setText(tr("%1 open items · %2 of %3 reviewed overall")
                           .arg(overview.open.size())
                           .arg(overview.reviewed)
                           .arg(overview.total));
    QTreeWidgetItem *select = controls;
    for (QTreeWidgetItemIterator it(m_progress); *it; ++it) {
        if (!current.isEmpty() && (*it)->data(0, GroupRole).toString() == current)
            select = *it;
    }
    m_progress->setCurrentItem(select);
    filterByProgressNode();
}

QSortFilterProxyModel *OpenItemsPage::proxyModel() const
{
    return m_proxy;
}

void OpenItemsPage::filterByProgressNode()
{
    const QTreeWidgetItem *item = m_progress->currentItem();
    const QString group = item ? item->data(0, GroupRole).toString() : QString();
    if (!group.isEmpty()) {
        m_proxy->setScope(-1, group);
        return;
    }
    // A top or baseline node: everything of its kind.
    const QTreeWidgetItem *top = item;
    while (top && top->parent())
        top = top->parent();
    m_proxy->setScope(!top                                 ? -1
                      : top == m_progress->topLevelItem(0) ? int(ReviewItem::Control)
                                                           : int(ReviewItem::Finding),
                      QString());
}

} // namespace vaultscope
