#include "mainwindow.h"

#include "appearance.h"
#include "cataloguepage.h"
#include "dashboardpage.h"
#include "filterbar.h"
#include "importresultsdialog.h"
#include "itemmodels/cataloguetreemodel.h"
#include "mergeconflictsdialog.h"
#include "openitemspage.h"
#include "reportdialog.h"
#include "review/reviewbundle.h"
#include "review/reviewprogress.h"
#include "reviewpane.h"
#include "services/importjob.h"
#include "services/report/reportexport.h"
#include "services/settings.h"
#include "services/snapshotjob.h"
#include "store/backups.h"
#include "store/cataloguestore.h"
#include "store/database.h"
#include "store/reviewstore.h"
#include "vaultspage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vaultscope {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_dashboard(new DashboardPage(db))
    , m_filterBar(new FilterBar)
    , m_catalogue(new CataloguePage)
    , m_vaults(new VaultsPage(db))
    , m_catalogueReview(new ReviewPane(db))
    , m_openItems(new OpenItemsPage)
    , m_tabs(new QTabWidget)
    , m_importJob(new ImportJob(this))
    , m_snapshotJob(new SnapshotJob(this))
    , m_status(new QLabel)
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
    // The filter is shown where it applies: the dashboard and the vault table.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { m_filterBar->setVisible(index == DashboardTab || index == VaultsTab); });
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_dashboard, &DashboardPage::drillDown, this, [this](const PostureFilter &filter) {
        showPage(VaultsTab);
        applyFilter(filter);
        m_vaults->selectWorstVault();
        m_vaults->tableView()->setFocus();
    });
    connect(m_dashboard, &DashboardPage::snapshotRequested, this,
            [this](qint64 id) { m_vaults->reloadSnapshots(id); });
    statusBar()->addWidget(m_status, 1);
    createMenus();

    connect(m_importJob, &ImportJob::progress, this, [this](int done, int total, const QString &file) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setLabelText(tr("Importing %1…").arg(file));
    });
    connect(m_importJob, &ImportJob::finished, this, &MainWindow::onImportFinished);
    connect(m_catalogue, &CataloguePage::removeBaselineRequested, this, &MainWindow::removeBaseline);
    connect(m_vaults, &VaultsPage::importRequested, this, &MainWindow::chooseEstateFiles);
    connect(m_vaults, &VaultsPage::demoRequested, this, &MainWindow::openDemoEstate);
    connect(m_catalogue, &CataloguePage::entryShown, this, &MainWindow::reviewEntry);
    connect(m_openItems, &OpenItemsPage::itemActivated, this, &MainWindow::openReviewItem);
    // Progress follows saves, a moment later, so typing in a note never waits for it.
    m_reviewRefresh.setSingleShot(true);
    m_reviewRefresh.setInterval(300);
    connect(&m_reviewRefresh, &QTimer::timeout, this, &MainWindow::refreshReviews);
    for (ReviewPane *pane : {m_catalogueReview, m_vaults->reviewPane()})
        connect(pane, &ReviewPane::saved, &m_reviewRefresh, qOverload<>(&QTimer::start));
    connect(m_vaults, &VaultsPage::snapshotShown, &m_reviewRefresh, qOverload<>(&QTimer::start));
    connect(m_vaults, &VaultsPage::snapshotShown, this, [this] {
        m_filterBar->setSnapshot(m_vaults->snapshotHeader(), m_vaults->filterChoices());
        m_dashboard->setSnapshot(&m_vaults->snapshotHeader(), &m_vaults->vaultRows(),
                                 m_vaults->initialView());
        m_catalogue->setPosture(m_vaults->controlPosture(), m_vaults->snapshotHeader().name);
        m_vaults->setFilter(PostureFilter(), {});
        m_filterBar->setMatchCount(int(m_dashboard->view().vaults.size()));
    });
    connect(m_snapshotJob, &SnapshotJob::finished, this, [this](const SnapshotJob::Outcome &outcome) {
        if (m_snapshotProgress) {
            m_snapshotProgress->deleteLater();
            m_snapshotProgress = nullptr;
        }
        if (outcome.ok) {
            m_vaults->reloadSnapshots(outcome.snapshotId);
            showPage(VaultsTab);
            m_status->setText(tr("Snapshot %1 stored.").arg(outcome.snapshotId));
        } else {
            m_status->setText(outcome.error);
            if (m_interactive)
                QMessageBox::warning(this, tr("Estate"), outcome.error);
        }
        Q_EMIT snapshotFinished();
    });

    resize(1400, 900);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    m_catalogue->restoreState(Settings::value(QStringLiteral("ui/cataloguePage")));
    m_vaults->restoreState(Settings::value(QStringLiteral("ui/vaultsPage")));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import baselines…"), this, &MainWindow::chooseFilesToImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Import Microsoft security baseline documents (markdown or text)"));
    QAction *estate = file->addAction(tr("Import &estate…"), this, &MainWindow::chooseEstateFiles);
    estate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    estate->setStatusTip(
        tr("Import an estate export (az graph query output, ARM or Resource Graph responses)"));
    QAction *demo = file->addAction(tr("Open &demo estate"), this, &MainWindow::openDemoEstate);
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
    m_writeActions = {import, estate, demo, importReviews, restore};
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

