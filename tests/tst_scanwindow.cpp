// Scan from the window: signed in at the tests' OpenID Connect server, File › Scan Azure lists the
// subscriptions of the stand-in for Azure; the filter, Check all shown and the count work; the scan
// shows its phases and counts, ends in the dashboard with the new snapshot, and a partial scan is
// marked incomplete above the dashboard and the vault table. VAULTSCOPE_DOCS=folder also writes the
// README pictures of the scope picker and the progress view.
#include "completenessbanner.h"
#include "dashboardpage.h"
#include "fakeazure.h"
#include "heatmapview.h"
#include "mainwindow.h"
#include "scandialog.h"
#include "scansignin.h"
#include "services/catalogueimporter.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"
#include "store/database.h"
#include "vaultspage.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vaultscope;

class TestScanWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scopePickerListsFiltersAndChecks();
    void scanShowsProgressAndOpensThePartialSnapshot();

private:
    void picture(QWidget *widget, const QString &name);

    FakeAzure m_azure;
    OidcServer m_oidc;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestScanWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VaultscopeScanTests"));
    QSettings().clear();
    QString error;
    // Six subscriptions; the second one's Resource Manager reads are forbidden (related gaps), and
    // answers take 150 ms so that the progress view has something to show.
    QVERIFY2(m_azure.start({{QStringLiteral("subscriptions"), 6},
                            {QStringLiteral("vaults"), 300},
                            {QStringLiteral("latencyMs"), 150},
                            {QStringLiteral("dataPlane"), true},
                            {QStringLiteral("faults"),
                             QJsonObject{{QStringLiteral("forbiddenSubscriptions"), QJsonArray{1}}}}},
                           &error),
             qPrintable(error));
    QVERIFY2(m_oidc.start(&error, m_azure.url().toString() + QStringLiteral(".default")), qPrintable(error));
    m_azure.setOidc(m_oidc.host());

    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("w.db")));
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY2(importBundledBaselines(*m_db, &error), qPrintable(error));
    m_workspace = std::make_unique<Workspace>(*m_db);
    QVERIFY(m_workspace->load());
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->setInteractive(false);
    m_window->resize(1400, 900); // as the screenshot command draws it
    m_window->show();

    QVERIFY(signInForScan(m_workspace->auth(), m_oidc, m_azure.url()));
}

void TestScanWindow::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
}

void TestScanWindow::picture(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("VAULTSCOPE_DOCS");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name));
}

void TestScanWindow::scopePickerListsFiltersAndChecks()
{
    QVERIFY(m_window->scanAction()->isEnabled());
    m_window->scanAction()->trigger();
    ScanDialog *dialog = m_window->scanDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTableView *table = dialog->subscriptionTable();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 6, 20000);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Contoso-Prod-1"));
    QVERIFY(table->model()->index(0, 3).data().toString().contains(QLatin1String("Contoso")));
    QVERIFY(dialog->allButton()->isChecked());
    QVERIFY(dialog->scanButton()->isEnabled());

    // Filter to two, check them: the scope becomes the selection.
    QTest::keyClicks(dialog->filterEdit(), QStringLiteral("prod-2"));
    QCOMPARE(table->model()->rowCount(), 1);
    dialog->selectAll(true);
    dialog->filterEdit()->clear();
    QTest::keyClicks(dialog->filterEdit(), QStringLiteral("prod-3"));
    dialog->selectAll(true);
    dialog->filterEdit()->clear();
    QCOMPARE(table->model()->rowCount(), 6);
    QVERIFY(!dialog->allButton()->isChecked());
    int checked = 0;
    for (int row = 0; row < 6; ++row)
        checked += table->model()->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    QCOMPARE(checked, 2);
    picture(dialog, QStringLiteral("scan-scope.png"));
}

void TestScanWindow::scanShowsProgressAndOpensThePartialSnapshot()
{
    ScanDialog *dialog = m_window->scanDialog();
    QVERIFY(dialog);
    QSignalSpy finished(&m_workspace->scans(), &ScanJob::finished);
    QSignalSpy opened(&m_workspace->snapshots(), &SnapshotSession::currentChanged);
    QSignalSpy posture(&m_workspace->snapshots(), &SnapshotSession::postureChanged);
    // The whole estate, so that the forbidden subscription is in scope.
    dialog->allButton()->setChecked(true);
    dialog->scanButton()->click();
    QVERIFY(m_workspace->scans().isRunning());
    QVERIFY(dialog->cancelButton()->isVisible());
    // While it runs the window answers: another tab can be opened.
    m_window->showPage(MainWindow::CatalogueTab);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->progressBar()->value() > 500, 60000);
    QVERIFY(dialog->countsLabel()->text().contains(QLatin1String("vaults")));
    picture(dialog, QStringLiteral("scan-progress.png"));
    QVERIFY(finished.wait(120000));
    const ScanJob::Outcome outcome = finished.first().first().value<ScanJob::Outcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.completeness.complete());
    QVERIFY(dialog->resultLabel()->text().startsWith(
        QLatin1String("Incomplete: 6 of 6 subscriptions, 300 vaults")));
    QVERIFY(dialog->scanButton()->isVisible());

    // The new snapshot is open in the dashboard and marked incomplete there and on the vault page.
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->snapshots().header().id, outcome.snapshotId, 20000);
    QTRY_VERIFY(opened.size() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(posture.size() > 0, 20000);
    QCOMPARE(m_window->dashboardPage()->isVisible(), true);
    const auto banners = m_window->findChildren<CompletenessBanner *>();
    QCOMPARE(banners.size(), 2);
    for (CompletenessBanner *banner : banners) {
        QVERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains(QLatin1String("Incomplete scan")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QLatin1String("related resources missing for 50 vaults")));
    }
    // The forbidden subscription's logging control has only unknowns: no "0 %" in the heat map.
    HeatMapView *heat = m_window->dashboardPage()->heatMap();
    const int prod2 = int(heat->rows().indexOf(QStringLiteral("Contoso-Prod-2")));
    const int lt3 = int(heat->columns().indexOf(QStringLiteral("LT-3")));
    QVERIFY(prod2 >= 0 && lt3 >= 0);
    QVERIFY2(heat->describe(prod2, lt3).contains(QLatin1String("only unknown results")),
             qPrintable(heat->describe(prod2, lt3)));
    dialog->close();
    QTest::qWait(1000); // the charts settle (axis labels are laid out late) before the picture
    picture(m_window->dashboardPage(), QStringLiteral("scan-dashboard.png"));
}

QTEST_MAIN(TestScanWindow)
#include "tst_scanwindow.moc"
