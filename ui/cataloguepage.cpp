#include "cataloguepage.h"

#include "entrydetailsview.h"
#include "itemmodels/cataloguetreemodel.h"
#include "itemmodels/entryfilterproxymodel.h"
#include "itemmodels/entrytablemodel.h"
#include "tableviews.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace vaultscope {

namespace {
constexpr quint32 kStateVersion = 3;

void addChoice(QComboBox *box, const QString &label, const QString &value)
{
    box->addItem(label, value);
}
} // namespace

CataloguePage::CataloguePage(QWidget *parent)
    : QWidget(parent)
    , m_treeModel(new CatalogueTreeModel(this))
    , m_entries(new EntryTableModel(this))
    , m_proxy(new EntryFilterProxyModel(this))
    , m_tree(new QTreeView)
    , m_table(new QTableView)
    , m_search(new QLineEdit)
    , m_supported(new QComboBox)
    , m_responsibility(new QComboBox)
    , m_count(new QLabel)
    , m_details(new EntryDetailsView)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_rightSplitter(new QSplitter(Qt::Vertical))
{
    m_proxy->setEntryModel(m_entries);

    m_tree->setModel(m_treeModel);
    m_tree->setObjectName(QStringLiteral("catalogueTree"));
    m_tree->setAccessibleName(tr("Catalogue"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CatalogueTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CatalogueTreeModel::EntriesColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CatalogueTreeModel::ReviewedColumn, QHeaderView::ResizeToContents);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Filter entries, or a framework id such as NIST AC-4 (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter text"));

    m_supported->setObjectName(QStringLiteral("supportedFilter"));
    m_supported->setAccessibleName(tr("Supported"));
    addChoice(m_supported, tr("Any support value"), QString());
    addChoice(m_supported, tr("Yes"), QStringLiteral("Yes"));
    addChoice(m_supported, tr("No"), QStringLiteral("No"));
    addChoice(m_supported, tr("N/A"), QStringLiteral("N/A"));
    addChoice(m_supported, tr("True"), QStringLiteral("True"));
    addChoice(m_supported, tr("False"), QStringLiteral("False"));

    m_responsibility->setObjectName(QStringLiteral("responsibilityFilter"));
    m_responsibility->setAccessibleName(tr("Responsibility"));
    addChoice(m_responsibility, tr("Any responsibility"), QString());
    addChoice(m_responsibility, tr("Customer"), QStringLiteral("Customer"));
    addChoice(m_responsibility, tr("Microsoft"), QStringLiteral("Microsoft"));
    addChoice(m_responsibility, tr("Shared"), QStringLiteral("Shared"));

    m_table->setObjectName(QStringLiteral("entryTable"));
    m_table->setAccessibleName(tr("Entries"));
    m_table->setModel(m_proxy);
    configureTable(m_table);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // document order until the user sorts
    m_table->horizontalHeader()->setSectionResizeMode(EntryTableModel::NameColumn, QHeaderView::Stretch);
    setColumnWidths(m_table, {{EntryTableModel::ControlColumn, 70},
                              {EntryTableModel::NameColumn, 300},
                              {EntryTableModel::CategoryColumn, 150},
                              {EntryTableModel::SupportedColumn, 80},
                              {EntryTableModel::EnabledByDefaultColumn, 80},
                              {EntryTableModel::ResponsibilityColumn, 110}});
    m_table->setColumnHidden(EntryTableModel::BaselineColumn, true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_supported);
    filters->addWidget(m_responsibility);
    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(filters);
    middleLayout->addWidget(m_table, 1);
    middleLayout->addWidget(m_count);

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(middle);
    m_rightSplitter->addWidget(m_details);
    m_rightSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_rightSplitter);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({330, 650, 420});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    setTabOrder(m_tree, m_search);
    setTabOrder(m_search, m_supported);
    setTabOrder(m_supported, m_responsibility);
    setTabOrder(m_responsibility, m_table);
    setTabOrder(m_table, m_details);

    auto *remove = new QAction(tr("Remove baseline…"), m_tree);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(remove);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(remove, &QAction::triggered, this, [this] {
        if (const qint64 id = currentBaselineId())
            Q_EMIT removeBaselineRequested(id);
    });
    auto *compare = new QAction(tr("Compare with another version…"), m_tree);
    m_tree->insertAction(remove, compare);
    connect(compare, &QAction::triggered, this, [this] {
        if (const qint64 id = currentBaselineId())
            Q_EMIT compareRequested(id);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, remove, compare] {
        remove->setEnabled(currentBaselineId() != 0);
        compare->setEnabled(currentBaselineId() != 0);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CataloguePage::showEntriesOfCurrentNode);
    connect(m_search, &QLineEdit::textChanged, this, &CataloguePage::applyFilter);
    connect(m_supported, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_responsibility, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CataloguePage::showCurrentEntry);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CataloguePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CataloguePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CataloguePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CataloguePage::updateCount);

    connect(m_details, &EntryDetailsView::entryLinkActivated, this, &CataloguePage::openEntryLink);

    m_details->showPlaceholder(tr("Select an entry to see its notes, guidance and references."));
    updateCount();
}

void CataloguePage::setEvaluatedPolicies(const QSet<QString> &names)
{
    m_evaluatedPolicies = names;
    showCurrentEntry(); // its benchmark policies marked now
}

void CataloguePage::setCatalogue(const QList<Baseline> &baselines)
{
    const qint64 selected = m_tree->currentIndex().data(CatalogueTreeModel::BaselineIdRole).toLongLong();
    m_treeModel->setCatalogue(baselines);
    m_tree->expandToDepth(0);
    if (!(selected && selectBaseline(selected)) && m_treeModel->rowCount() > 0)
        m_tree->setCurrentIndex(m_treeModel->index(0, 0));
}

bool CataloguePage::selectService(const QString &service)
{
    for (int r = 0; r < m_treeModel->rowCount(); ++r) {
        const QModelIndex s = m_treeModel->index(r, 0);
        if (s.data(CatalogueTreeModel::ServiceRole).toString().compare(service, Qt::CaseInsensitive) != 0)
            continue;
        const int n = m_treeModel->rowCount(s);
        if (n == 0)
            return false;
        const QModelIndex newest = m_treeModel->index(n - 1, 0, s);
        m_tree->expand(s);
        m_tree->expand(newest);
        m_tree->setCurrentIndex(newest);
        return true;
    }
    return false;
}

bool CataloguePage::selectBaseline(qint64 baselineId)
{
    const QModelIndex index = m_treeModel->findBaseline(baselineId);
    if (!index.isValid())
        return false;
    m_tree->expand(index.parent());
    m_tree->expand(index);
    m_tree->setCurrentIndex(index);
    return true;
}

qint64 CataloguePage::currentBaselineId() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() ||
        current.data(CatalogueTreeModel::KindRole).toInt() == CatalogueTreeModel::ServiceNode)
        return 0;
    return current.data(CatalogueTreeModel::BaselineIdRole).toLongLong();
}

