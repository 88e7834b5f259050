#include "scandialog.h"

#include "services/auth/authservice.h"
#include "services/settings.h"
#include "services/workspace.h"
#include "store/database.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vaultscope {

namespace {

enum Column { NameColumn, IdColumn, StateColumn, TenantColumn };

QString duration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return ScanDialog::tr("%1 s").arg(s);
    if (s < 3600)
        return ScanDialog::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return ScanDialog::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

ScanDialog::ScanDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_pages(new QStackedWidget)
    , m_account(new QLabel)
    , m_all(new QRadioButton(tr("&Every subscription the account can read")))
    , m_selected(new QRadioButton(tr("Only the subscriptions &checked below")))
    , m_filter(new QLineEdit)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_selection(new QLabel)
    , m_name(new QLineEdit)
    , m_scan(new QPushButton(tr("&Scan")))
    , m_counts(new QLabel)
    , m_wait(new QLabel)
    , m_eta(new QLabel)
    , m_progress(new QProgressBar)
    , m_log(new QPlainTextEdit)
    , m_result(new QLabel)
    , m_cancel(new QPushButton(tr("Cancel scan")))
    , m_close(new QPushButton(tr("Close")))
{
    setWindowTitle(tr("Scan Azure"));
    setObjectName(QStringLiteral("scanDialog"));

    // The scope.
    auto *scope = new QWidget;
    m_account->setWordWrap(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_all);
    group->addButton(m_selected);
    m_model->setHorizontalHeaderLabels({tr("Subscription"), tr("ID"), tr("State"), tr("Tenant")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("subscriptionTable"));
    m_table->setAccessibleName(tr("Subscriptions"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 220);
    m_table->setColumnWidth(IdColumn, 290);
    m_filter->setPlaceholderText(tr("Filter by name, ID, state or tenant"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter subscriptions"));
    auto *allShown = new QPushButton(tr("Check &all shown"));
    auto *none = new QPushButton(tr("Check &none"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(allShown);
    tools->addWidget(none);
    m_name->setPlaceholderText(tr("Live scan of the chosen subscriptions"));
    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("Snapshot &name:"), m_name);
    auto *scopeLayout = new QVBoxLayout(scope);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    scopeLayout->addWidget(m_account);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_selected);
    scopeLayout->addLayout(tools);
    scopeLayout->addWidget(m_table, 1);
    scopeLayout->addWidget(m_selection);
    scopeLayout->addLayout(nameRow);

    // The progress.
    auto *running = new QWidget;
    auto *runningLayout = new QVBoxLayout(running);
    runningLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &phase :
         {tr("Subscriptions (Resource Manager)"), tr("Vaults (Resource Graph, in batches of subscriptions)"),
          tr("Related resources: diagnostic settings and Resource Guard proxies"),
          tr("Evaluation and storing")}) {
        auto *label = new QLabel(phase);
        label->setProperty("phaseText", phase);
        m_phases.append(label);
        runningLayout->addWidget(label);
    }
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_counts->setObjectName(QStringLiteral("scanCounts"));
    m_wait->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("scanResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Scan log"));
    m_log->setPlaceholderText(tr("Fallbacks, failures and retries appear here."));
    runningLayout->addWidget(m_progress);
    runningLayout->addWidget(m_counts);
    runningLayout->addWidget(m_eta);
    runningLayout->addWidget(m_wait);
    runningLayout->addWidget(m_result);
    runningLayout->addWidget(m_log, 1);

    m_pages->addWidget(scope);
    m_pages->addWidget(running);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_scan, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_scan->setDefault(true);
    m_cancel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(allShown, &QPushButton::clicked, this, [this] { selectAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { selectAll(false); });
    connect(m_all, &QRadioButton::toggled, this, &ScanDialog::updateSelection);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (m_bulkCheck)
            return;
        if (!m_selected->isChecked())
            m_selected->setChecked(true);
        updateSelection();
    });
    connect(m_scan, &QPushButton::clicked, this, &ScanDialog::startScan);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_result->setText(tr("Cancelling…"));
        m_workspace.scans().cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    ScanJob &scans = m_workspace.scans();
    connect(&scans, &ScanJob::progressed, this, &ScanDialog::showProgress);
    connect(&scans, &ScanJob::waiting, this, &ScanDialog::showWait);
    connect(&scans, &ScanJob::logged, m_log, &QPlainTextEdit::appendPlainText);
    connect(&scans, &ScanJob::finished, this, &ScanDialog::finished);
    // Signing in (or switching accounts) with the dialog open reads the new account's subscriptions.
    connect(&m_workspace.auth(), &AuthService::accountsChanged, this, [this] {
        if (isVisible() && !isScanning())
            loadSubscriptions();
    });

    m_all->setChecked(Settings::scanAllSubscriptions());
    m_selected->setChecked(!m_all->isChecked());
    restoreGeometry(Settings::value(QStringLiteral("scan/geometry")));
    if (isScanning())
        m_pages->setCurrentIndex(1);
    resize(sizeHint().expandedTo(QSize(900, 560)));
}

ScanDialog::~ScanDialog()
{
    Settings::setValue(QStringLiteral("scan/geometry"), saveGeometry());
}

bool ScanDialog::isScanning() const
{
    return m_workspace.scans().isRunning();
}

void ScanDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_loaded && !isScanning())
        loadSubscriptions();
}

