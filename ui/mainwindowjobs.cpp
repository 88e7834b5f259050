// The window's side of the background work: choosing files, progress dialogs with Cancel, and
// reporting how a job went. The work itself is the workspace's services'.
#include "cataloguepage.h"
#include "importresultsdialog.h"
#include "mainwindow.h"
#include "mergeconflictsdialog.h"
#include "reportdialog.h"
#include "reviewpane.h"
#include "scandialog.h"
#include "services/backupservice.h"
#include "services/importjob.h"
#include "services/reportjob.h"
#include "services/reviewservice.h"
#include "services/scanjob.h"
#include "services/settings.h"
#include "services/snapshotjob.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"
#include "store/database.h"
#include "vaultspage.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QUrl>

namespace vaultscope {

void MainWindow::connectJobs()
{
    ImportJob &baselines = m_workspace.baselineImport();
    connect(&baselines, &ImportJob::progress, this, [this](int done, int total, const QString &file) {
        if (!m_importProgress)
            return;
        m_importProgress->setMaximum(total);
        m_importProgress->setValue(done);
        m_importProgress->setLabelText(tr("Importing %1…").arg(file));
    });
    connect(&baselines, &ImportJob::finished, this, &MainWindow::onImportFinished);
    connect(&m_workspace.estateImport(), &SnapshotJob::finished, this,
            [this](const SnapshotJob::Outcome &outcome) {
                if (m_estateProgress) {
                    m_estateProgress->deleteLater();
                    m_estateProgress = nullptr;
                }
                if (!outcome.ok) {
                    report(tr("Estate"), outcome.error, true);
                    return;
                }
                showPage(VaultsTab); // the session opens the new snapshot
                m_status->setText(tr("Snapshot %1 stored.").arg(outcome.snapshotId));
            });
    ScanJob &scans = m_workspace.scans();
    connect(&scans, &ScanJob::progressed, this, [this](const ScanProgress &p) {
        m_status->setText(tr("Scanning Azure: %1 %, %2 vaults so far…")
                              .arg(qRound(p.fraction * 100))
                              .arg(QLocale().toString(p.vaults)));
    });
    connect(&scans, &ScanJob::finished, this, [this](const ScanJob::Outcome &outcome) {
        if (!outcome.ok) {
            m_status->setText(outcome.error);
            return;
        }
        m_status->setText(
            tr("Scan stored as snapshot %1: %2").arg(outcome.snapshotId).arg(outcome.completeness.summary()));
        showPage(DashboardTab); // the session opens the new snapshot
    });
    ReportJob &reports = m_workspace.reports();
    connect(&reports, &ReportJob::stage, this, [this](const QString &text) {
        m_status->setText(text);
        if (m_reportProgress)
            m_reportProgress->setLabelText(text);
    });
    connect(&reports, &ReportJob::finished, this,
            [this](bool ok, bool cancelled, const QString &message, const ReportRequest &request) {
                if (m_reportProgress) {
                    m_reportProgress->deleteLater();
                    m_reportProgress = nullptr;
                }
                m_status->setText(message);
                if (!ok && !cancelled && m_interactive)
                    QMessageBox::warning(this, tr("Export report"), message);
                else if (ok && m_interactive && !request.pdf.isEmpty())
                    QDesktopServices::openUrl(QUrl::fromLocalFile(request.pdf));
                Q_EMIT reportFinished(ok, message);
            });
}

void MainWindow::cancelJobs()
{
    m_workspace.baselineImport().cancel();
    m_workspace.estateImport().cancel();
    m_workspace.reports().cancel();
    m_workspace.scans().cancel();
}

void MainWindow::openScan()
{
    if (!m_scanDialog)
        m_scanDialog = new ScanDialog(m_workspace, this);
    m_scanDialog->show();
    m_scanDialog->raise();
    m_scanDialog->activateWindow();
}

void MainWindow::showProgress(QProgressDialog **dialog, const QString &title, const QString &label,
                              int maximum)
{
    m_status->setText(label);
    if (!m_interactive)
        return;
    *dialog = new QProgressDialog(label, tr("Cancel"), 0, maximum, this);
    (*dialog)->setWindowTitle(title);
    (*dialog)->setMinimumDuration(300);
    (*dialog)->setAutoClose(false);
    (*dialog)->setAutoReset(false);
}

QStringList MainWindow::chooseFiles(const QString &title, const QString &filter)
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, title, Settings::lastImportFolder(), filter);
    if (!files.isEmpty())
        Settings::setLastImportFolder(QFileInfo(files.constFirst()).absolutePath());
    return files;
}

void MainWindow::chooseFilesToImport()
{
    importFiles(
        chooseFiles(tr("Import baselines"), tr("Baselines (*.md *.markdown *.txt *.xlsx);;All files (*)")));
}

