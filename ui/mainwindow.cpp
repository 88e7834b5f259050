#include "mainwindow.h"

#include "cataloguepage.h"
#include "importresultsdialog.h"
#include "services/importjob.h"
#include "services/settings.h"
#include "services/snapshotjob.h"
#include "store/cataloguestore.h"
#include "store/database.h"
#include "vaultspage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>

namespace vaultscope {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_catalogue(new CataloguePage)
    , m_vaults(new VaultsPage(db))
    , m_tabs(new QTabWidget)
    , m_importJob(new ImportJob(this))
    , m_snapshotJob(new SnapshotJob(this))
    , m_status(new QLabel)
{
    setWindowTitle(tr("Vaultscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vaultscope.svg")));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_catalogue, tr("&Catalogue"));
    m_tabs->addTab(m_vaults, tr("&Vaults"));
    setCentralWidget(m_tabs);
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
    file->addAction(tr("Open &demo estate"), this, &MainWindow::openDemoEstate);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find…"), m_catalogue, &CataloguePage::focusSearch);
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Vaultscope"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == VaultsTab ? 1 : 0);
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
    return reloadCatalogue() && m_vaults->reloadSnapshots();
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
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

} // namespace vaultscope