QString CataloguePage::currentBaselineTitle() const
{
    const qint64 id = currentBaselineId();
    for (const Baseline &b : m_treeModel->baselines()) {
        if (b.id == id)
            return b.title;
    }
    return {};
}

void CataloguePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CataloguePage::showEntriesOfCurrentNode()
{
    const QModelIndex current = m_tree->currentIndex();
    QList<EntryTableModel::Row> rows;
    const auto &baselines = m_treeModel->baselines();
    for (const auto &[b, e] : m_treeModel->entriesBelow(current)) {
        const Baseline &baseline = baselines.at(b);
        rows.append(
            {baseline.entries.at(e), baseline.id, baseline.title, baseline.service, baseline.sourceName});
    }
    const bool manyBaselines = current.isValid() && current.data(CatalogueTreeModel::KindRole).toInt() ==
                                                        CatalogueTreeModel::ServiceNode;
    m_table->setColumnHidden(EntryTableModel::BaselineColumn, !manyBaselines);
    const bool oneCategory = current.isValid() && current.data(CatalogueTreeModel::KindRole).toInt() ==
                                                      CatalogueTreeModel::CategoryNode;
    m_table->setColumnHidden(EntryTableModel::CategoryColumn, oneCategory);
    // Formats differ in what they record: hide columns this selection has no values for.
    for (int column : {EntryTableModel::ControlColumn, EntryTableModel::SupportedColumn,
                       EntryTableModel::EnabledByDefaultColumn, EntryTableModel::ResponsibilityColumn}) {
        const bool empty = std::all_of(rows.cbegin(), rows.cend(), [column](const EntryTableModel::Row &r) {
            return EntryTableModel::displayText(r.entry, column).isEmpty();
        });
        m_table->setColumnHidden(column, empty && !rows.isEmpty());
    }
    m_table->setColumnHidden(EntryTableModel::PostureColumn,
                             std::none_of(rows.cbegin(), rows.cend(), [this](const EntryTableModel::Row &r) {
                                 return m_entries->hasPosture(r);
                             }));
    m_entries->setRows(rows);
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, EntryTableModel::NameColumn));
    else
        m_details->showPlaceholder(tr("No entries match."));
}

