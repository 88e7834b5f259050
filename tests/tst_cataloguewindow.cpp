// The catalogue page as a user drives it (offscreen): tree selection, filters, keyboard, the
// details pane, importing through the window, and remembered layout.
#include "baselinecomparedialog.h"
#include "cataloguepage.h"
#include "entrydetailsview.h"
#include "itemmodels/cataloguetreemodel.h"
#include "itemmodels/entryfilterproxymodel.h"
#include "itemmodels/entrytablemodel.h"
#include "mainwindow.h"
#include "services/catalogueimporter.h"
#include "services/catalogueservice.h"
#include "services/importjob.h"
#include "services/reviewservice.h"
#include "services/snapshotjob.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"
#include "store/database.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace vaultscope;

class TestCatalogueWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void selectingAServiceShowsItsBaseline();
    void textFilter();
    void valueFilters();
    void keyboardMovesDetails();
    void detailsRenderListsAndLinks();
    void categorySelection();
    void importThroughTheWindow();
    void layoutIsRemembered();
    void removeBaselineWithDeleteKey();
    void spreadsheetsThroughTheWindow();
    void compareVersions();

private:
    QString nameAt(int row) const
    {
        return page()->proxyModel()->index(row, EntryTableModel::NameColumn).data().toString();
    }
    CataloguePage *page() const { return m_window->cataloguePage(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestCatalogueWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VaultscopeTests"));
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("gui.db")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY2(importBundledBaselines(*m_db, &error), qPrintable(error));
}

void TestCatalogueWindow::init()
{
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(*m_db);
    QVERIFY(m_workspace->load());
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->setInteractive(false);
    m_window->showPage(MainWindow::CatalogueTab);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCatalogueWindow::cleanup()
{
    m_window->close();
    m_window.reset();
}

void TestCatalogueWindow::selectingAServiceShowsItsBaseline()
{
    QVERIFY(page()->selectService(QStringLiteral("Azure Key Vault")));
    const QModelIndex current = page()->treeView()->currentIndex();
    QCOMPARE(current.data(CatalogueTreeModel::KindRole).toInt(), int(CatalogueTreeModel::BaselineNode));
    QCOMPARE(page()->proxyModel()->rowCount(), 16);
    QCOMPARE(nameAt(0), QStringLiteral("Encryption at rest"));
    // The first entry is current, so the details pane is never empty after a selection.
    QVERIFY(page()->detailsView()->toPlainText().contains(QLatin1String("All objects are encrypted.")));
    QVERIFY(!page()->selectService(QStringLiteral("Azure Nonexistent")));
}

void TestCatalogueWindow::textFilter()
{
    QVERIFY(page()->selectService(QStringLiteral("Azure Key Vault")));
    QTest::keyClicks(page()->searchField(), QStringLiteral("log analytics"));
    QCOMPARE(page()->proxyModel()->rowCount(), 3);
    QCOMPARE(nameAt(0), QStringLiteral("Azure monitoring support (Log analytics, App insights etc)"));
    QCOMPARE(nameAt(1), QStringLiteral("Control/Management plane Logging and Audit"));
    QCOMPARE(nameAt(2), QStringLiteral("Data plane Logging and Audit"));
    QTest::keyClicks(page()->searchField(), QStringLiteral(" nothing-like-this"));
    QCOMPARE(page()->proxyModel()->rowCount(), 0);
    page()->searchField()->clear();
    QCOMPARE(page()->proxyModel()->rowCount(), 16);
}

void TestCatalogueWindow::valueFilters()
{
    QVERIFY(page()->selectService(QStringLiteral("Azure Key Vault")));
    QComboBox *supported = page()->supportedFilter();
    supported->setCurrentIndex(supported->findData(QStringLiteral("No")));
    QCOMPARE(page()->proxyModel()->rowCount(), 2);
    QCOMPARE(nameAt(0), QStringLiteral("vNET Injection support"));
    QCOMPARE(nameAt(1), QStringLiteral("Support for forced tunneling"));
    supported->setCurrentIndex(supported->findData(QStringLiteral("N/A")));
    QCOMPARE(page()->proxyModel()->rowCount(), 1);
    supported->setCurrentIndex(0);

    QVERIFY(page()->selectService(QStringLiteral("Azure Backup")));
    // The whole service: all four Backup baselines, of which only MCSB has responsibilities.
    page()->treeView()->setCurrentIndex(page()->treeView()->currentIndex().parent());
    QComboBox *responsibility = page()->responsibilityFilter();
    responsibility->setCurrentIndex(responsibility->findData(QStringLiteral("Microsoft")));
    QCOMPARE(page()->proxyModel()->rowCount(), 4);
    supported->setCurrentIndex(supported->findData(QStringLiteral("False")));
    QCOMPARE(page()->proxyModel()->rowCount(), 0);
    responsibility->setCurrentIndex(0);
    QCOMPARE(page()->proxyModel()->rowCount(), 3);
    supported->setCurrentIndex(0);
}

void TestCatalogueWindow::keyboardMovesDetails()
{
    QVERIFY(page()->selectService(QStringLiteral("Azure Key Vault")));
    QTableView *table = page()->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(page()->detailsView()->toPlainText().contains(
        QLatin1String("All communication is via encrypted API calls")));
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), 15);
    QVERIFY(page()->detailsView()->toPlainText().contains(QLatin1String("Data plane access controls")));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page()->searchField()->hasFocus());
}