void MainWindow::applyFilter(const PostureFilter &filter)
{
    m_filterBar->setFilter(filter);
    m_dashboard->setFilter(filter);
    const PostureView &view = m_dashboard->view();
    m_vaults->setFilter(filter, view.vaults);
    m_filterBar->setMatchCount(int(view.vaults.size()));
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

void MainWindow::refreshReviews()
{
    QList<Review> reviews;
    QString error;
    if (!ReviewStore(m_db).list(&reviews, &error)) {
        m_status->setText(error);
        return;
    }
    QHash<QString, Review> byTarget;
    QSet<QString> reviewed;
    for (const Review &r : std::as_const(reviews)) {
        byTarget.insert(r.target, r);
        if (r.status != ReviewStatus::NotReviewed)
            reviewed.insert(r.target);
    }
    m_catalogue->setReviewed(reviewed);
    // Tens of thousands of findings: counted on a worker, from copies, so typing never waits.
    const Snapshot &snapshot = m_vaults->snapshotHeader();
    const QString label = snapshot.id ? QStringLiteral("“%1”").arg(snapshot.name) : tr("no snapshot");
    const int generation = ++m_reviewGeneration;
    auto *watcher = new QFutureWatcher<ReviewOverview>(this);
    connect(watcher, &QFutureWatcher<ReviewOverview>::finished, this, [this, watcher, generation, label] {
        watcher->deleteLater();
        if (generation != m_reviewGeneration)
            return;
        m_openItems->setOverview(watcher->result(), label);
        Q_EMIT reviewsRefreshed();
    });
    watcher->setFuture(QtConcurrent::run(
        [baselines = m_catalogue->baselines(), snapshot, rows = m_vaults->vaultRows(), byTarget] {
            return ReviewOverview::build(baselines, snapshot, rows, byTarget, QDate::currentDate());
        }));
}

bool MainWindow::exportReviews(const QString &path, const QStringList &scope)
{
    flushReviews();
    ReviewStore store(m_db);
    ReviewBundle bundle;
    QString error;
    if (!ReviewBundle::collect(store, scope, &bundle, &error) || !bundle.write(path, &error)) {
        report(tr("Export reviews"), error, true);
        return false;
    }
    m_status->setText(tr("Exported %1 reviews and %2 evidence files to %3.")
                          .arg(bundle.reviews.size())
                          .arg(bundle.evidence.size())
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::importReviews(const QString &path)
{
    flushReviews();
    ReviewBundle bundle;
    QString error;
    if (!ReviewBundle::read(path, &bundle, &error)) {
        report(tr("Import reviews"), error, true);
        return false;
    }
    ReviewStore store(m_db);
    MergeResult result;
    BackupInfo backup;
    if (!Backups::create(m_db, &backup, &error) || !mergeBundle(store, bundle, &result, &error)) {
        report(tr("Import reviews"), error, true);
        return false;
    }
    int taken = 0;
    if (!result.conflicts.isEmpty() && m_interactive) {
        MergeConflictsDialog dialog(result.conflicts, this);
        if (dialog.exec() == QDialog::Accepted) {
            for (int index : dialog.takeTheirs()) {
                if (!takeTheirs(store, result.conflicts.at(index), &error)) {
                    report(tr("Import reviews"), error, true);
                    break;
                }
                ++taken;
            }
        }
    }
    refreshReviews();
    m_catalogueReview->reload();
    m_vaults->reviewPane()->reload();
    report(tr("Import reviews"),
           tr("%1 new reviews, %2 already equal, %3 conflicts (%4 taken from the bundle), %5 history entries "
              "and %6 evidence files added.")
               .arg(result.added)
               .arg(result.same)
               .arg(result.conflicts.size())
               .arg(taken)
               .arg(result.historyAdded)
               .arg(result.evidenceAdded),
           false);
    return true;
}

void MainWindow::chooseReviewExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export reviews"), Settings::lastImportFolder(), tr("Review bundles (*.vsreview)"));
    if (!path.isEmpty())
        exportReviews(path, {});
}

void MainWindow::chooseReviewImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import reviews"), Settings::lastImportFolder(),
                                     tr("Review bundles (*.vsreview);;All files (*)"));
    if (!path.isEmpty())
        importReviews(path);
}