void CataloguePage::applyFilter()
{
    EntryFilter filter;
    filter.setText(m_search->text());
    const QString supported = m_supported->currentData().toString();
    filter.setSupported(supported.isEmpty() ? QSet<QString>{} : QSet<QString>{supported});
    const QString responsibility = m_responsibility->currentData().toString();
    filter.setResponsibility(responsibility.isEmpty() ? QSet<QString>{} : QSet<QString>{responsibility});
    m_proxy->setFilter(filter);
    updateCount();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, EntryTableModel::NameColumn));
    if (m_proxy->rowCount() == 0)
        m_details->showPlaceholder(tr("No entries match the filter."));
}

QUrl CataloguePage::entryLink(qint64 baselineId, int entryIndex)
{
    return QUrl(QStringLiteral("vaultscope://entry/%1/%2").arg(baselineId).arg(entryIndex));
}

EntryContext CataloguePage::contextOf(qint64 baselineId, const Entry &entry) const
{
    EntryContext context;
    context.evaluatedPolicies = m_evaluatedPolicies;
    if (entry.controlId.isEmpty())
        return context;
    const Baseline *own = baseline(baselineId);
    const bool isBenchmark = own && own->format == BaselineFormat::Benchmark;
    auto sameControl = [&entry](const Entry &e) {
        return e.controlId.compare(entry.controlId, Qt::CaseInsensitive) == 0;
    };
    for (const Baseline &b : m_treeModel->baselines()) { // by service and date: the newest benchmark wins
        if ((b.format == BaselineFormat::Benchmark) == isBenchmark)
            continue;
        const auto first = std::find_if(b.entries.cbegin(), b.entries.cend(), sameControl);
        if (first == b.entries.cend())
            continue;
        const int index = int(first - b.entries.cbegin());
        if (isBenchmark) {
            const auto n = std::count_if(b.entries.cbegin(), b.entries.cend(), sameControl);
            const QString label = CatalogueTreeModel::baselineLabel(b);
            context.usedBy.append({n == 1 ? tr("%1 · %2 · 1 entry").arg(b.service, label)
                                          : tr("%1 · %2 · %3 entries").arg(b.service, label).arg(n),
                                   entryLink(b.id, index)});
        } else {
            context.benchmarkControl = &*first;
            context.benchmarkTitle = b.title;
            context.benchmarkLink = entryLink(b.id, index);
        }
    }
    return context;
}

void CataloguePage::openEntryLink(const QUrl &url)
{
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (url.host() == QLatin1String("entry") && parts.size() == 2)
        selectEntry(parts.at(0).toLongLong(), parts.at(1).toInt());
}

void CataloguePage::showCurrentEntry()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const EntryTableModel::Row &row = m_entries->row(m_proxy->mapToSource(index).row());
    m_details->showEntry(row.entry, row.baselineTitle, row.service, row.sourceName,
                         contextOf(row.baselineId, row.entry));
    Q_EMIT entryShown(row.baselineId, row.entry);
}

const QList<Baseline> &CataloguePage::baselines() const
{
    return m_treeModel->baselines();
}

const Baseline *CataloguePage::baseline(qint64 baselineId) const
{
    for (const Baseline &b : m_treeModel->baselines()) {
        if (b.id == baselineId)
            return &b;
    }
    return nullptr;
}

bool CataloguePage::selectEntry(qint64 baselineId, int entryIndex)
{
    if (!selectBaseline(baselineId) || entryIndex < 0 || entryIndex >= m_entries->rowCount())
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_entries->index(entryIndex, EntryTableModel::NameColumn));
    if (!index.isValid()) {
        m_search->clear();
        m_supported->setCurrentIndex(0);
        m_responsibility->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_entries->index(entryIndex, EntryTableModel::NameColumn));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return index.isValid();
}

void CataloguePage::setReviewPane(QWidget *pane)
{
    m_rightSplitter->addWidget(pane);
    m_rightSplitter->setSizes({450, 350});
}

void CataloguePage::setPosture(const QHash<QString, PostureCounts> &posture, const QString &snapshotName)
{
    m_entries->setPosture(posture, snapshotName);
    showEntriesOfCurrentNode();
}

void CataloguePage::setReviewed(const QSet<QString> &reviewedTargets)
{
    m_treeModel->setReviewed(reviewedTargets);
}

void CataloguePage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_entries->rowCount();
    m_count->setText(shown == total ? tr("Entries: %1").arg(total)
                                    : tr("Entries: %1 of %2").arg(shown).arg(total));
}

QByteArray CataloguePage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << kStateVersion << m_splitter->saveState() << m_table->horizontalHeader()->saveState()
           << m_rightSplitter->saveState();
    return state;
}

void CataloguePage::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray splitter;
    QByteArray header;
    QByteArray right;
    stream >> version >> splitter >> header >> right;
    if (stream.status() != QDataStream::Ok || version != kStateVersion)
        return;
    m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(header);
    m_rightSplitter->restoreState(right);
}

} // namespace vaultscope