void MainWindow::importFiles(const QStringList &files)
{
    ImportJob &job = m_workspace.baselineImport();
    if (files.isEmpty() || job.isRunning())
        return;
    showProgress(&m_importProgress, tr("Import baselines"), tr("Importing files: %1…").arg(files.size()),
                 int(files.size()));
    if (m_importProgress)
        connect(m_importProgress, &QProgressDialog::canceled, &job, &ImportJob::cancel);
    job.start(m_workspace.database().path(), files);
}

void MainWindow::onImportFinished(bool cancelled)
{
    if (m_importProgress) {
        m_importProgress->deleteLater();
        m_importProgress = nullptr;
    }
    const QList<FileImportResult> results = m_workspace.baselineImport().results();
    for (const FileImportResult &r : results) {
        if (r.status != FileImportResult::Failed)
            m_catalogue->selectBaseline(r.baselineId); // show what just arrived
    }
    if (m_interactive) {
        ImportResultsDialog dialog(results, cancelled, this);
        dialog.exec();
    }
}

void MainWindow::chooseEstateFiles()
{
    importEstate(chooseFiles(tr("Import estate"), tr("Estate exports (*.json);;All files (*)")));
}

void MainWindow::importEstate(const QStringList &files)
{
    SnapshotJob &job = m_workspace.estateImport();
    if (files.isEmpty() || job.isRunning())
        return;
    job.importFiles(m_workspace.database().path(), files);
    showProgress(&m_estateProgress, tr("Estate"),
                 tr("Reading and evaluating %1…").arg(QFileInfo(files.constFirst()).fileName()), 0);
    if (m_estateProgress)
        connect(m_estateProgress, &QProgressDialog::canceled, &job, &SnapshotJob::cancel);
}

void MainWindow::openDemoEstate()
{
    SnapshotJob &job = m_workspace.estateImport();
    if (job.isRunning())
        return;
    job.createDemo(m_workspace.database().path(), DemoEstateOptions());
    showProgress(&m_estateProgress, tr("Estate"), tr("Generating and evaluating the demo estate…"), 0);
    if (m_estateProgress)
        connect(m_estateProgress, &QProgressDialog::canceled, &job, &SnapshotJob::cancel);
}

bool MainWindow::exportReviews(const QString &path, const QStringList &scope)
{
    flushReviews();
    ReviewBundle bundle;
    QString error;
    if (!m_workspace.reviews().exportBundle(path, scope, &bundle, &error)) {
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
    ReviewService &reviews = m_workspace.reviews();
    MergeResult result;
    QString error;
    if (!reviews.importBundle(path, &result, &error)) {
        report(tr("Import reviews"), error, true);
        return false;
    }
    int taken = 0;
    if (!result.conflicts.isEmpty() && m_interactive) {
        MergeConflictsDialog dialog(result.conflicts, this);
        if (dialog.exec() == QDialog::Accepted) {
            for (int index : dialog.takeTheirs()) {
                if (!reviews.takeTheirs(result.conflicts.at(index), &error)) {
                    report(tr("Import reviews"), error, true);
                    break;
                }
                ++taken;
            }
        }
    }
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
    if (!m_workspace.snapshots().currentId()) {
        report(tr("Export report"),
               tr("There is no snapshot to report on: import an estate or open the demo estate."), true);
        return;
    }
    if (m_workspace.reports().isRunning()) {
        report(tr("Export report"), tr("A report is being written already; wait for it or cancel it first."),
               true);
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
    request.options = dialog.options();
    request.pdf = dialog.pdfPath();
    request.csv = dialog.csvPath();
    request.json = dialog.jsonPath();
    request.csvBom = dialog.csvBom();
    request.language = dialog.language();
    Settings::setLastImportFolder(
        QFileInfo(request.pdf.isEmpty() ? request.csv + request.json : request.pdf).absolutePath());
    exportReport(request);
}

bool MainWindow::exportReport(const ReportRequest &request)
{
    flushReviews();
    ReportRequest r = request;
    r.databasePath = m_workspace.database().path();
    if (!r.snapshotId)
        r.snapshotId = m_workspace.snapshots().currentId();
    QString refusal;
    if (!m_workspace.reports().start(r, &refusal)) {
        report(tr("Export report"), refusal, true);
        return false;
    }
    showProgress(&m_reportProgress, tr("Export report"), tr("Writing the report…"), 0);
    if (m_reportProgress)
        connect(m_reportProgress, &QProgressDialog::canceled, this, &MainWindow::cancelReport);
    return true;
}

void MainWindow::cancelReport()
{
    m_workspace.reports().cancel();
}

void MainWindow::restoreBackup()
{
    BackupService &backups = m_workspace.backups();
    const QList<BackupInfo> all = backups.list();
    if (all.isEmpty()) {
        report(tr("Restore from backup"), tr("There are no backups of this store yet."), false);
        return;
    }
    QStringList labels;
    for (const BackupInfo &b : all)
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
    QString error;
    if (!backups.restore(all.at(labels.indexOf(chosen)).path, &error))
        report(tr("Restore from backup"), error, true);
    else
        report(tr("Restore from backup"), tr("The store was restored from %1.").arg(chosen), false);
}

} // namespace vaultscope