void ScanDialog::loadSubscriptions()
{
    m_loaded = true;
    const Account *account = m_workspace.auth().activeAccount();
    m_model->removeRows(0, m_model->rowCount()); // another account sees other subscriptions
    m_scan->setEnabled(false);
    if (!account) {
        m_account->setText(tr("Not signed in: sign in first (Account › Sign in), then scan."));
        return;
    }
    m_account->setText(tr("Signed in as %1. Reading the subscriptions from %2…")
                           .arg(account->reviewer(), account->config.armUrl().toString()));
    m_workspace.scans().listSubscriptions(account->config.origins(), account->tenantId, this,
                                          [this](const QList<SubscriptionInfo> &subs, const QString &error) {
                                              subscriptionsRead(subs, error);
                                          });
}

void ScanDialog::subscriptionsRead(const QList<SubscriptionInfo> &subscriptions, const QString &error)
{
    const Account *account = m_workspace.auth().activeAccount();
    if (!error.isEmpty() || !account) {
        m_account->setText(tr("The subscriptions could not be read: %1").arg(error));
        return;
    }
    m_account->setText(tr("Signed in as %1 (Resource Manager %2): %3 subscriptions readable.")
                           .arg(account->reviewer(), account->config.armUrl().toString(),
                                QLocale().toString(qsizetype(subscriptions.size()))));
    const QStringList remembered = Settings::scanSubscriptions();
    for (const SubscriptionInfo &s : subscriptions) {
        auto *name = new QStandardItem(s.name.isEmpty() ? s.id : s.name);
        name->setCheckable(true);
        name->setCheckState(remembered.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        name->setData(s.id, Qt::UserRole);
        const QString tenant =
            s.tenantName.isEmpty() ? s.tenantId : QStringLiteral("%1 (%2)").arg(s.tenantName, s.tenantId);
        QList<QStandardItem *> row{name, new QStandardItem(s.id), new QStandardItem(s.state),
                                   new QStandardItem(tenant)};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_table->resizeColumnToContents(StateColumn);
    updateSelection();
}

void ScanDialog::selectAll(bool selected)
{
    m_bulkCheck = true; // one update at the end, not one per row
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->mapToSource(m_proxy->index(row, NameColumn));
        m_model->itemFromIndex(index)->setCheckState(selected ? Qt::Checked : Qt::Unchecked);
    }
    m_bulkCheck = false;
    m_selected->setChecked(true);
    updateSelection();
}

QStringList ScanDialog::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, NameColumn)->checkState() == Qt::Checked)
            ids.append(m_model->item(row, NameColumn)->data(Qt::UserRole).toString());
    }
    return ids;
}