void TestCatalogueWindow::detailsRenderListsAndLinks()
{
    QVERIFY(page()->selectService(QStringLiteral("Azure Key Vault")));
    const QString text = page()->detailsView()->toPlainText();
    QVERIFY(text.contains(QLatin1String("Server-side encryption with customer-managed keys")));
    QVERIFY(!text.contains(QLatin1String("<ul>")));
    QVERIFY(!text.contains(QLatin1String("<li>")));

    Entry e;
    e.name = QStringLiteral("<script>alert(1)</script>");
    e.notes = QStringLiteral("Line <b>one</b>\n• item <img src=\"http://example.invalid/x.png\">");
    e.references = {{QStringLiteral("Docs"), QStringLiteral("https://learn.microsoft.com/azure/backup")},
                    {QStringLiteral("Bad"), QStringLiteral("javascript:alert(1)")}};
    const QString html = EntryDetailsView::entryHtml(e, QStringLiteral("T"), QStringLiteral("S"));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(html.contains(QLatin1String("&lt;b&gt;one&lt;/b&gt;")));
    QVERIFY(html.contains(QLatin1String("<li>item &lt;img")));
    QVERIFY(html.contains(QLatin1String("<a href=\"https://learn.microsoft.com/azure/backup\">Docs</a>")));
    QVERIFY(!html.contains(QLatin1String("javascript:")));
}

void TestCatalogueWindow::categorySelection()
{
    QVERIFY(page()->selectService(QStringLiteral("Azure Key Vault")));
    QTreeView *tree = page()->treeView();
    const QModelIndex baseline = tree->currentIndex();
    const QModelIndex access = tree->model()->index(5, 0, baseline);
    QCOMPARE(access.data().toString(), QStringLiteral("Access controls"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Right); // expand
    QTest::keyClick(tree, Qt::Key_End);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Access controls"));
    QCOMPARE(page()->proxyModel()->rowCount(), 2);
    QVERIFY(page()->tableView()->isColumnHidden(EntryTableModel::CategoryColumn));
}

void TestCatalogueWindow::importThroughTheWindow()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.md"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QSignalSpy finished(&m_workspace->baselineImport(), &ImportJob::finished);
    m_window->importFiles(
        {QStringLiteral(VAULTSCOPE_TEST_DATA "/baselines/d-asb-v2/cdn-2020-11-16.md"), empty});
    QVERIFY(finished.wait(60000));
    const QList<FileImportResult> results = m_workspace->baselineImport().results();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).status, FileImportResult::Added);
    QCOMPARE(results.at(1).status, FileImportResult::Failed);
    QVERIFY(results.at(1).message.contains(QLatin1String("empty.md: the file is empty")));
    // The new baseline is selected and shown.
    const QModelIndex current = page()->treeView()->currentIndex();
    QCOMPARE(current.data(CatalogueTreeModel::ServiceRole).toString(),
             QStringLiteral("Azure Content Delivery Network"));
    QCOMPARE(page()->proxyModel()->rowCount(), 27);
}

