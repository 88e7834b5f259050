#include "screenshot.h"

#include "cataloguepage.h"
#include "mainwindow.h"
#include "services/reviewservice.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"
#include "vaultdetailsview.h"
#include "vaultspage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QTableView>
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
        return s.isLoading() || s.isTrendPending() || workspace.reviews().isRefreshing();
    };
    while (busy() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    QApplication::processEvents();
}
} // namespace

QStringList screenshotPages()
{
    return {QStringLiteral("dashboard"), QStringLiteral("catalogue"), QStringLiteral("vaults"),
            QStringLiteral("vault"),     QStringLiteral("objects"),   QStringLiteral("open-items")};
}

QImage renderScreenshot(Workspace &workspace, const QString &page, const QSize &size, qint64 snapshot)
{
    MainWindow window(workspace);
    window.setInteractive(false);
    window.resize(size);
    if (snapshot && snapshot != workspace.snapshots().currentId())
        workspace.snapshots().open(snapshot);
    settle(workspace);
    window.cataloguePage()->selectService(QStringLiteral("Azure Key Vault"));
    if (page == QLatin1String("catalogue"))
        window.showPage(MainWindow::CatalogueTab);
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
