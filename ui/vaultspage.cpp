#include "vaultspage.h"

#include "comparedialog.h"
#include "itemmodels/vaultfilterproxymodel.h"
#include "itemmodels/vaulttablemodel.h"
#include "posture/posture.h"
#include "posture/ruleset.h"
#include "reviewpane.h"
#include "services/exportfiles.h"
#include "store/database.h"
#include "tableviews.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
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
#include <QtConcurrent/QtConcurrentRun>

namespace vaultscope {

namespace {
constexpr quint32 kStateVersion = 2;

QString outcomeLabel(char code)
{
    switch (code) {
    case OutcomeCode::Compliant:
        return VaultsPage::tr("Compliant");
    case OutcomeCode::NonCompliant:
        return VaultsPage::tr("Non-compliant");
    case OutcomeCode::Unknown:
        return VaultsPage::tr("Unknown");
    default:
        return VaultsPage::tr("Not applicable");
    }
}
} // namespace

VaultsPage::VaultsPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new VaultTableModel(this))
    , m_proxy(new VaultFilterProxyModel(this))
    , m_snapshots(new QComboBox)
    , m_summary(new QLabel)
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_results(new QTextBrowser)
    , m_json(new QPlainTextEdit)
    , m_jsonSearch(new QLineEdit)
    , m_finding(new QComboBox)
    , m_review(new ReviewPane(db))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_detailsSplitter(new QSplitter(Qt::Vertical))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VaultTableModel::SortRole);
    m_proxy->setFilterRole(VaultTableModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_snapshots->setObjectName(QStringLiteral("snapshotChooser"));
    m_snapshots->setAccessibleName(tr("Snapshot"));
    m_snapshots->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_snapshots->setMinimumContentsLength(30);
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
    m_table->setModel(m_proxy);
    configureTable(m_table);
    m_table->sortByColumn(VaultTableModel::FailingColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(VaultTableModel::NameColumn, 190);
    m_table->setColumnWidth(VaultTableModel::TypeColumn, 150);
    m_table->setColumnWidth(VaultTableModel::SubscriptionColumn, 200);
    m_table->setColumnWidth(VaultTableModel::ResourceGroupColumn, 150);
    m_table->setColumnWidth(VaultTableModel::LocationColumn, 110);
    for (int c :
         {VaultTableModel::FailingColumn, VaultTableModel::UnknownColumn, VaultTableModel::PassingColumn})
        m_table->setColumnWidth(c, 70);

    m_results->setObjectName(QStringLiteral("vaultResults"));
    m_results->setAccessibleName(tr("Policy results of the vault"));
    m_results->setOpenLinks(false);
    m_json->setObjectName(QStringLiteral("vaultJson"));
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("Vault configuration as captured (JSON)"));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_table, 1);
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
    m_detailsSplitter->addWidget(m_results);
    m_detailsSplitter->addWidget(reviewBox);
    auto *jsonBox = new QWidget;
    auto *jsonLayout = new QVBoxLayout(jsonBox);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    m_jsonSearch->setPlaceholderText(tr("Find in the configuration (Enter for the next match)"));
    m_jsonSearch->setAccessibleName(tr("Find in the vault configuration"));
    m_jsonSearch->setClearButtonEnabled(true);
    jsonLayout->addWidget(m_jsonSearch);
    jsonLayout->addWidget(m_json, 1);
    m_detailsSplitter->addWidget(jsonBox);
    m_detailsSplitter->setSizes({350, 330, 200});
    m_detailsSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailsSplitter);
    m_splitter->setSizes({800, 600});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_snapshots, &QComboBox::activated, this, [this] { showSnapshot(currentSnapshotId()); });
    connect(importButton, &QPushButton::clicked, this, &VaultsPage::importRequested);
    connect(demoButton, &QPushButton::clicked, this, &VaultsPage::demoRequested);
    connect(renameButton, &QPushButton::clicked, this, &VaultsPage::renameSnapshot);
    connect(deleteButton, &QPushButton::clicked, this, &VaultsPage::deleteSnapshot);
    connect(exportButton, &QPushButton::clicked, this, &VaultsPage::chooseExport);
    connect(compareButton, &QPushButton::clicked, this, &VaultsPage::chooseComparison);
    // Columns are chosen from the header's context menu; the header state remembers them.
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        auto *action = new QAction(m_model->headerData(c, Qt::Horizontal).toString(), header);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        header->addAction(action);
    }
    connect(m_search, &QLineEdit::textChanged, m_proxy, &VaultFilterProxyModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &VaultsPage::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VaultsPage::showCurrentVault);
    connect(m_finding, &QComboBox::currentIndexChanged, this, &VaultsPage::reviewCurrentFinding);
    const auto findInJson = [this](bool fromStart) {
        if (fromStart)
            m_json->moveCursor(QTextCursor::Start);
        if (!m_json->find(m_jsonSearch->text())) { // wrap around
            m_json->moveCursor(QTextCursor::Start);
            m_json->find(m_jsonSearch->text());
        }
    };
    connect(m_jsonSearch, &QLineEdit::textChanged, this, [findInJson] { findInJson(true); });
    connect(m_jsonSearch, &QLineEdit::returnPressed, this, [findInJson] { findInJson(false); });
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const int index = m_finding->findData(url.path());
        if (url.scheme() == QLatin1String("https")) {
            QDesktopServices::openUrl(url);
            return;
        }
        if (url.scheme() == QLatin1String("review") && index >= 0) {
            m_finding->setCurrentIndex(index);
            m_review->noteEdit()->setFocus();
        }
    });
}

