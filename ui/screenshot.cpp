#include "screenshot.h"

#include "baselinecomparedialog.h"
#include "cataloguepage.h"
#include "mainwindow.h"
#include "services/catalogueservice.h"
#include "services/reviewservice.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"
#include "vaultdetailsview.h"
#include "vaultspage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

#include <algorithm>

namespace vaultscope {

namespace {
// Lets the workers (snapshot, trend, review progress) finish and their results arrive.
void settle(const Workspace &workspace)
{
    QDeadlineTimer deadline(120000);
    const auto busy = [&workspace] {
        const SnapshotSession &s = workspace.snapshots();
        return s.isLoading() || s.isTrendPending() || s.isVaultDetailsPending() ||
               workspace.reviews().isRefreshing();
    };
    while (busy() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    QApplication::processEvents();
}
} // namespace

QStringList screenshotPages()
{
    return {QStringLiteral("dashboard"), QStringLiteral("catalogue"), QStringLiteral("vaults"),
            QStringLiteral("vault"),     QStringLiteral("objects"),   QStringLiteral("open-items"),
            QStringLiteral("compare")};
}

namespace {
// The comparison of the service's newest baseline with the version before, on its first entry
// that changed in more than one field.
QImage renderComparison(Workspace &workspace, MainWindow &window, const QSize &size)
{
    const QList<Baseline> &baselines = workspace.catalogue().baselines();
    const qint64 newer = window.cataloguePage()->currentBaselineId();
    BaselineCompareDialog dialog(baselines, BaselineCompareDialog::previousVersion(baselines, newer), newer,
                                 &window);
    dialog.resize(size);
    QTableWidget *table = dialog.changesTable();
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 4)->text().contains(QLatin1Char(','))) {
            table->setCurrentCell(r, 2);
            break;
        }
    }
    dialog.show();
    QApplication::processEvents();
    return dialog.grab().toImage();
}
} // namespace

QImage renderScreenshot(Workspace &workspace, const QString &page, const QSize &size, qint64 snapshot,
                        const QString &service, const QString &filter)
{
    MainWindow window(workspace);
    window.setInteractive(false);
    window.resize(size);
    if (snapshot && snapshot != workspace.snapshots().currentId())
        workspace.snapshots().open(snapshot);
    settle(workspace);
    window.cataloguePage()->selectService(service.isEmpty() ? QStringLiteral("Azure Key Vault") : service);
    if (page == QLatin1String("compare"))
        return renderComparison(workspace, window, size);
    if (page == QLatin1String("catalogue")) {
        window.showPage(MainWindow::CatalogueTab);
        window.cataloguePage()->searchField()->setText(filter);
    }
    if (page == QLatin1String("vaults") || page == QLatin1String("vault")) {
        window.vaultsPage()->selectWorstVault();
        window.showPage(MainWindow::VaultsTab);
        if (page == QLatin1String("vault"))
            window.vaultsPage()->focusVaultDetails();
    }
    if (page == QLatin1String("objects")) {
        // The Key Vault with the most failing objects, scrolled to its objects.
        const QList<VaultRow> &rows = workspace.snapshots().rows();
        const auto failing = [](const VaultRow &row) {
            int n = 0;
            for (const PostureCounts &c : row.objectCounts)
                n += c.nonCompliant;
            return n;
        };
        const auto worst =
            std::max_element(rows.cbegin(), rows.cend(),
                             [&](const VaultRow &a, const VaultRow &b) { return failing(a) < failing(b); });
        if (worst != rows.cend())
            window.vaultsPage()->selectFinding(worst->id, QString());
        window.showPage(MainWindow::VaultsTab);
        window.vaultsPage()->focusVaultDetails();
    }
    if (page == QLatin1String("open-items"))
        window.showPage(MainWindow::ReviewTab);
    window.show();
    QApplication::processEvents();
    if (page == QLatin1String("catalogue"))
        window.cataloguePage()->tableView()->setFocus();
    settle(workspace);
    if (page == QLatin1String("objects")) {
        window.vaultsPage()->focusVaultDetails();
        QApplication::processEvents();
        QTextBrowser *results = window.vaultsPage()->resultsView();
        results->moveCursor(QTextCursor::End); // then back up to the heading: it lands at the top
        results->find(
            VaultDetailsView::tr("Keys, secrets and certificates (%1)").section(QLatin1Char('('), 0, 0),
            QTextDocument::FindBackward);
        window.vaultsPage()->tableView()->scrollTo(window.vaultsPage()->tableView()->currentIndex());
        QApplication::processEvents();
    }
    return window.grab().toImage();
}

} // namespace vaultscope