void MainWindow::chooseReport()
{
    if (!m_vaults->currentSnapshotId()) {
        report(tr("Export report"),
               tr("There is no snapshot to report on: import an estate or open the demo estate."), true);
        return;
    }
    const QString folder =
        Settings::lastImportFolder().isEmpty() ? QDir::homePath() : Settings::lastImportFolder();
    ReportDialog dialog(
        folder + QStringLiteral("/vaultscope-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportRequest request;
    request.snapshotId = m_vaults->currentSnapshotId();
    request.options = dialog.options();
    request.pdf = dialog.pdfPath();
    request.csv = dialog.csvPath();
    request.json = dialog.jsonPath();
    request.csvBom = dialog.csvBom();
    ReportContent::setLanguage(dialog.language());
    Settings::setLastImportFolder(
        QFileInfo(request.pdf.isEmpty() ? request.csv + request.json : request.pdf).absolutePath());
    exportReport(request);
}

void MainWindow::exportReport(const ReportRequest &request)
{
    flushReviews();
    ReportRequest r = request;
    r.databasePath = m_db.path();
    m_status->setText(tr("Writing the report…"));
    QProgressDialog *busy = nullptr;
    if (m_interactive) {
        busy = new QProgressDialog(tr("Writing the report…"), QString(), 0, 0, this);
        busy->setWindowTitle(tr("Export report"));
        busy->setMinimumDuration(300);
    }
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, busy, r] {
        watcher->deleteLater();
        if (busy)
            busy->deleteLater();
        const QString error = watcher->result();
        const QStringList written =
            QStringList{r.pdf, r.csv, r.json}.filter(QRegularExpression(QStringLiteral(".")));
        const QString message =
            error.isEmpty() ? tr("Report written: %1").arg(written.join(QStringLiteral(", "))) : error;
        m_status->setText(message);
        if (!error.isEmpty() && m_interactive)
            QMessageBox::warning(this, tr("Export report"), error);
        else if (m_interactive && !r.pdf.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(r.pdf));
        Q_EMIT reportFinished(error.isEmpty(), message);
    });
    watcher->setFuture(QtConcurrent::run([r] {
        QString error;
        return writeReports(r, &error) ? QString() : error;
    }));
}

void MainWindow::startAutomaticBackup()
{
    if (m_readOnly)
        return;
    // Its own connection on a worker thread: the copy of a large store never blocks the window.
    (void)QtConcurrent::run([path = m_db.path()] {
        Database db(path);
        QString error;
        BackupInfo made;
        if (!db.open(&error, Database::Trusted) || !Backups::createIfDue(db, 6 * 3600, &made, &error))
            qWarning("automatic backup failed: %s", qPrintable(error));
    });
}

void MainWindow::restoreBackup()
{
    const QList<BackupInfo> backups = Backups::list(m_db.path());
    if (backups.isEmpty()) {
        report(tr("Restore from backup"), tr("There are no backups of this store yet."), false);
        return;
    }
    QStringList labels;
    for (const BackupInfo &b : backups)
        labels.append(tr("%1 — %2").arg(QLocale().toString(b.taken.toLocalTime(), QLocale::LongFormat),
                                        QLocale().formattedDataSize(b.size)));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Restore from backup"),
                              tr("Replace the store with this backup? The store as it is now is kept as a "
                                 "backup first."),
                              labels, 0, false, &ok);
    if (!ok)
        return;
    flushReviews();
    m_catalogueReview->clearSubject(QString());
    m_vaults->reviewPane()->clearSubject(QString());
    const QString backupPath = backups.at(labels.indexOf(chosen)).path;
    QString error;
    QString reopenError;
    m_db.close();
    const bool restored = Backups::restore(m_db.path(), backupPath, &error);
    if (!m_db.open(&reopenError)) {
        report(tr("Restore from backup"), reopenError, true);
        return;
    }
    loadStore();
    if (!restored)
        report(tr("Restore from backup"), error, true);
    else
        report(tr("Restore from backup"), tr("The store was restored from %1.").arg(chosen), false);
}

