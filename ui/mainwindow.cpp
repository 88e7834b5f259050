#include "mainwindow.h"

#include "appearance.h"
#include "baselinecomparedialog.h"
#include "cataloguepage.h"
#include "common/logging.h"
#include "dashboardpage.h"
#include "emptyestateview.h"
#include "filterbar.h"
#include "itemmodels/cataloguetreemodel.h"
#include "openitemspage.h"
#include "reviewpane.h"
#include "services/backupservice.h"
#include "services/catalogueservice.h"
#include "services/reviewservice.h"
#include "services/settings.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"
#include "store/database.h"
#include "vaultspage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace vaultscope {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_dashboard(new DashboardPage(workspace.snapshots()))
    , m_filterBar(new FilterBar(workspace.snapshots()))
    , m_catalogue(new CataloguePage)
    , m_vaults(new VaultsPage(workspace.snapshots(), workspace.reviews()))
    , m_catalogueReview(new ReviewPane(workspace.reviews()))
    , m_openItems(new OpenItemsPage)
    , m_tabs(new QTabWidget)
    , m_status(new QLabel)
    , m_account(new QToolButton)
{
    setWindowTitle(tr("Vaultscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vaultscope.svg")));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_catalogue, tr("&Catalogue"));
    m_tabs->addTab(m_vaults, tr("&Vaults"));
    m_tabs->addTab(m_openItems, tr("&Review"));
    m_catalogue->setReviewPane(m_catalogueReview);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_filterBar);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    // Long messages give way to the account button rather than pushing it out of view.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_account);
    createMenus();
    createAccountMenu();
    connectServices();
    connectAuth();

    resize(1400, 900);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    m_catalogue->restoreState(Settings::value(QStringLiteral("ui/cataloguePage")));
    m_vaults->restoreState(Settings::value(QStringLiteral("ui/vaultsPage")));
    // What the workspace already holds (it may have been loaded before the window was made).
    m_catalogue->setCatalogue(workspace.catalogue().baselines());
    m_catalogue->setPosture(workspace.snapshots().controlPosture(), workspace.snapshots().header().name);
    m_catalogue->setReviewed(workspace.reviews().reviewedTargets());
    m_openItems->setOverview(workspace.reviews().overview(), workspace.reviews().overviewLabel());
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectServices()
{
    SnapshotSession &session = m_workspace.snapshots();
    ReviewService &reviews = m_workspace.reviews();
    CatalogueService &catalogue = m_workspace.catalogue();
    // The filter is shown where it applies: the dashboard and the vault table of a snapshot.
    const auto showFilter = [this, &session] {
        const int index = m_tabs->currentIndex();
        m_filterBar->setVisible((index == DashboardTab || index == VaultsTab) &&
                                !session.snapshots().isEmpty());
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, showFilter);
    connect(&session, &SnapshotSession::snapshotsChanged, this, showFilter);
    showFilter();
    const EmptyEstateView *empty = m_dashboard->emptyEstateView();
    connect(empty, &EmptyEstateView::scanRequested, this, &MainWindow::openScan);
    connect(empty, &EmptyEstateView::importRequested, this, &MainWindow::chooseEstateFiles);
    connect(empty, &EmptyEstateView::demoRequested, this, &MainWindow::openDemoEstate);
    connect(m_dashboard, &DashboardPage::drillDown, this, [this, &session](const PostureFilter &filter) {
        showPage(VaultsTab); // first, so that the dashboard it leaves is not redrawn
        session.setFilter(filter);
        m_vaults->selectWorstVault();
        m_vaults->tableView()->setFocus();
    });
    connect(&session, &SnapshotSession::postureChanged, this,
            [this, &session] { m_catalogue->setPosture(session.controlPosture(), session.header().name); });
    connect(&catalogue, &CatalogueService::changed, this, [this, &catalogue] {
        m_catalogue->setCatalogue(catalogue.baselines());
        updateStatus();
    });
    connect(&catalogue, &CatalogueService::failed, m_status, &QLabel::setText);
    m_catalogue->setEvaluatedPolicies(catalogue.evaluatedPolicies());
    connect(&catalogue, &CatalogueService::evaluatedPoliciesChanged, this,
            [this, &catalogue] { m_catalogue->setEvaluatedPolicies(catalogue.evaluatedPolicies()); });
    connect(&reviews, &ReviewService::reviewedChanged, this,
            [this, &reviews] { m_catalogue->setReviewed(reviews.reviewedTargets()); });
    connect(&reviews, &ReviewService::overviewChanged, this,
            [this, &reviews] { m_openItems->setOverview(reviews.overview(), reviews.overviewLabel()); });
    connect(&reviews, &ReviewService::failed, m_status, &QLabel::setText);
    connect(&reviews, &ReviewService::reviewsReplaced, this, [this] {
        m_catalogueReview->reload();
        m_vaults->reviewPane()->reload();
    });
    for (ReviewPane *pane : {m_catalogueReview, m_vaults->reviewPane()})
        connect(pane, &ReviewPane::saved, &reviews, &ReviewService::scheduleRefresh);
    connect(&m_workspace.backups(), &BackupService::failed, this,
            [this](const QString &message) { report(tr("Backup"), message, true); });
    connect(m_catalogue, &CataloguePage::removeBaselineRequested, this, &MainWindow::removeBaseline);
    connect(m_catalogue, &CataloguePage::compareRequested, this, &MainWindow::compareBaselines);
    connect(m_catalogue, &CataloguePage::entryShown, this, &MainWindow::reviewEntry);
    connect(m_vaults, &VaultsPage::scanRequested, this, &MainWindow::openScan);
    connect(m_vaults, &VaultsPage::importRequested, this, &MainWindow::chooseEstateFiles);
    connect(m_vaults, &VaultsPage::demoRequested, this, &MainWindow::openDemoEstate);
    connect(m_openItems, &OpenItemsPage::itemActivated, this, &MainWindow::openReviewItem);
    connectJobs();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import baselines…"), this, &MainWindow::chooseFilesToImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(
        tr("Import Microsoft security baselines: documents (markdown or text) or spreadsheets (.xlsx)"));
    QAction *compare = file->addAction(tr("Co&mpare baselines…"), this, [this] { compareBaselines(); });
    compare->setStatusTip(tr("Compare two versions of a baseline: added, removed and changed entries"));
    QAction *estate = file->addAction(tr("Import &estate…"), this, &MainWindow::chooseEstateFiles);
    estate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    estate->setStatusTip(
        tr("Import an estate export (az graph query output, ARM or Resource Graph responses)"));
    QAction *demo = file->addAction(tr("Open &demo estate"), this, &MainWindow::openDemoEstate);
    m_scanAction = file->addAction(tr("&Scan Azure…"), this, &MainWindow::openScan);
    m_scanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_scanAction->setStatusTip(tr("Read the estate live with the signed-in account (reads only)"));
    file->addSeparator();
    QAction *reportAction = file->addAction(tr("Export &report…"), this, &MainWindow::chooseReport);
    reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    reportAction->setStatusTip(tr("Write the audit report of the current snapshot as PDF, CSV or JSON"));
    QAction *exportReviews = file->addAction(tr("E&xport reviews…"), this, &MainWindow::chooseReviewExport);
    exportReviews->setStatusTip(
        tr("Write reviews with their history and evidence to a bundle for a colleague"));
    QAction *importReviews = file->addAction(tr("Imp&ort reviews…"), this, &MainWindow::chooseReviewImport);
    importReviews->setStatusTip(tr("Merge a colleague's review bundle into this store"));
    QAction *restore = file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreBackup);
    m_writeActions = {import, estate, demo, m_scanAction, importReviews, restore};
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        if (m_tabs->currentIndex() == VaultsTab) {
            m_vaults->searchField()->setFocus(Qt::ShortcutFocusReason);
            m_vaults->searchField()->selectAll();
            return;
        }
        showPage(CatalogueTab);
        m_catalogue->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = Settings::language();
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("system"), tr("System default")},
                                                      {QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                      {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name, this, [this, code = code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current || (current.isEmpty() && code == QLatin1String("system")));
        group->addAction(a);
    }

    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *looks = new QActionGroup(this);
    const QString currentLook = Settings::appearance();
    const QList<QPair<QString, QString>> modes = {{QStringLiteral("system"), tr("System")},
                                                  {QStringLiteral("light"), tr("Light")},
                                                  {QStringLiteral("dark"), tr("Dark")}};
    for (const auto &[code, name] : modes) {
        QAction *a = appearance->addAction(name, this, [code = code] {
            Settings::setAppearance(code);
            applyAppearance(code);
        });
        a->setCheckable(true);
        a->setChecked(code == currentLook);
        looks->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Vaultscope"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void MainWindow::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_catalogueReview->setInteractive(interactive);
    m_vaults->reviewPane()->setInteractive(interactive);
}

void MainWindow::flushReviews()
{
    for (ReviewPane *pane : {m_catalogueReview, m_vaults->reviewPane()})
        pane->flush();
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_catalogueReview->setReadOnly(readOnly);
    m_vaults->reviewPane()->setReadOnly(readOnly);
    for (QAction *a : std::as_const(m_writeActions))
        a->setEnabled(!readOnly);
    setAcceptDrops(!readOnly);
    setWindowTitle(readOnly ? tr("Vaultscope (read-only)") : tr("Vaultscope"));
    m_dashboard->emptyEstateView()->setEnabled(!readOnly);
}

void MainWindow::report(const QString &title, const QString &message, bool warning)
{
    m_status->setText(message);
    if (!m_interactive)
        return;
    if (warning)
        QMessageBox::warning(this, title, message);
    else
        QMessageBox::information(this, title, message);
}

void MainWindow::reviewEntry(qint64 baselineId, const Entry &entry)
{
    const Baseline *baseline = m_catalogue->baseline(baselineId);
    if (!baseline)
        return;
    const QString title =
        entry.controlId.isEmpty() ? entry.name : entry.controlId + QStringLiteral(" · ") + entry.name;
    m_catalogueReview->setSubject({ReviewTarget::entryKey(baseline->service, entry), title,
                                   QStringLiteral("baseline:") + baseline->sha256,
                                   CatalogueTreeModel::baselineLabel(*baseline) + QStringLiteral(" (") +
                                       baseline->service + QLatin1Char(')')});
}

void MainWindow::openReviewItem(const ReviewItem &item)
{
    if (item.kind == ReviewItem::Control) {
        showPage(CatalogueTab);
        m_catalogue->selectEntry(item.baselineId, item.entryIndex);
        m_catalogueReview->noteEdit()->setFocus();
    } else {
        showPage(VaultsTab);
        m_vaults->selectFinding(item.resourceId, item.definition);
        m_vaults->reviewPane()->noteEdit()->setFocus();
    }
}

void MainWindow::updateStatus()
{
    const CatalogueService &catalogue = m_workspace.catalogue();
    m_status->setText(tr("Baselines: %1 · Entries: %2 · Database: %3")
                          .arg(catalogue.baselines().size())
                          .arg(catalogue.entryCount())
                          .arg(QDir::toNativeSeparators(m_workspace.database().path())));
    qCInfo(lcUi).noquote() << "status:" << m_status->text();
}

void MainWindow::compareBaselines(qint64 newerId)
{
    const QList<Baseline> &baselines = m_workspace.catalogue().baselines();
    if (baselines.isEmpty()) {
        report(tr("Compare baselines"), tr("The catalogue is empty: import baselines first."), false);
        return;
    }
    if (!newerId)
        newerId = m_catalogue->currentBaselineId() ? m_catalogue->currentBaselineId() : baselines.last().id;
    BaselineCompareDialog dialog(baselines, BaselineCompareDialog::previousVersion(baselines, newerId),
                                 newerId, this);
    dialog.exec();
}

void MainWindow::removeBaseline(qint64 baselineId)
{
    if (m_interactive && QMessageBox::question(
                             this, tr("Remove baseline"),
                             tr("Remove “%1” and all its entries from the catalogue? The source document is "
                                "not touched and can be imported again.")
                                 .arg(m_catalogue->currentBaselineTitle()),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_workspace.catalogue().remove(baselineId, &error))
        report(tr("Remove baseline"), error, true);
}

void MainWindow::setLanguage(const QString &language)
{
    Settings::setLanguage(language);
    if (m_interactive)
        QMessageBox::information(this, tr("Language"),
                                 tr("The language changes when Vaultscope starts next."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Vaultscope"),
                       tr("<h3>Vaultscope %1</h3><p>A compliance dashboard for Azure security baselines.</p>"
                          "<p>Bundled baselines: Microsoft Docs, © Microsoft Corporation, licensed under "
                          "CC BY 4.0.</p>")
                           .arg(QStringLiteral(VAULTSCOPE_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    flushReviews();
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setValue(QStringLiteral("ui/cataloguePage"), m_catalogue->saveState());
    Settings::setValue(QStringLiteral("ui/vaultsPage"), m_vaults->saveState());
    cancelJobs();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty() && !m_readOnly) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

} // namespace vaultscope