void VaultsPage::reviewCurrentFinding()
{
    const QString definition = m_finding->currentData().toString();
    if (m_vaultId.isEmpty() || definition.isEmpty()) {
        m_review->clearSubject(tr("Select a vault to review its results."));
        return;
    }
    m_review->setSubject({ReviewTarget::findingKey(m_vaultId, definition),
                          m_vaultName + QStringLiteral(" — ") + m_finding->currentText().mid(2),
                          QStringLiteral("snapshot:") + m_header.sha256,
                          tr("snapshot “%1” of %2")
                              .arg(m_header.name, QLocale().toString(m_header.capturedAt.toLocalTime(),
                                                                     QLocale::ShortFormat))});
}

const QList<VaultRow> &VaultsPage::vaultRows() const
{
    return m_model->vaults();
}

bool VaultsPage::selectFinding(const QString &resourceId, const QString &definition)
{
    int source = -1;
    for (int r = 0; r < m_model->rowCount() && source < 0; ++r) {
        if (m_model->vault(r).id.compare(resourceId, Qt::CaseInsensitive) == 0)
            source = r;
    }
    if (source < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(source, VaultTableModel::NameColumn));
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(source, VaultTableModel::NameColumn));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    const int finding = m_finding->findData(definition);
    if (finding >= 0)
        m_finding->setCurrentIndex(finding);
    return finding >= 0;
}

QSortFilterProxyModel *VaultsPage::proxyModel() const
{
    return m_proxy;
}

void VaultsPage::setFilter(const PostureFilter &filter, const QList<int> &rows)
{
    m_proxy->setAllowedRows(!filter.isEmpty(), rows);
    updateSummary();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, VaultTableModel::NameColumn));
}

bool VaultsPage::exportView(const QString &path, QString *error) const
{
    QList<int> columns;
    for (int v = 0; v < m_table->horizontalHeader()->count(); ++v) {
        const int c = m_table->horizontalHeader()->logicalIndex(v);
        if (!m_table->isColumnHidden(c))
            columns.append(c);
    }
    QStringList cells;
    for (int c : columns)
        cells.append(m_proxy->headerData(c, Qt::Horizontal).toString());
    cells.append(QStringLiteral("resource_id"));
    QString text = csvLine(cells);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        cells.clear();
        for (int c : columns)
            cells.append(m_proxy->index(r, c).data().toString());
        cells.append(m_model->vault(m_proxy->mapToSource(m_proxy->index(r, 0)).row()).id);
        text += csvLine(cells);
    }
    return writeAtomically(path, text.toUtf8(), error);
}