void TestCatalogueWindow::layoutIsRemembered()
{
    QHeaderView *header = page()->tableView()->horizontalHeader();
    header->resizeSection(EntryTableModel::CategoryColumn, 233);
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->setInteractive(false);
    QCOMPARE(page()->tableView()->horizontalHeader()->sectionSize(EntryTableModel::CategoryColumn), 233);
}

void TestCatalogueWindow::removeBaselineWithDeleteKey()
{
    // Runs last: it changes the shared store.
    QVERIFY(page()->selectService(QStringLiteral("Azure Content Delivery Network")));
    QTreeView *tree = page()->treeView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(!page()->selectService(QStringLiteral("Azure Content Delivery Network")));
    QVERIFY(page()->selectService(QStringLiteral("Azure Key Vault")));
    // A service node is not a baseline: Delete does nothing there.
    tree->setCurrentIndex(tree->currentIndex().parent());
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(page()->selectService(QStringLiteral("Azure Key Vault")));
}

void TestCatalogueWindow::spreadsheetsThroughTheWindow()
{
    // Runs after the others: it adds spreadsheets to the shared store.
    const QString xlsx = QStringLiteral(VAULTSCOPE_TEST_DATA "/xlsx/");
    QSignalSpy finished(&m_workspace->baselineImport(), &ImportJob::finished);
    m_window->importFiles({xlsx + QLatin1String("Microsoft_cloud_security_benchmark_v1.xlsx"),
                           xlsx + QLatin1String("v1.0-key-vault-security-baseline-v1.0.xlsx"),
                           xlsx + QLatin1String("v1.1-key-vault-security-baseline-v1.1.xlsx"),
                           xlsx + QLatin1String("v3.0-key-vault-security-baseline.xlsx")});
    QVERIFY(finished.wait(60000));
    for (const FileImportResult &r : m_workspace->baselineImport().results())
        QVERIFY2(r.status == FileImportResult::Added, qPrintable(r.message));

    // The benchmark filtered by a NIST control.
    QVERIFY(page()->selectService(QStringLiteral("Microsoft Cloud Security Benchmark")));
    QTest::keyClicks(page()->searchField(), QStringLiteral("NIST AC-4"));
    QCOMPARE(page()->proxyModel()->rowCount(), 11);
    QCOMPARE(page()->proxyModel()->index(1, EntryTableModel::ControlColumn).data().toString(),
             QStringLiteral("NS-2"));
    page()->tableView()->setCurrentIndex(page()->proxyModel()->index(1, EntryTableModel::NameColumn));
    QString text = page()->detailsView()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("NIST SP800-53 r4\tAC-4, SC-2, SC-7")) ||
                 text.contains(QLatin1String("NIST SP800-53 r4\nAC-4, SC-2, SC-7")),
             qPrintable(text));
    // ...and which baselines in the catalogue carry that control.
    QVERIFY2(text.contains(QLatin1String("Baselines with this control")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "Azure Key Vault · Azure Security Benchmark v3 · spreadsheet · 2022-09-12 · 2 entries")),
             qPrintable(text));
    page()->searchField()->clear();

    // A baseline's control links to its benchmark definition, and the link opens it.
    QVERIFY(page()->selectService(QStringLiteral("Azure Key Vault"))); // the v3.0 spreadsheet, newest
    QTest::keyClicks(page()->searchField(), QStringLiteral("DP-6"));
    QVERIFY(page()->proxyModel()->rowCount() > 0);
    page()->tableView()->setCurrentIndex(page()->proxyModel()->index(0, EntryTableModel::NameColumn));
    const QString html = page()->detailsView()->toHtml();
    QVERIFY2(page()->detailsView()->toPlainText().contains(QLatin1String("In the benchmark")),
             qPrintable(html));
    const QString marker = QStringLiteral("vaultscope://entry/");
    const qsizetype at = html.indexOf(marker);
    QVERIFY(at > 0);
    const QUrl link(html.mid(at, html.indexOf(QLatin1Char('"'), at) - at));
    Q_EMIT page()->detailsView()->anchorClicked(link);
    text = page()->detailsView()->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("DP-6 · Use a secure key management process")), qPrintable(text));
    // The benchmark names Azure Policy definitions; those Vaultscope evaluates say so (once the
    // shipped definitions, compiled on a worker, are known).
    QTRY_VERIFY2(page()->detailsView()->toPlainText().contains(QStringLiteral(
                     "Key Vault keys should have an expiration date — evaluated by Vaultscope")),
                 qPrintable(page()->detailsView()->toPlainText()));
}

