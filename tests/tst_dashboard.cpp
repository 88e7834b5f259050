// The dashboard as a user drives it (offscreen): a chart element, a heat map cell and the keyboard
// lead to the vaults behind them, and what the table and the vault page show is checked against
// the engine's results.
#include "chartview.h"
#include "dashboardpage.h"
#include "filterbar.h"
#include "heatmapview.h"
#include "itemmodels/vaulttablemodel.h"
#include "mainwindow.h"
#include "posture/posture.h"
#include "services/snapshotservice.h"
#include "store/database.h"
#include "store/snapshotstore.h"
#include "vaultspage.h"

#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace vaultscope;

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsMatchTheEngine();
    void subscriptionBarDrillsDownToItsFailingVaults();
    void heatMapCellFromTheKeyboard();
    void filterIsVisibleAndClearable();
    void vaultPageShowsTheEngineResult();
    void exportTheView();

private:
    int currentTab() const { return m_window->findChild<QTabWidget *>()->currentIndex(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    Snapshot m_snapshot;
    QList<VaultRow> m_rows;
};

void TestDashboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VaultscopeTests"));
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("d.db")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    Snapshot made;
    QVERIFY2(SnapshotService::createDemo(*m_db, {6, 150, 11}, &made, &error), qPrintable(error));
    QVERIFY(SnapshotStore(*m_db).loadRows(made.id, &m_snapshot, &m_rows, &error));
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->setInteractive(false);
    QVERIFY(m_window->loadStore());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(currentTab(), int(MainWindow::DashboardTab));
}

void TestDashboard::countsMatchTheEngine()
{
    PostureCounts expected;
    for (const VaultRow &row : std::as_const(m_rows)) {
        for (char c : row.outcomes)
            expected.add(c);
    }
    const PostureView &view = m_window->dashboardPage()->view();
    QCOMPARE(view.overall.compliant, expected.compliant);
    QCOMPARE(view.overall.nonCompliant, expected.nonCompliant);
    QCOMPARE(view.overall.unknown, expected.unknown);
    QCOMPARE(view.vaults.size(), m_rows.size());
    // Worst subscription first.
    for (qsizetype i = 1; i < view.subscriptions.size(); ++i)
        QVERIFY(view.subscriptions.at(i - 1).counts.score() <= view.subscriptions.at(i).counts.score());
    // Every chart element is reachable from the keyboard.
    ChartView *results = m_window->dashboardPage()->resultChart();
    QCOMPARE(results->elements().size(), 3);
    QVERIFY(m_window->dashboardPage()->subscriptionChart()->elements().size() >= view.subscriptions.size());
}

void TestDashboard::subscriptionBarDrillsDownToItsFailingVaults()
{
    const PostureView::Group worst = m_window->dashboardPage()->view().subscriptions.first();
    ChartView *chart = m_window->dashboardPage()->subscriptionChart();
    // The first element is the worst subscription's failing results; Enter opens it.
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->currentElement(), 0);
    QVERIFY(chart->elements().first().label.startsWith(worst.label));
    QTest::keyClick(chart, Qt::Key_Return);
    QTRY_COMPARE(currentTab(), int(MainWindow::VaultsTab));
    // The table shows exactly the vaults of that subscription with a failing result.
    QSet<QString> expected;
    for (const VaultRow &row : std::as_const(m_rows)) {
        if (row.subscriptionId == worst.key && row.outcomes.contains(OutcomeCode::NonCompliant))
            expected.insert(row.id);
    }
    QSortFilterProxyModel *proxy = m_window->vaultsPage()->proxyModel();
    QCOMPARE(proxy->rowCount(), expected.size());
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(expected.contains(proxy->index(r, 0).data(Qt::ToolTipRole).toString()) ||
                expected.contains(
                    m_window->vaultsPage()->vaultRows().at(proxy->mapToSource(proxy->index(r, 0)).row()).id));
    QVERIFY(m_window->filterBar()->summaryLabel()->text().contains(worst.label));
}