bool VaultsPage::compareWith(qint64 olderId, QList<ResultChange> *changes, QString *olderName,
                             QString *error) const
{
    Snapshot older;
    QList<VaultRow> olderRows;
    if (!SnapshotStore(m_db).loadRows(olderId, &older, &olderRows, error))
        return false;
    *olderName = older.name;
    *changes = compareSnapshots(older, olderRows, m_header, m_model->vaults());
    return true;
}

void VaultsPage::chooseComparison()
{
    if (!m_header.id || m_snapshots->count() < 2) {
        QMessageBox::information(this, tr("Compare snapshots"),
                                 tr("There is no other snapshot to compare with."));
        return;
    }
    QStringList labels;
    QList<qint64> ids;
    for (int i = 0; i < m_snapshots->count(); ++i) {
        if (m_snapshots->itemData(i).toLongLong() == m_header.id)
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
    if (!compareWith(ids.at(labels.indexOf(chosen)), &changes, &olderName, &error)) {
        QMessageBox::warning(this, tr("Compare snapshots"), error);
        return;
    }
    CompareDialog dialog(olderName, m_header.name, changes, this);
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
    return m_snapshots->currentData().toLongLong();
}

bool VaultsPage::reloadSnapshots(qint64 select)
{
    QList<SnapshotSummary> all;
    QString error;
    if (!SnapshotStore(m_db).list(&all, &error)) {
        m_summary->setText(error);
        return false;
    }
    const qint64 keep = select ? select : currentSnapshotId();
    m_snapshots->clear();
    for (const SnapshotSummary &s : std::as_const(all))
        m_snapshots->addItem(
            tr("%1 — %2 (%3 vaults)")
                .arg(QLocale().toString(s.capturedAt.toLocalTime(), QLocale::ShortFormat), s.name)
                .arg(s.vaultCount),
            s.id);
    int index = m_snapshots->findData(keep);
    if (index < 0)
        index = m_snapshots->count() - 1; // the newest
    m_snapshots->setCurrentIndex(index);
    return index < 0 ? showSnapshot(0) : showSnapshot(currentSnapshotId());
}

struct VaultsPage::Loaded
{
    Snapshot header;
    VaultTableModel::Prepared table;
    PostureCounts counts;
    PostureView view;
    QHash<QString, PostureCounts> posture;
    PostureChoices choices;
    QString error;
};

bool VaultsPage::showSnapshot(qint64 id)
{
    const int generation = ++m_loadGeneration;
    if (!id) {
        apply(Loaded(), generation);
        return true;
    }
    m_loading = true;
    m_summary->setText(tr("Reading the snapshot…"));
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return; // another snapshot was chosen meanwhile
        apply(watcher->result(), generation);
    });
    // Tens of thousands of vaults are read and counted off the GUI thread, on a connection of
    // their own; the window only swaps the result in.
    watcher->setFuture(QtConcurrent::run([path = m_db.path(), id] {
        Loaded l;
        Database db(path);
        QList<VaultRow> rows;
        if (!db.open(&l.error, Database::Trusted) ||
            !SnapshotStore(db).loadRows(id, &l.header, &rows, &l.error)) {
            l.header = Snapshot();
            return l;
        }
        for (const VaultRow &row : std::as_const(rows)) {
            for (const char code : row.outcomes)
                l.counts.add(code);
        }
        l.view = PostureView::compute(l.header, rows, PostureFilter());
        l.posture = PostureView::controlsByService(l.header, rows);
        l.choices = PostureChoices::of(l.header, rows);
        l.table = VaultTableModel::prepare(rows, l.header.estate.subscriptionNames);
        return l;
    }));
    return true;
}

