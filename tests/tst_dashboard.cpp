// The dashboard as a user drives it (offscreen): a chart element, a heat map cell and the keyboard
// lead to the vaults behind them, and what the table and the vault page show is checked against
// the engine's results.
#include "cataloguepage.h"
#include "chartview.h"
#include "dashboardpage.h"
#include "emptyestateview.h"
#include "filterbar.h"
#include "heatmapview.h"
#include "itemmodels/entrytablemodel.h"
#include "itemmodels/vaulttablemodel.h"
#include "mainwindow.h"
#include "posture/posture.h"
#include "services/catalogueimporter.h"
#include "services/importjob.h"
#include "services/reviewservice.h"
#include "services/snapshotjob.h"
#include "services/snapshotservice.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"
#include "store/database.h"
#include "store/snapshotstore.h"
#include "vaultspage.h"
#include "windowfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTabBar>
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
    void init();
    void countsMatchTheEngine();
    void subscriptionBarDrillsDownToItsFailingVaults();
    void heatMapCellFromTheKeyboard();
    void filterIsVisibleAndClearable();
    void vaultPageShowsTheEngineResult();
    void exportTheView();
    void catalogueShowsLivePosture();
    void compareTwoSnapshots();
    void emptyStoreShowsTheWaysIn();
    void filtersThatLeaveNothingDrawCleanly();

private:
    int currentTab() const { return m_window->findChild<QTabWidget *>()->currentIndex(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    Snapshot m_snapshot;
    QList<VaultRow> m_rows;
};

// No chart ever computes a range from no data: Qt Charts says so with these warnings.
void failOnChartWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("invalid range|Ignored NaN")));
}

void TestDashboard::init()
{
    failOnChartWarnings();
}

void TestDashboard::initTestCase()
{
    failOnChartWarnings();
    QCoreApplication::setOrganizationName(QStringLiteral("VaultscopeTests"));
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("d.db")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    Snapshot made;
    QVERIFY2(importBundledBaselines(*m_db, &error), qPrintable(error));
    QVERIFY2(SnapshotService::createDemo(*m_db, {6, 150, 11}, &made, &error), qPrintable(error));
    QVERIFY(SnapshotStore(*m_db).loadRows(made.id, &m_snapshot, &m_rows, &error));
    m_workspace = std::make_unique<Workspace>(*m_db);
    QVERIFY(m_workspace->load());
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->setInteractive(false);
    QTRY_VERIFY(!m_workspace->snapshots().isLoading()); // the snapshot is read on a worker
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(currentTab(), int(MainWindow::DashboardTab));
}