void TestCatalogueWindow::compareVersions()
{
    const QList<Baseline> &baselines = m_workspace->catalogue().baselines();
    qint64 v10 = 0;
    qint64 v11 = 0;
    for (const Baseline &b : baselines) {
        if (b.sourceName == QLatin1String("v1.0-key-vault-security-baseline-v1.0.xlsx"))
            v10 = b.id;
        if (b.sourceName == QLatin1String("v1.1-key-vault-security-baseline-v1.1.xlsx"))
            v11 = b.id;
    }
    QVERIFY(v10 && v11);
    QCOMPARE(BaselineCompareDialog::previousVersion(baselines, v11), v10);

    BaselineCompareDialog dialog(baselines, v10, v11);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.summary()->text(),
             QStringLiteral("88 → 88 entries: 88 changed, 0 added, 0 removed, 0 unchanged."));
    QTableWidget *table = dialog.changesTable();
    QCOMPARE(table->rowCount(), 88);
    // Keyboard: down to 4.8, whose guidance changed; that row is marked, the name's is not.
    table->setFocus();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 1)->text() == QLatin1String("4.8"))
            row = r;
    }
    QVERIFY(row > 0);
    table->setCurrentCell(row - 1, 2);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentRow(), row);
    QCOMPARE(table->item(row, 4)->text(), QStringLiteral("Guidance, References, Framework mappings"));
    const QString html = dialog.detailsView()->toHtml();
    const QString text = dialog.detailsView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Guidance ≠")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Name ≠")));
    QVERIFY(text.contains(QLatin1String("Supporting documentation:"))); // the older text
    QVERIFY(text.contains(QLatin1String("encryption-models")));         // the newer link

    // Only added entries: none, and the pane says so.
    dialog.kindFilter()->setCurrentIndex(dialog.kindFilter()->findData(int(EntryChange::Added)));
    for (int r = 0; r < table->rowCount(); ++r)
        QVERIFY(table->isRowHidden(r));
    QVERIFY(dialog.detailsView()->toPlainText().contains(QLatin1String("No differences of this kind.")));

    // Another pair: ASB v1 against the v3 spreadsheet restructures everything, and says so.
    qint64 v3 = 0;
    for (const Baseline &b : baselines) {
        if (b.sourceName == QLatin1String("v3.0-key-vault-security-baseline.xlsx"))
            v3 = b.id;
    }
    dialog.newerBox()->setCurrentIndex(dialog.newerBox()->findData(v3));
    QVERIFY2(dialog.summary()->text().contains(
                 QLatin1String("88 older and 36 newer entries could not be matched by control id or name")),
             qPrintable(dialog.summary()->text()));
}

QTEST_MAIN(TestCatalogueWindow)
#include "tst_cataloguewindow.moc"