void VaultsPage::apply(const Loaded &loaded, int generation)
{
    m_header = loaded.header;
    m_counts = loaded.counts;
    m_view = loaded.view;
    m_posture = loaded.posture;
    m_choices = loaded.choices;
    m_proxy->setAllowedRows(false, {});
    m_model->setPrepared(loaded.table);
    m_results->clear();
    m_json->clear();
    updateSummary();
    if (!loaded.error.isEmpty())
        m_summary->setText(loaded.error);
    // The rest in steps of their own, so that the window answers input between them: the first
    // vault's page, then everything that follows the snapshot (dashboard, filter, catalogue).
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_loadGeneration)
                return;
            if (m_proxy->rowCount() > 0)
                m_table->setCurrentIndex(m_proxy->index(0, VaultTableModel::NameColumn));
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation != m_loadGeneration)
                        return;
                    m_loading = false;
                    Q_EMIT snapshotShown();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void VaultsPage::updateSummary()
{
    if (m_header.id == 0) {
        m_summary->setText(tr("No snapshot yet: import an estate export or open the demo estate."));
        return;
    }
    const PostureCounts &counts = m_counts;
    m_summary->setText(
        tr("Score %1% · compliant %2 · non-compliant %3 · unknown %4 · vaults shown: %5 of %6 · "
           "captured %7 · SHA-256 %8…")
            .arg(QLocale().toString(counts.score() * 100, 'f', 1))
            .arg(counts.compliant)
            .arg(counts.nonCompliant)
            .arg(counts.unknown)
            .arg(m_proxy->rowCount())
            .arg(m_model->rowCount())
            .arg(QLocale().toString(m_header.capturedAt.toLocalTime(), QLocale::ShortFormat),
                 m_header.sha256.left(12)));
}

void VaultsPage::focusVaultDetails()
{
    m_splitter->setSizes({380, 1000});
    m_detailsSplitter->setSizes({560, 330, 110});
}

void VaultsPage::selectWorstVault()
{
    m_table->sortByColumn(VaultTableModel::FailingColumn, Qt::DescendingOrder);
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, VaultTableModel::NameColumn));
}