void ScanDialog::updateSelection()
{
    const int total = m_model->rowCount();
    const int checked = int(checkedIds().size());
    const QLocale locale;
    m_selection->setText(
        m_all->isChecked()
            ? tr("All %1 subscriptions will be scanned.").arg(locale.toString(total))
            : tr("%1 of %2 subscriptions checked.").arg(locale.toString(checked), locale.toString(total)));
    m_scan->setEnabled(total > 0 && !isScanning() && (m_all->isChecked() || checked > 0));
}

void ScanDialog::startScan()
{
    const Account *account = m_workspace.auth().activeAccount();
    if (!account)
        return;
    const QStringList ids = m_all->isChecked() ? QStringList() : checkedIds();
    Settings::setScanAllSubscriptions(m_all->isChecked());
    if (!ids.isEmpty())
        Settings::setScanSubscriptions(ids);
    const ScanJob::Request request{m_workspace.database().path(), account->config.origins(),
                                   account->tenantId, ids, m_name->text().trimmed()};
    QString refusal;
    if (!m_workspace.scans().start(request, &refusal)) {
        m_result->setText(refusal);
        return;
    }
    m_log->clear();
    m_result->clear();
    m_wait->clear();
    m_progress->setValue(0);
    m_pages->setCurrentIndex(1);
    m_scan->hide();
    m_cancel->show();
    m_close->setText(tr("Hide"));
    m_close->setToolTip(tr("The scan goes on; its snapshot opens when it ends"));
}

void ScanDialog::showProgress(const ScanProgress &p)
{
    m_pages->setCurrentIndex(1);
    for (int i = 0; i < m_phases.size(); ++i) {
        const QString text = m_phases.at(i)->property("phaseText").toString();
        const QString mark = i < p.phase    ? QStringLiteral("✓")
                             : i == p.phase ? QStringLiteral("▶")
                                            : QStringLiteral("·");
        m_phases.at(i)->setText(QStringLiteral("%1  %2").arg(mark, text));
        QFont font = m_phases.at(i)->font();
        font.setBold(i == p.phase);
        m_phases.at(i)->setFont(font);
    }
    const QLocale l;
    m_counts->setText(tr("Subscriptions %1 of %2 · %3 vaults · related resources %4 of %5 · %6 requests")
                          .arg(l.toString(p.subscriptionsRead), l.toString(p.subscriptionsTotal),
                               l.toString(p.vaults), l.toString(p.relatedDone), l.toString(p.relatedQueued),
                               l.toString(p.requests)));
    m_progress->setValue(int(p.fraction * 1000));
    const QString elapsed = tr("Elapsed %1").arg(duration(p.elapsedMs));
    m_eta->setText(p.phase == ScanProgress::Evaluation ? tr("%1 · evaluating and storing").arg(elapsed)
                   : p.etaMs < 0                       ? tr("%1 · estimating the time left…").arg(elapsed)
                                 : tr("%1 · about %2 left").arg(elapsed, duration(p.etaMs)));
    if (p.waitedMs > 0 || p.throttled > 0)
        m_wait->setText(tr("Waited %1 in all on quotas and retries; %2 throttled answers.")
                            .arg(duration(p.waitedMs), l.toString(p.throttled)));
}

void ScanDialog::showWait(int milliseconds, const QString &reason)
{
    m_wait->setText(tr("Waiting %1: %2").arg(duration(milliseconds), reason));
}

void ScanDialog::finished(const ScanJob::Outcome &outcome)
{
    m_cancel->hide();
    m_scan->show();
    m_close->setText(tr("Close"));
    m_close->setToolTip(QString());
    updateSelection();
    if (!outcome.ok) {
        m_result->setText(outcome.error);
        return;
    }
    m_progress->setValue(1000);
    const QString summary = outcome.completeness.summary();
    m_result->setText(
        outcome.completeness.complete()
            ? tr("Complete: %1. The snapshot is open in the dashboard.").arg(summary)
            : tr("Incomplete: %1. The snapshot is open; it is marked incomplete everywhere.").arg(summary));
    for (const Completeness::Failure &f : outcome.completeness.failed)
        m_log->appendPlainText(tr("Not scanned: %1").arg(f.text()));
}

} // namespace vaultscope