void MainWindow::chooseEstateFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import estate"), Settings::lastImportFolder(),
                                      tr("Estate exports (*.json);;All files (*)"));
    if (files.isEmpty())
        return;
    Settings::setLastImportFolder(QFileInfo(files.constFirst()).absolutePath());
    importEstate(files);
}

void MainWindow::importEstate(const QStringList &files)
{
    if (files.isEmpty() || m_snapshotJob->isRunning())
        return;
    m_snapshotJob->importFiles(m_db.path(), files);
    runSnapshotJob(tr("Reading and evaluating %1…").arg(QFileInfo(files.constFirst()).fileName()));
}

void MainWindow::openDemoEstate()
{
    if (m_snapshotJob->isRunning())
        return;
    m_snapshotJob->createDemo(m_db.path(), DemoEstateOptions());
    runSnapshotJob(tr("Generating and evaluating the demo estate…"));
}

void MainWindow::runSnapshotJob(const QString &label)
{
    m_status->setText(label);
    if (!m_interactive)
        return;
    m_snapshotProgress = new QProgressDialog(label, tr("Cancel"), 0, 0, this);
    m_snapshotProgress->setWindowTitle(tr("Estate"));
    m_snapshotProgress->setMinimumDuration(400);
    connect(m_snapshotProgress, &QProgressDialog::canceled, m_snapshotJob, &SnapshotJob::cancel);
}

bool MainWindow::loadStore()
{
    const bool ok = reloadCatalogue() && m_vaults->reloadSnapshots();
    refreshReviews();
    return ok;
}

bool MainWindow::reloadCatalogue()
{
    QList<Baseline> baselines;
    QString error;
    if (!CatalogueStore(m_db).loadAll(&baselines, &error)) {
        m_status->setText(error);
        return false;
    }
    m_catalogue->setCatalogue(baselines);
    m_reviewRefresh.start();
    int entries = 0;
    for (const Baseline &b : std::as_const(baselines))
        entries += int(b.entries.size());
    m_status->setText(tr("Baselines: %1 · Entries: %2 · Database: %3")
                          .arg(baselines.size())
                          .arg(entries)
                          .arg(QDir::toNativeSeparators(m_db.path())));
    return true;
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import baselines"), Settings::lastImportFolder(),
                                      tr("Baseline documents (*.md *.markdown *.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    Settings::setLastImportFolder(QFileInfo(files.constFirst()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (files.isEmpty() || m_importJob->isRunning())
        return;
    if (m_interactive) {
        m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, int(files.size()), this);
        m_progress->setWindowTitle(tr("Import baselines"));
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, m_importJob, &ImportJob::cancel);
    }
    m_status->setText(tr("Importing files: %1…").arg(files.size()));
    m_importJob->start(m_db.path(), files);
}

void MainWindow::onImportFinished(bool cancelled)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    reloadCatalogue();
    const QList<FileImportResult> results = m_importJob->results();
    for (const FileImportResult &r : results) {
        if (r.status != FileImportResult::Failed)
            m_catalogue->selectBaseline(r.baselineId); // show what just arrived
    }
    if (m_interactive) {
        ImportResultsDialog dialog(results, cancelled, this);
        dialog.exec();
    }
    Q_EMIT importFinished();
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
    if (!CatalogueStore(m_db).remove(baselineId, &error)) {
        if (m_interactive)
            QMessageBox::warning(this, tr("Remove baseline"), error);
        m_status->setText(error);
        return;
    }
    reloadCatalogue();
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
    if (m_importJob->isRunning()) {
        m_importJob->cancel();
    }
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setValue(QStringLiteral("ui/cataloguePage"), m_catalogue->saveState());
    Settings::setValue(QStringLiteral("ui/vaultsPage"), m_vaults->saveState());
    m_snapshotJob->cancel();
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