void VaultsPage::showCurrentVault()
{
    m_results->clear();
    const QSignalBlocker blocker(m_finding);
    m_finding->clear();
    m_vaultId.clear();
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        reviewCurrentFinding();
        return;
    }
    const VaultRow &row = m_model->vault(m_proxy->mapToSource(index).row());
    m_vaultId = row.id;
    m_vaultName = row.name;
    QJsonObject vault;
    QList<QJsonObject> related;
    QString error;
    if (!SnapshotStore(m_db).loadVaultJson(m_header.id, row.id, &vault, &related, &error)) {
        m_json->setPlainText(error);
        return;
    }
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(vault).toJson(QJsonDocument::Indented)));
    // Reasons are recomputed for the one vault: the store keeps outcomes, evaluation is cheap.
    Estate estate;
    estate.relatedTypesCaptured = m_header.estate.relatedTypesCaptured;
    estate.add(vault, QString());
    for (const QJsonObject &r : std::as_const(related))
        estate.add(r, QString());
    const RuleSet &rules = RuleSet::shipped();
    const QList<policy::Evaluation> evaluations =
        evaluateVault(rules, estate, vault, m_header.apiVersionOverride);
    // Failing first, then unknown, then passing: what an auditor reads first.
    // The portal resolves a resource id under the tenant the snapshot came from.
    const QString portal =
        QStringLiteral("https://portal.azure.com/#@%1/resource%2")
            .arg(m_header.tenant, QString::fromLatin1(QUrl::toPercentEncoding(row.id, "/")));
    QString html = QStringLiteral("<h3>%1</h3><p><small>%2</small><br/><a href='%3'>%4</a></p>")
                       .arg(row.name.toHtmlEscaped(), row.id.toHtmlEscaped(), portal.toHtmlEscaped(),
                            tr("Open in the Azure portal"));
    for (const char wanted : {OutcomeCode::NonCompliant, OutcomeCode::Unknown, OutcomeCode::Compliant}) {
        for (int d = 0; d < m_header.definitions.size() && d < row.outcomes.size(); ++d) {
            if (row.outcomes.at(d) != wanted)
                continue;
            const SnapshotDefinition &def = m_header.definitions.at(d);
            const int ruleIndex = rules.indexOf(def.name);
            const QString why = ruleIndex >= 0 ? evaluations.at(ruleIndex).reason : QString();
            // What to do about it: the definition's own description, for the failing ones.
            const QString remedy = ruleIndex >= 0 && wanted != OutcomeCode::Compliant
                                       ? rules.definitions.at(ruleIndex).description
                                       : QString();
            const char *colour = wanted == OutcomeCode::NonCompliant ? "#b01e1e"
                                 : wanted == OutcomeCode::Compliant  ? "#1b6e3a"
                                                                     : "#8a5a00";
            const char *mark = wanted == OutcomeCode::NonCompliant ? "✗"
                               : wanted == OutcomeCode::Compliant  ? "✓"
                                                                   : "?";
            m_finding->addItem(QString::fromUtf8(mark) + QLatin1Char(' ') + def.displayName, def.name);
            html +=
                QStringLiteral("<p><b style='color:%1'>%2 %3</b> — %4<br/><small>%5%6</small><br/>%7 <a "
                               "href='review:%8'>%9</a></p>")
                    .arg(
                        QLatin1String(colour), QString::fromUtf8(mark), outcomeLabel(wanted).toHtmlEscaped(),
                        def.displayName.toHtmlEscaped(),
                        def.controls.isEmpty()
                            ? QString()
                            : tr("Controls: %1").arg(def.controls.join(QLatin1String(", "))).toHtmlEscaped() +
                                  QStringLiteral(" · "),
                        tr("version %1, effect %2").arg(def.version, def.effect).toHtmlEscaped(),
                        why.toHtmlEscaped() + (remedy.isEmpty()
                                                   ? QString()
                                                   : QStringLiteral("<br/><i>") +
                                                         tr("Remediation: %1").arg(remedy).toHtmlEscaped() +
                                                         QStringLiteral("</i>")),
                        def.name.toHtmlEscaped(), tr("Review…"));
        }
    }
    m_results->setHtml(html);
    reviewCurrentFinding();
}

void VaultsPage::renameSnapshot()
{
    if (!m_header.id)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename snapshot"), tr("Name:"), QLineEdit::Normal,
                                               m_header.name, &ok);
    QString error;
    if (!ok || name.trimmed().isEmpty())
        return;
    if (!SnapshotStore(m_db).rename(m_header.id, name.trimmed(), &error))
        QMessageBox::warning(this, tr("Rename snapshot"), error);
    reloadSnapshots(m_header.id);
}

void VaultsPage::deleteSnapshot()
{
    if (!m_header.id)
        return;
    if (QMessageBox::question(
            this, tr("Delete snapshot"),
            tr("Delete the snapshot “%1” with its %2 vaults and results? This cannot be undone.")
                .arg(m_header.name)
                .arg(m_model->rowCount()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!SnapshotStore(m_db).remove(m_header.id, &error))
        QMessageBox::warning(this, tr("Delete snapshot"), error);
    reloadSnapshots();
}

QByteArray VaultsPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << kStateVersion << m_splitter->saveState() << m_detailsSplitter->saveState()
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
    m_detailsSplitter->restoreState(b);
    m_table->horizontalHeader()->restoreState(c);
    const QList<QAction *> columns = m_table->horizontalHeader()->actions();
    for (int i = 0; i < columns.size(); ++i) {
        const QSignalBlocker blocker(columns.at(i));
        columns.at(i)->setChecked(!m_table->isColumnHidden(i));
    }
}

} // namespace vaultscope
