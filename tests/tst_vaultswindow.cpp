// The Vaults page as a user drives it (offscreen), checked against the engine's results.
#include "itemmodels/vaulttablemodel.h"
#include "mainwindow.h"
#include "posture/dataplane.h"
#include "posture/posture.h"
#include "review/review.h"
#include "reviewpane.h"
#include "services/importjob.h"
#include "services/reviewservice.h"
#include "services/snapshotjob.h"
#include "services/snapshotservice.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"
#include "store/database.h"
#include "vaultspage.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace vaultscope;

class TestVaultsWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tableShowsTheSnapshot();
    void filterAndKeyboard();
    void vaultDetailsMatchTheEngine();
    void keyVaultObjectsAndTheirFindings();
    void manyObjectsArriveInPages();
    void importThroughTheWindow();

private:
    VaultsPage *page() const { return m_window->vaultsPage(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    Snapshot m_snapshot;
};

void TestVaultsWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VaultscopeTests"));
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("v.db")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY2(SnapshotService::createDemo(*m_db, {4, 120, 9}, &m_snapshot, &error), qPrintable(error));
    m_workspace = std::make_unique<Workspace>(*m_db);
    QVERIFY(m_workspace->load());
    QTRY_VERIFY(!m_workspace->snapshots().isLoading()); // the snapshot is read on a worker
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->setInteractive(false);
    m_window->showPage(MainWindow::VaultsTab);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestVaultsWindow::tableShowsTheSnapshot()
{
    QCOMPARE(page()->snapshotChooser()->count(), 1);
    QCOMPARE(page()->proxyModel()->rowCount(), 120);
    // Sorted by failing results, worst first.
    const QAbstractItemModel *m = page()->proxyModel();
    int previous = INT_MAX;
    for (int r = 0; r < m->rowCount(); ++r) {
        const int failing = m->index(r, VaultTableModel::FailingColumn).data().toInt();
        QVERIFY(failing <= previous);
        previous = failing;
    }
}

void TestVaultsWindow::filterAndKeyboard()
{
    const QString firstSubscription = m_snapshot.estate.subscriptionNames.value(
        Estate::subscriptionOf(m_snapshot.estate.vaults.at(0).value(QLatin1String("id")).toString()));
    QTest::keyClicks(page()->searchField(), QStringLiteral("key vault"));
    const int keyVaults = page()->proxyModel()->rowCount();
    int expected = 0;
    for (const QJsonObject &v : std::as_const(m_snapshot.estate.vaults))
        expected += v.value(QLatin1String("type")).toString() == QLatin1String("Microsoft.KeyVault/vaults");
    QCOMPARE(keyVaults, expected);
    page()->searchField()->clear();
    QTest::keyClicks(page()->searchField(), firstSubscription);
    QVERIFY(page()->proxyModel()->rowCount() > 0);
    QVERIFY(page()->proxyModel()->rowCount() < 120);
    page()->searchField()->clear();
    QTableView *table = page()->tableView();
    table->setFocus();
    table->setCurrentIndex(page()->proxyModel()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    const QString name = table->currentIndex().siblingAtColumn(VaultTableModel::NameColumn).data().toString();
    QVERIFY(page()->resultsView()->toPlainText().contains(name)); // the name at once, before the results
    QTRY_VERIFY(page()->isVaultShown());
    QVERIFY(page()->resultsView()->toPlainText().contains(name));
}

void TestVaultsWindow::vaultDetailsMatchTheEngine()
{
    page()->selectWorstVault();
    QTRY_VERIFY(page()->isVaultShown()); // read on a worker
    const QModelIndex current = page()->tableView()->currentIndex();
    const QString id = current.data(VaultTableModel::VaultIdRole).toString();
    const int failing = current.siblingAtColumn(VaultTableModel::FailingColumn).data().toInt();
    int position = -1;
    for (int i = 0; i < m_snapshot.estate.vaults.size(); ++i) {
        if (m_snapshot.estate.vaults.at(i).value(QLatin1String("id")).toString() == id)
            position = i;
    }
    QVERIFY(position >= 0);
    QCOMPARE(int(m_snapshot.outcomes.at(position).count(OutcomeCode::NonCompliant)), failing);
    const QString text = page()->resultsView()->toPlainText();
    QCOMPARE(int(text.count(QStringLiteral("✗ Non-compliant"))), failing);
    QVERIFY(failing > 0);
    // The raw JSON kept as evidence is the vault as captured.
    const QPlainTextEdit *json = page()->findChild<QPlainTextEdit *>(QStringLiteral("vaultJson"));
    QVERIFY(json);
    QCOMPARE(QJsonDocument::fromJson(json->toPlainText().toUtf8()).object(),
             m_snapshot.estate.vaults.at(position));
}

void TestVaultsWindow::keyVaultObjectsAndTheirFindings()
{
    // The first object of the demo with a failing result, as the engine stored it.
    qsizetype object = -1;
    for (qsizetype i = 0; i < m_snapshot.objects.size() && object < 0; ++i) {
        if (m_snapshot.objects.at(i).vault >= 0 &&
            m_snapshot.objectOutcomes.at(i).contains(OutcomeCode::NonCompliant))
            object = i;
    }
    QVERIFY(object >= 0);
    const QString id = DataPlane::identifierOf(m_snapshot.estate.objects.at(object));
    const QString definition =
        m_snapshot.definitions.at(m_snapshot.objectOutcomes.at(object).indexOf(OutcomeCode::NonCompliant))
            .name;
    const int vault = m_snapshot.objects.at(object).vault;
    const qsizetype inVault = std::count_if(m_snapshot.objects.cbegin(), m_snapshot.objects.cend(),
                                            [vault](const SnapshotObject &o) { return o.vault == vault; });

    // An object's finding opens its vault with the finding chosen for review.
    QVERIFY(page()->selectFinding(id, definition));
    QTRY_VERIFY(page()->isVaultShown());
    QCOMPARE(page()->tableView()->currentIndex().data(VaultTableModel::VaultIdRole).toString(),
             m_snapshot.estate.vaults.at(vault).value(QLatin1String("id")).toString());
    QCOMPARE(page()->reviewPane()->target(), ReviewTarget::findingKey(id, definition));
    const QString text = page()->resultsView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Keys, secrets and certificates (%1)").arg(inVault)),
             qPrintable(text));
    QVERIFY(text.contains(
        DataPlane::normalize(m_snapshot.estate.objects.at(object)).value(QLatin1String("name")).toString()));

    // The dashboard counts the objects of the whole snapshot.
    ObjectTally tally;
    for (const VaultRow &row : m_workspace->snapshots().rows())
        tally.add(row.objectTally);
    QCOMPARE(tally.total(), int(std::count_if(m_snapshot.objects.cbegin(), m_snapshot.objects.cend(),
                                              [](const SnapshotObject &o) { return o.vault >= 0; })));
    m_window->showPage(MainWindow::DashboardTab);
    const QLabel *counts = m_window->findChild<QLabel *>(QStringLiteral("objectCounts"));
    QVERIFY(counts && counts->isVisible());
    QVERIFY2(counts->text().contains(QStringLiteral("%1 key").arg(tally.keys)), qPrintable(counts->text()));
    QVERIFY(counts->text().contains(QStringLiteral("%1 without expiry").arg(tally.withoutExpiry)));
    m_window->showPage(MainWindow::VaultsTab);
}

void TestVaultsWindow::manyObjectsArriveInPages()
{
    // A Key Vault with hundreds of objects, in a store of its own: its name shows at once, its
    // results once read on a worker, its objects worst first a page at a time, and every failing
    // object result can be chosen for review.
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("many.db")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    DemoEstateOptions options(1, 6, 3);
    options.objectsPerKeyVault = 300;
    Snapshot made;
    QVERIFY2(SnapshotService::createDemo(db, options, &made, &error), qPrintable(error));
    WindowFixture fixture(db);
    QVERIFY(fixture.loaded());
    Workspace &workspace = fixture.workspace;
    MainWindow &window = fixture.window;
    window.showPage(MainWindow::VaultsTab);
    const QList<VaultRow> &rows = workspace.snapshots().rows();
    const auto fullest =
        std::max_element(rows.cbegin(), rows.cend(), [](const VaultRow &a, const VaultRow &b) {
            return a.objectTally.total() < b.objectTally.total();
        });
    const int held = fullest->objectTally.total();
    QVERIFY2(held > 120, qPrintable(QString::number(held)));
    VaultsPage *vaults = window.vaultsPage();
    QVERIFY(vaults->selectFinding(fullest->id, QString()));
    QVERIFY(!vaults->isVaultShown());
    QVERIFY(vaults->resultsView()->toPlainText().contains(fullest->name));
    QVERIFY(vaults->resultsView()->toPlainText().contains(QStringLiteral("Reading the vault's results")));
    QTRY_VERIFY(vaults->isVaultShown());
    const auto shownObjects = [&] {
        return int(vaults->resultsView()->toPlainText().count(QStringLiteral(" — key ")) +
                   vaults->resultsView()->toPlainText().count(QStringLiteral(" — secret ")) +
                   vaults->resultsView()->toPlainText().count(QStringLiteral(" — certificate ")));
    };
    QVERIFY(vaults->resultsView()->toPlainText().contains(
        QStringLiteral("Keys, secrets and certificates (%1)").arg(held)));
    const int firstPage = shownObjects();
    QVERIFY2(firstPage > 0 && firstPage < held, qPrintable(QString::number(firstPage)));
    QVERIFY(vaults->resultsView()->toPlainText().contains(
        QStringLiteral("Show %1 more of the %2 not shown yet").arg(firstPage).arg(held - firstPage)));
    Q_EMIT vaults->resultsView()->anchorClicked(QUrl(QStringLiteral("more:objects")));
    QCOMPARE(shownObjects(), std::min(held, 2 * firstPage));
    // The chooser holds the vault's results and every failing or unknown object result.
    int objectFindings = 0;
    for (const PostureCounts &c : fullest->objectCounts)
        objectFindings += c.nonCompliant + c.unknown;
    QCOMPARE(vaults->findingChooser()->count(), int(made.definitions.size()) -
                                                    int(fullest->outcomes.count(OutcomeCode::NotApplicable)) +
                                                    objectFindings);
}

void TestVaultsWindow::importThroughTheWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(SnapshotService::exportJson(SnapshotService::demoSnapshot({2, 15, 4}))).toJson());
    f.close();
    QSignalSpy done(&m_workspace->estateImport(), &SnapshotJob::finished);
    m_window->importEstate({path});
    QVERIFY(done.wait(60000));
    QTRY_VERIFY(!m_workspace->snapshots().isLoading());
    QCOMPARE(page()->snapshotChooser()->count(), 2);
    QCOMPARE(page()->proxyModel()->rowCount(), 15);
}

QTEST_MAIN(TestVaultsWindow)
#include "tst_vaultswindow.moc"