void TestDashboard::countsMatchTheEngine()
{
    // The vaults' results and their Key Vault objects'.
    PostureCounts expected;
    ObjectTally objects;
    for (const VaultRow &row : std::as_const(m_rows)) {
        for (char c : row.outcomes)
            expected.add(c);
        for (const PostureCounts &c : row.objectCounts)
            expected.add(c);
        objects.add(row.objectTally);
    }
    QVERIFY(objects.keys > 0 && objects.secrets > 0 && objects.certificates > 0);
    QVERIFY(objects.withoutExpiry > 0 && objects.expiringSoon > 0);
    const PostureView &view = m_workspace->snapshots().view();
    QCOMPARE(view.objects.total(), objects.total());
    QCOMPARE(view.objects.withoutExpiry, objects.withoutExpiry);
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
    const PostureView::Group worst = m_workspace->snapshots().view().subscriptions.first();
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
        const bool objectFails = std::any_of(row.objectCounts.cbegin(), row.objectCounts.cend(),
                                             [](const PostureCounts &c) { return c.nonCompliant > 0; });
        if (row.subscriptionId == worst.key &&
            (row.outcomes.contains(OutcomeCode::NonCompliant) || objectFails))
            expected.insert(row.id);
    }
    QSortFilterProxyModel *proxy = m_window->vaultsPage()->proxyModel();
    QCOMPARE(proxy->rowCount(), expected.size());
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(expected.contains(proxy->index(r, 0).data(Qt::ToolTipRole).toString()) ||
                expected.contains(
                    m_workspace->snapshots().rows().at(proxy->mapToSource(proxy->index(r, 0)).row()).id));
    QVERIFY(m_window->filterBar()->summaryLabel()->text().contains(worst.label));
    // And on to the vault page of the row the drill-down selected: its failing results are the
    // engine's for that vault.
    const QModelIndex current = m_window->vaultsPage()->tableView()->currentIndex();
    QVERIFY(current.isValid());
    QTRY_VERIFY(m_window->vaultsPage()->isVaultShown()); // read on a worker
    const VaultRow &vault = m_workspace->snapshots().rows().at(proxy->mapToSource(current).row());
    const QString page = m_window->vaultsPage()->resultsView()->toPlainText();
    QVERIFY(page.contains(vault.name));
    int failing = 0;
    for (int d = 0; d < m_snapshot.definitions.size(); ++d) {
        if (vault.outcomes.at(d) != OutcomeCode::NonCompliant)
            continue;
        ++failing;
        QVERIFY2(page.contains(m_snapshot.definitions.at(d).displayName),
                 qPrintable(m_snapshot.definitions.at(d).displayName));
    }
    QVERIFY(failing > 0);
    QCOMPARE(page.count(QStringLiteral("Non-compliant —")), failing);
}

