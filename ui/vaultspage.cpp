#include "vaultspage.h"

#include "comparedialog.h"
#include "completenessbanner.h"
#include "itemmodels/vaultfilterproxymodel.h"
#include "itemmodels/vaulttablemodel.h"
#include "reviewpane.h"
#include "services/exportfiles.h"
#include "services/snapshotsession.h"
#include "tableviews.h"
#include "vaultdetailsview.h"

#include <QAbstractListModel>
#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace vaultscope {

// The results of the shown vault that can be reviewed, for the chooser: a list model set in one
// step, since a vault with thousands of failing objects has tens of thousands of them.
class FindingList final : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;
    void set(QList<VaultDetails::Reviewable> items)
    {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_items.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return m_items.at(index.row()).label;
        if (role != Qt::UserRole)
            return {};
        return QStringList{m_items.at(index.row()).resourceId, m_items.at(index.row()).definition};
    }

private:
    QList<VaultDetails::Reviewable> m_items;
};

namespace {
constexpr quint32 kStateVersion = 2;
} // namespace

VaultsPage::VaultsPage(SnapshotSession &session, ReviewService &reviews, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_snapshots(new QComboBox)
    , m_summary(new QLabel)
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_details(new VaultDetailsView)
    , m_finding(new QComboBox)
    , m_findings(new FindingList(this))
    , m_review(new ReviewPane(reviews))
    , m_splitter(new QSplitter(Qt::Horizontal))
{

    m_snapshots->setObjectName(QStringLiteral("snapshotChooser"));
    m_snapshots->setAccessibleName(tr("Snapshot"));
    m_snapshots->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_snapshots->setMinimumContentsLength(30);
    auto *scanButton = new QPushButton(tr("Scan Azure…"));
    scanButton->setToolTip(tr("Read the estate live with the signed-in account"));
    auto *importButton = new QPushButton(tr("Import estate…"));
    auto *demoButton = new QPushButton(tr("Demo estate"));
    auto *renameButton = new QPushButton(tr("Rename…"));
    auto *deleteButton = new QPushButton(tr("Delete…"));
    auto *compareButton = new QPushButton(tr("Compare…"));
    compareButton->setToolTip(tr("Which vaults changed result since another snapshot"));
    auto *exportButton = new QPushButton(tr("Export view…"));
    exportButton->setToolTip(tr("Write the vaults as shown (filter, search, order, columns) to a CSV file"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Snapshot:")));
    top->addWidget(m_snapshots, 1);
    top->addWidget(scanButton);
    top->addWidget(importButton);
    top->addWidget(demoButton);
    top->addWidget(renameButton);
    top->addWidget(deleteButton);
    top->addWidget(compareButton);
    top->addWidget(exportButton);

    m_search->setObjectName(QStringLiteral("vaultSearch"));
    m_search->setPlaceholderText(tr("Filter vaults by name, type, subscription, resource group or region"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter vaults"));

    m_table->setObjectName(QStringLiteral("vaultTable"));
    m_table->setAccessibleName(tr("Vaults"));
    m_table->setModel(m_session.filteredVaults());
    configureTable(m_table);
    m_table->sortByColumn(VaultTableModel::FailingColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    setColumnWidths(m_table, {{VaultTableModel::NameColumn, 190},
                              {VaultTableModel::FailingColumn, 70},
                              {VaultTableModel::UnknownColumn, 70},
                              {VaultTableModel::PassingColumn, 70},
                              {VaultTableModel::TypeColumn, 150},
                              {VaultTableModel::SubscriptionColumn, 200},
                              {VaultTableModel::ResourceGroupColumn, 150},
                              {VaultTableModel::LocationColumn, 110}});

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_table, 1);
    m_finding->setModel(m_findings);
    m_finding->setObjectName(QStringLiteral("findingChooser"));
    m_finding->setAccessibleName(tr("Result to review"));
    auto *reviewBox = new QWidget;
    auto *reviewLayout = new QVBoxLayout(reviewBox);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    auto *findingRow = new QHBoxLayout;
    auto *findingLabel = new QLabel(tr("Re&view result:"));
    findingLabel->setBuddy(m_finding);
    findingRow->addWidget(findingLabel);
    findingRow->addWidget(m_finding, 1);
    reviewLayout->addLayout(findingRow);
    reviewLayout->addWidget(m_review, 1);
    m_details->setReviewArea(reviewBox);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setSizes({800, 600});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(new CompletenessBanner(session));
    layout->addWidget(m_splitter, 1);

    connect(m_snapshots, &QComboBox::activated, this,
            [this] { m_session.open(m_snapshots->currentData().toLongLong()); });
    connect(&m_session, &SnapshotSession::snapshotsChanged, this, &VaultsPage::fillChooser);
    connect(&m_session, &SnapshotSession::loadingStarted, this,
            [this] { m_summary->setText(tr("Reading the snapshot…")); });
    connect(&m_session, &SnapshotSession::currentChanged, this, &VaultsPage::snapshotChanged);
    connect(&m_session, &SnapshotSession::filterChanged, this, [this] {
        updateSummary();
        if (!m_table->currentIndex().isValid() && proxyModel()->rowCount() > 0)
            m_table->setCurrentIndex(proxyModel()->index(0, VaultTableModel::NameColumn));
    });
    connect(&m_session, &SnapshotSession::failed, m_summary, &QLabel::setText);
    // The session may hold a snapshot already (loaded before the window was made).
    fillChooser();
    if (!m_session.isLoading())
        snapshotChanged();
    connect(scanButton, &QPushButton::clicked, this, &VaultsPage::scanRequested);
    connect(importButton, &QPushButton::clicked, this, &VaultsPage::importRequested);
    connect(demoButton, &QPushButton::clicked, this, &VaultsPage::demoRequested);
    connect(renameButton, &QPushButton::clicked, this, &VaultsPage::renameSnapshot);
    connect(deleteButton, &QPushButton::clicked, this, &VaultsPage::deleteSnapshot);
    connect(exportButton, &QPushButton::clicked, this, &VaultsPage::chooseExport);
    connect(compareButton, &QPushButton::clicked, this, &VaultsPage::chooseComparison);
    // Columns are chosen from the header's context menu; the header state remembers them.
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 0; c < VaultTableModel::ColumnCount; ++c) {
        auto *action = new QAction(m_session.vaultModel()->headerData(c, Qt::Horizontal).toString(), header);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        header->addAction(action);
    }
    connect(m_search, &QLineEdit::textChanged, m_session.filteredVaults(),
            &VaultFilterProxyModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &VaultsPage::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VaultsPage::showCurrentVault);
    connect(m_finding, &QComboBox::currentIndexChanged, this, &VaultsPage::reviewCurrentFinding);
    connect(&m_session, &SnapshotSession::vaultDetailsReady, this, &VaultsPage::showVaultDetails);
    connect(&m_session, &SnapshotSession::vaultDetailsFailed, this,
            [this](const QString &vaultId, const QString &message) {
                if (vaultId == m_vault.id)
                    m_details->showError(message);
            });
    connect(m_details, &VaultDetailsView::reviewRequested, this,
            [this](const QString &definition, const QString &resourceId) {
                const int index = m_finding->findData(
                    QStringList{resourceId.isEmpty() ? m_vault.id : resourceId, definition});
                if (index >= 0) {
                    m_finding->setCurrentIndex(index);
                    m_review->noteEdit()->setFocus();
                }
            });
}

void VaultsPage::reviewCurrentFinding()
{
    // Each finding is (resource id, definition): the vault's own, or one of its objects'.
    const QStringList finding = m_finding->currentData().toStringList();
    if (m_vault.id.isEmpty() || finding.size() != 2) {
        m_review->clearSubject(tr("Select a vault to review its results."));
        return;
    }
    const Snapshot &header = m_session.header();
    m_review->setSubject(
        {ReviewTarget::findingKey(finding.at(0), finding.at(1)),
         m_vault.name + QStringLiteral(" — ") + m_finding->currentText().mid(2),
         QStringLiteral("snapshot:") + header.sha256,
         tr("snapshot “%1” of %2")
             .arg(header.name, QLocale().toString(header.capturedAt.toLocalTime(), QLocale::ShortFormat))});
}

bool VaultsPage::selectFinding(const QString &resourceId, const QString &definition)
{
    const VaultTableModel *model = m_session.vaultModel();
    const VaultFilterProxyModel *proxy = m_session.filteredVaults();
    int source = -1;
    // A Key Vault object's finding opens its vault (named by the object's host).
    const bool object = resourceId.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    const QString vaultName = QUrl(resourceId).host().section(QLatin1Char('.'), 0, 0);
    for (int r = 0; r < model->rowCount() && source < 0; ++r) {
        const VaultRow &row = model->vault(r);
        if (object ? row.type.startsWith(QLatin1String("Microsoft.KeyVault/"), Qt::CaseInsensitive) &&
                         row.name.compare(vaultName, Qt::CaseInsensitive) == 0
                   : row.id.compare(resourceId, Qt::CaseInsensitive) == 0)
            source = r;
    }
    if (source < 0)
        return false;
    QModelIndex index = proxy->mapFromSource(model->index(source, VaultTableModel::NameColumn));
    if (!index.isValid()) {
        m_search->clear();
        index = proxy->mapFromSource(model->index(source, VaultTableModel::NameColumn));
    }
    const QStringList wanted{object ? resourceId : model->vault(source).id, definition};
    m_pendingFinding = wanted;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    if (m_detailsShown && m_vault.id == model->vault(source).id) { // shown already: choose it now
        const int finding = m_finding->findData(wanted);
        if (finding >= 0)
            m_finding->setCurrentIndex(finding);
        m_pendingFinding.clear();
    }
    return true;
}

QSortFilterProxyModel *VaultsPage::proxyModel() const
{
    return m_session.filteredVaults();
}

QTextBrowser *VaultsPage::resultsView() const
{
    return m_details->resultsView();
}

bool VaultsPage::exportView(const QString &path, QString *error) const
{
    QList<int> columns;
    for (int v = 0; v < m_table->horizontalHeader()->count(); ++v) {
        const int c = m_table->horizontalHeader()->logicalIndex(v);
        if (!m_table->isColumnHidden(c))
            columns.append(c);
    }
    const QSortFilterProxyModel *proxy = proxyModel();
    QStringList cells;
    for (int c : columns)
        cells.append(proxy->headerData(c, Qt::Horizontal).toString());
    cells.append(QStringLiteral("resource_id"));
    QString text = csvLine(cells);
    for (int r = 0; r < proxy->rowCount(); ++r) {
        cells.clear();
        for (int c : columns)
            cells.append(proxy->index(r, c).data().toString());
        cells.append(proxy->index(r, 0).data(VaultTableModel::VaultIdRole).toString());
        text += csvLine(cells);
    }
    return writeAtomically(path, text.toUtf8(), error);
}

void VaultsPage::chooseComparison()
{
    const qint64 current = m_session.currentId();
    if (!current || m_snapshots->count() < 2) {
        QMessageBox::information(this, tr("Compare snapshots"),
                                 tr("There is no other snapshot to compare with."));
        return;
    }
    QStringList labels;
    QList<qint64> ids;
    for (int i = 0; i < m_snapshots->count(); ++i) {
        if (m_snapshots->itemData(i).toLongLong() == current)
            continue;
        labels.append(m_snapshots->itemText(i));
        ids.append(m_snapshots->itemData(i).toLongLong());
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Compare snapshots"), tr("Compare the shown snapshot with:"), labels, 0, false, &ok);
    if (!ok)
        return;
    QList<ResultChange> changes;
    QString olderName, error;
    if (!m_session.compareWith(ids.at(labels.indexOf(chosen)), &changes, &olderName, &error)) {
        QMessageBox::warning(this, tr("Compare snapshots"), error);
        return;
    }
    CompareDialog dialog(olderName, m_session.header().name, changes, this);
    dialog.exec();
}

void VaultsPage::chooseExport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export view"), QString(), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportView(path, &error))
        QMessageBox::warning(this, tr("Export view"), error);
}

qint64 VaultsPage::currentSnapshotId() const
{
    return m_session.currentId();
}

void VaultsPage::fillChooser()
{
    const QSignalBlocker blocker(m_snapshots);
    m_snapshots->clear();
    for (const SnapshotSummary &s : m_session.snapshots())
        m_snapshots->addItem(
            tr("%1 — %2 (%3 vaults)")
                .arg(QLocale().toString(s.capturedAt.toLocalTime(), QLocale::ShortFormat), s.name)
                .arg(s.vaultCount),
            s.id);
    m_snapshots->setCurrentIndex(m_snapshots->findData(m_session.currentId()));
}

void VaultsPage::snapshotChanged()
{
    {
        const QSignalBlocker blocker(m_snapshots);
        m_snapshots->setCurrentIndex(m_snapshots->findData(m_session.currentId()));
    }
    m_details->clear();
    updateSummary();
    if (proxyModel()->rowCount() > 0)
        m_table->setCurrentIndex(proxyModel()->index(0, VaultTableModel::NameColumn));
    else
        showCurrentVault();
}

void VaultsPage::updateSummary()
{
    if (m_session.currentId() == 0) {
        m_summary->setText(tr("No snapshot yet: import an estate export or open the demo estate."));
        return;
    }
    const PostureCounts &counts = m_session.counts();
    const Snapshot &header = m_session.header();
    m_summary->setText(
        tr("Score %1% · compliant %2 · non-compliant %3 · unknown %4 · vaults shown: %5 of %6 · "
           "captured %7 · SHA-256 %8…")
            .arg(QLocale().toString(counts.score() * 100, 'f', 1))
            .arg(counts.compliant)
            .arg(counts.nonCompliant)
            .arg(counts.unknown)
            .arg(proxyModel()->rowCount())
            .arg(m_session.vaultModel()->rowCount())
            .arg(QLocale().toString(header.capturedAt.toLocalTime(), QLocale::ShortFormat),
                 header.sha256.left(12)));
}

void VaultsPage::focusVaultDetails()
{
    m_splitter->setSizes({380, 1000});
    m_details->splitter()->setSizes({560, 330, 110});
}

void VaultsPage::selectWorstVault()
{
    m_table->sortByColumn(VaultTableModel::FailingColumn, Qt::DescendingOrder);
    if (proxyModel()->rowCount() > 0)
        m_table->setCurrentIndex(proxyModel()->index(0, VaultTableModel::NameColumn));
}

void VaultsPage::showCurrentVault()
{
    const QSignalBlocker blocker(m_finding);
    m_findings->set({});
    m_vault = VaultRow();
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        m_details->clear();
        reviewCurrentFinding();
        return;
    }
    m_vault = m_session.vaultModel()->vault(m_session.filteredVaults()->mapToSource(index).row());
    m_detailsShown = false;
    // The name at once; the results (thousands with a vault's objects) when the worker has them.
    m_details->showPending(m_vault);
    reviewCurrentFinding();
    m_session.requestVaultDetails(m_vault);
}

void VaultsPage::showVaultDetails(const QString &vaultId, const VaultDetails &details)
{
    if (vaultId != m_vault.id)
        return;
    m_details->showVault(m_vault, details);
    // The results to review in the next turn of the event loop: the window answers in between.
    QMetaObject::invokeMethod(
        this, [this, vaultId, details] { listFindings(vaultId, details); }, Qt::QueuedConnection);
}

void VaultsPage::listFindings(const QString &vaultId, const VaultDetails &details)
{
    if (vaultId != m_vault.id)
        return;
    {
        const QSignalBlocker blocker(m_finding);
        m_findings->set(details.reviewable);
        const int wanted = m_finding->findData(m_pendingFinding);
        m_finding->setCurrentIndex(wanted >= 0 ? wanted : 0);
    }
    m_pendingFinding.clear();
    m_detailsShown = true;
    reviewCurrentFinding();
}

void VaultsPage::renameSnapshot()
{
    const Snapshot &header = m_session.header();
    if (!header.id)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename snapshot"), tr("Name:"), QLineEdit::Normal, header.name, &ok);
    QString error;
    if (!ok || name.trimmed().isEmpty())
        return;
    if (!m_session.rename(header.id, name.trimmed(), &error))
        QMessageBox::warning(this, tr("Rename snapshot"), error);
}

void VaultsPage::deleteSnapshot()
{
    const qint64 id = m_session.currentId();
    if (!id)
        return;
    if (QMessageBox::question(
            this, tr("Delete snapshot"),
            tr("Delete the snapshot “%1” with its %2 vaults and results? This cannot be undone.")
                .arg(m_session.header().name)
                .arg(m_session.vaultModel()->rowCount()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_session.remove(id, &error))
        QMessageBox::warning(this, tr("Delete snapshot"), error);
}

QByteArray VaultsPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << kStateVersion << m_splitter->saveState() << m_details->splitter()->saveState()
           << m_table->horizontalHeader()->saveState();
    return state;
}

void VaultsPage::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray a, b, c;
    stream >> version >> a >> b >> c;
    if (stream.status() != QDataStream::Ok || version != kStateVersion)
        return;
    m_splitter->restoreState(a);
    m_details->splitter()->restoreState(b);
    m_table->horizontalHeader()->restoreState(c);
    const QList<QAction *> columns = m_table->horizontalHeader()->actions();
    for (int i = 0; i < columns.size(); ++i) {
        const QSignalBlocker blocker(columns.at(i));
        columns.at(i)->setChecked(!m_table->isColumnHidden(i));
    }
}

} // namespace vaultscope