void TestDashboard::heatMapCellFromTheKeyboard()
{
    m_window->applyFilter(PostureFilter());
    m_window->showPage(MainWindow::DashboardTab);
    HeatMapView *heat = m_window->dashboardPage()->heatMap();
    heat->setFocus();
    // Row 1 is the worst subscription, column 0 the first control.
    QTest::keyClick(heat, Qt::Key_Down);
    QCOMPARE(heat->currentCell(), QPoint(0, 1));
    const QString subscription = m_window->dashboardPage()->heatMapSubscription(1);
    const QString control = m_window->dashboardPage()->view().controls.first().key;
    QTest::keyClick(heat, Qt::Key_Return);
    QTRY_COMPARE(currentTab(), int(MainWindow::VaultsTab));
    const PostureFilter filter = m_window->filterBar()->filter();
    QCOMPARE(filter.subscriptions, QSet<QString>{subscription});
    QCOMPARE(filter.control, control);
    // Each vault listed fails a definition mapped to the control, in that subscription.
    QSortFilterProxyModel *proxy = m_window->vaultsPage()->proxyModel();
    QVERIFY(proxy->rowCount() > 0);
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const VaultRow &row =
            m_window->vaultsPage()->vaultRows().at(proxy->mapToSource(proxy->index(r, 0)).row());
        QCOMPARE(row.subscriptionId, subscription);
        bool fails = false;
        for (int d = 0; d < m_snapshot.definitions.size(); ++d)
            fails |= m_snapshot.definitions.at(d).controls.contains(control) &&
                     row.outcomes.at(d) == OutcomeCode::NonCompliant;
        QVERIFY(fails);
    }
}

void TestDashboard::filterIsVisibleAndClearable()
{
    QVERIFY(m_window->filterBar()->isVisible());
    QVERIFY(m_window->filterBar()->clearButton()->isEnabled());
    QTest::mouseClick(m_window->filterBar()->clearButton(), Qt::LeftButton);
    QVERIFY(m_window->filterBar()->filter().isEmpty());
    QCOMPARE(m_window->vaultsPage()->proxyModel()->rowCount(), m_rows.size());
    QVERIFY(m_window->filterBar()->summaryLabel()->text().contains(QStringLiteral("no filter")));
    m_window->showPage(MainWindow::CatalogueTab);
    QVERIFY(!m_window->filterBar()->isVisible());
}

void TestDashboard::vaultPageShowsTheEngineResult()
{
    m_window->showPage(MainWindow::VaultsTab);
    m_window->vaultsPage()->selectWorstVault();
    QSortFilterProxyModel *proxy = m_window->vaultsPage()->proxyModel();
    const VaultRow &row =
        m_window->vaultsPage()->vaultRows().at(proxy->mapToSource(proxy->index(0, 0)).row());
    const QString html = m_window->vaultsPage()->resultsView()->toPlainText();
    QVERIFY(html.contains(row.name));
    QVERIFY(html.contains(QStringLiteral("Open in the Azure portal")));
    int failing = 0;
    for (int d = 0; d < m_snapshot.definitions.size(); ++d) {
        if (row.outcomes.at(d) != OutcomeCode::NonCompliant)
            continue;
        ++failing;
        QVERIFY2(html.contains(m_snapshot.definitions.at(d).displayName),
                 qPrintable(m_snapshot.definitions.at(d).displayName));
    }
    QCOMPARE(html.count(QStringLiteral("Non-compliant —")), failing);
    QVERIFY(html.contains(QStringLiteral("Remediation:")) || failing == 0);
}

void TestDashboard::exportTheView()
{
    PostureFilter filter;
    filter.results = {OutcomeCode::Unknown};
    m_window->applyFilter(filter);
    const QString path = m_dir.filePath(QStringLiteral("view.csv"));
    QString error;
    QVERIFY2(m_window->vaultsPage()->exportView(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Header, one line per vault shown, and the empty rest after the last CRLF.
    QCOMPARE(lines.size() - 2, m_window->vaultsPage()->proxyModel()->rowCount());
    QVERIFY(lines.first().startsWith("Vault,"));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