void TestDashboard::heatMapCellFromTheKeyboard()
{
    m_workspace->snapshots().setFilter(PostureFilter());
    m_window->showPage(MainWindow::DashboardTab);
    HeatMapView *heat = m_window->dashboardPage()->heatMap();
    heat->setFocus();
    // Row 1 is the worst subscription, column 0 the first control.
    QTest::keyClick(heat, Qt::Key_Down);
    QCOMPARE(heat->currentCell(), QPoint(0, 1));
    const QString subscription = m_window->dashboardPage()->heatMapSubscription(1);
    const QString control = m_workspace->snapshots().view().controls.first().key;
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
            m_workspace->snapshots().rows().at(proxy->mapToSource(proxy->index(r, 0)).row());
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
    QTRY_VERIFY(m_window->vaultsPage()->isVaultShown());
    QSortFilterProxyModel *proxy = m_window->vaultsPage()->proxyModel();
    const VaultRow &row = m_workspace->snapshots().rows().at(proxy->mapToSource(proxy->index(0, 0)).row());
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
    m_workspace->snapshots().setFilter(filter);
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

void TestDashboard::catalogueShowsLivePosture()
{
    m_workspace->snapshots().setFilter(PostureFilter());
    m_window->showPage(MainWindow::CatalogueTab);
    CataloguePage *catalogue = m_window->cataloguePage();
    // The Backup baseline in the cloud security benchmark's format names controls (NS-2, ...).
    qint64 baselineId = 0;
    for (const Baseline &b : catalogue->baselines()) {
        if (b.service == QLatin1String("Azure Backup") && b.format == BaselineFormat::Mcsb)
            baselineId = b.id;
    }
    QVERIFY(baselineId);
    QVERIFY(catalogue->selectBaseline(baselineId));
    QTableView *table = catalogue->tableView();
    QVERIFY(!table->isColumnHidden(EntryTableModel::PostureColumn));
    // Expected: the backup vault types' results of the definitions mapped to the control.
    PostureFilter backup;
    backup.types = {QStringLiteral("microsoft.recoveryservices/vaults"),
                    QStringLiteral("microsoft.dataprotection/backupvaults")};
    const PostureView view = PostureView::compute(m_snapshot, m_rows, backup);
    int checked = 0;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QString control = table->model()->index(r, EntryTableModel::ControlColumn).data().toString();
        const QString shown = table->model()->index(r, EntryTableModel::PostureColumn).data().toString();
        const auto group = std::find_if(view.controls.cbegin(), view.controls.cend(),
                                        [&](const PostureView::Group &g) { return g.key == control; });
        if (group == view.controls.cend() || group->counts.evaluated() == 0) {
            QVERIFY2(shown.isEmpty(), qPrintable(control + QStringLiteral(": ") + shown));
            continue;
        }
        QVERIFY2(
            shown.contains(
                QStringLiteral("(%1 of %2)").arg(group->counts.compliant).arg(group->counts.evaluated())),
            qPrintable(control + QStringLiteral(": ") + shown));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestDashboard::compareTwoSnapshots()
{
    // A later capture: one vault gone, one Key Vault with public network access switched off.
    QJsonObject exported = SnapshotService::exportJson(SnapshotService::demoSnapshot({6, 150, 11}));
    QJsonArray resources = exported.value(QStringLiteral("resources")).toArray();
    QString removed, changed;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        QJsonObject r = resources.at(i).toObject();
        const QString type = r.value(QStringLiteral("type")).toString().toLower();
        if (removed.isEmpty() && type == QLatin1String("microsoft.recoveryservices/vaults")) {
            removed = r.value(QStringLiteral("id")).toString();
            resources.removeAt(i--);
            continue;
        }
        if (changed.isEmpty() && type == QLatin1String("microsoft.keyvault/vaults") &&
            r.value(QStringLiteral("properties"))
                    .toObject()
                    .value(QStringLiteral("publicNetworkAccess"))
                    .toString() == QLatin1String("Enabled")) {
            QJsonObject properties = r.value(QStringLiteral("properties")).toObject();
            properties.insert(QStringLiteral("publicNetworkAccess"), QStringLiteral("Disabled"));
            r.insert(QStringLiteral("properties"), properties);
            resources.replace(i, r);
            changed = r.value(QStringLiteral("id")).toString();
        }
    }
    QVERIFY(!removed.isEmpty() && !changed.isEmpty());
    exported.insert(QStringLiteral("resources"), resources);
    QFile file(m_dir.filePath(QStringLiteral("later.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(exported).toJson());
    file.close();
    Snapshot later;
    QString error;
    QVERIFY2(SnapshotService::importFiles(*m_db, {file.fileName()}, QStringLiteral("later"), QString(),
                                          &later, &error),
             qPrintable(error));
    QVERIFY(m_workspace->snapshots().reload(later.id));
    QTRY_VERIFY(!m_workspace->snapshots().isLoading());
    QList<ResultChange> changes;
    QString olderName;
    QVERIFY2(m_workspace->snapshots().compareWith(m_snapshot.id, &changes, &olderName, &error),
             qPrintable(error));
    QCOMPARE(olderName, m_snapshot.name);
    const auto gone = std::find_if(changes.cbegin(), changes.cend(), [&](const ResultChange &c) {
        return c.resourceId.compare(removed, Qt::CaseInsensitive) == 0;
    });
    QVERIFY(gone != changes.cend());
    QCOMPARE(gone->after, '-');
    QVERIFY(gone->definition.isEmpty());
    // The switched vault now passes the public-network definition; nothing else changed.
    QStringList changedDefinitions;
    for (const ResultChange &c : std::as_const(changes)) {
        if (c.resourceId.compare(changed, Qt::CaseInsensitive) == 0) {
            changedDefinitions.append(c.definition);
            QCOMPARE(c.after, OutcomeCode::Compliant);
        }
    }
    QVERIFY2(!changedDefinitions.isEmpty(), qPrintable(changed));
    QVERIFY(changedDefinitions.join(QLatin1Char(' ')).contains(QStringLiteral("public network access")));
    QCOMPARE(changes.size(), 1 + changedDefinitions.size());
}

void TestDashboard::emptyStoreShowsTheWaysIn()
{
    // A store with the catalogue and no snapshot: no 0 % score over invented axes, but what is
    // missing and the three ways in.
    Database db(m_dir.filePath(QStringLiteral("empty.db")));
    QString error;
    QVERIFY2(db.open(&error) && importBundledBaselines(db, &error), qPrintable(error));
    WindowFixture fixture(db);
    QVERIFY(fixture.loaded());
    Workspace &workspace = fixture.workspace;
    MainWindow &window = fixture.window;
    DashboardPage *dashboard = window.dashboardPage();
    EmptyEstateView *empty = dashboard->emptyEstateView();
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(dashboard->isEmptyEstate());
    QVERIFY(!dashboard->resultChart()->isVisible());
    QVERIFY(!window.filterBar()->isVisible());
    QVERIFY(empty->scanButton()->isEnabled() && empty->importButton()->isEnabled());
    // Keyboard: from the tabs, Tab reaches the first way in.
    window.findChild<QTabWidget *>()->tabBar()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), empty->scanButton());

    // The demo estate from there: the charts replace the empty state and the filter comes back.
    QTest::mouseClick(empty->demoButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.snapshots().snapshots().isEmpty(), 60000);
    // An imported estate opens in the vault table, as every estate import does.
    QTRY_COMPARE(window.findChild<QTabWidget *>()->currentIndex(), int(MainWindow::VaultsTab));
    QTRY_COMPARE(workspace.snapshots().view().vaults.size(), 240);
    QVERIFY(window.filterBar()->isVisible());
    window.showPage(MainWindow::DashboardTab);
    QTRY_VERIFY(dashboard->resultChart()->isVisible());
    QVERIFY(!empty->isVisible());
    // The posture arrives a step after the snapshot: the headline follows it.
    const QLabel *headline = dashboard->findChild<QLabel *>(QStringLiteral("dashboardHeadline"));
    QTRY_VERIFY2(headline->text().contains(QStringLiteral("240 vaults")), qPrintable(headline->text()));

    // Deleted again, the store is empty again.
    QVERIFY2(workspace.snapshots().remove(workspace.snapshots().currentId(), &error), qPrintable(error));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(!window.filterBar()->isVisible());
}

void TestDashboard::filtersThatLeaveNothingDrawCleanly()
{
    // A small estate and filters that leave some charts with nothing: every chart still gets a
    // range (init() fails the test on Qt Charts' NaN warnings), and the heat map says where a
    // control has no vaults.
    Database db(m_dir.filePath(QStringLiteral("small.db")));
    QString error;
    Snapshot made;
    QVERIFY2(db.open(&error) && SnapshotService::createDemo(db, {3, 30, 1}, &made, &error),
             qPrintable(error));
    WindowFixture fixture(db);
    QVERIFY(fixture.loaded());
    Workspace &workspace = fixture.workspace;
    MainWindow &window = fixture.window;
    QCoreApplication::processEvents();
    PostureFilter onlyBackup;
    onlyBackup.types = {QStringLiteral("microsoft.dataprotection/backupvaults")};
    PostureFilter nothing;
    nothing.subscriptions = {QStringLiteral("no-such-subscription")};
    PostureFilter compliant;
    compliant.results = {OutcomeCode::Compliant};
    for (const PostureFilter &f : {onlyBackup, nothing, compliant}) {
        workspace.snapshots().setFilter(f);
        QTRY_VERIFY(!workspace.snapshots().isTrendPending());
        window.dashboardPage()->grab();
    }
    // Backup vaults evidence no Key Vault control: those heat-map columns have no vaults.
    workspace.snapshots().setFilter(onlyBackup);
    const HeatMapView *heat = window.dashboardPage()->findChild<HeatMapView *>();
    QVERIFY(heat);
    bool empty = false;
    for (int r = 0; r < heat->rows().size() && !empty; ++r) {
        for (int c = 0; c < heat->columns().size() && !empty; ++c)
            empty = heat->describe(r, c).endsWith(QStringLiteral(": no vaults"));
    }
    QVERIFY(empty);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
