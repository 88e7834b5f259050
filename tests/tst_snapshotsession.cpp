// The snapshot session without a window: snapshots imported while it is open join the list and the
// trend of their own tenant only; switching and deleting keep the trend right; the item models the
// pages show stay consistent (QAbstractItemModelTester) through a switch and a filter change.
#include "itemmodels/reviewitemmodel.h"
#include "itemmodels/vaultfilterproxymodel.h"
#include "itemmodels/vaulttablemodel.h"
#include "services/backupservice.h"
#include "services/catalogueimporter.h"
#include "services/reviewservice.h"
#include "services/snapshotjob.h"
#include "services/snapshotservice.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vaultscope;

class TestSnapshotSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trendFollowsTheTenantsSnapshots();
    void modelsStayConsistentThroughSwitchAndFilter();
    void restoredBackupIsReadAgain();

private:
    // Imports an export of a small demo estate as the given tenant and capture time, through the
    // same job the window uses, and waits until the session shows it.
    qint64 importAs(const QString &tenant, const QString &capturedAt, quint32 seed);
    void settle();
    QList<qint64> trendIds() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
};

void TestSnapshotSession::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("s.db")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY2(importBundledBaselines(*m_db, &error), qPrintable(error));
    m_workspace = std::make_unique<Workspace>(*m_db);
    QVERIFY(m_workspace->load());
    settle();
    QCOMPARE(m_workspace->snapshots().currentId(), 0);
    QVERIFY(m_workspace->snapshots().trend().isEmpty());
}

void TestSnapshotSession::settle()
{
    const SnapshotSession &s = m_workspace->snapshots();
    QTRY_VERIFY_WITH_TIMEOUT(!s.isLoading() && !s.isTrendPending() && !m_workspace->reviews().isRefreshing(),
                             60000);
}

QList<qint64> TestSnapshotSession::trendIds() const
{
    QList<qint64> ids;
    for (const TrendPoint &p : m_workspace->snapshots().trend())
        ids.append(p.id);
    return ids;
}

qint64 TestSnapshotSession::importAs(const QString &tenant, const QString &capturedAt, quint32 seed)
{
    QJsonObject json = SnapshotService::exportJson(SnapshotService::demoSnapshot({2, 20, seed}));
    QJsonObject scope = json.value(QLatin1String("scope")).toObject();
    scope.insert(QStringLiteral("tenant"), tenant);
    json.insert(QStringLiteral("scope"), scope);
    json.insert(QStringLiteral("capturedAt"), capturedAt);
    const QString path = m_dir.filePath(QStringLiteral("estate-%1.json").arg(seed));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0)
        return 0;
    file.close();
    QSignalSpy done(&m_workspace->estateImport(), &SnapshotJob::finished);
    m_workspace->estateImport().importFiles(m_db->path(), {path});
    if (!done.wait(60000))
        return 0;
    settle();
    return m_workspace->snapshots().currentId();
}

void TestSnapshotSession::trendFollowsTheTenantsSnapshots()
{
    SnapshotSession &session = m_workspace->snapshots();
    const qint64 a = importAs(QStringLiteral("tenant-one"), QStringLiteral("2026-01-10T08:00:00Z"), 1);
    QVERIFY(a > 0);
    QCOMPARE(trendIds(), QList<qint64>{a});

    // B of the same tenant joins the chooser and the trend without a restart; A stays once.
    const qint64 b = importAs(QStringLiteral("tenant-one"), QStringLiteral("2026-02-10T08:00:00Z"), 2);
    QVERIFY(b > a);
    QCOMPARE(session.snapshots().size(), 2);
    QCOMPARE(trendIds(), (QList<qint64>{a, b}));

    // C of another tenant: its trend is its own.
    const qint64 c = importAs(QStringLiteral("tenant-two"), QStringLiteral("2026-03-10T08:00:00Z"), 3);
    QVERIFY(c > b);
    QCOMPARE(trendIds(), QList<qint64>{c});

    // Back to B: A and B once each, never C; then C again shows only C's history.
    session.open(b);
    settle();
    QCOMPARE(trendIds(), (QList<qint64>{a, b}));
    session.open(c);
    settle();
    QCOMPARE(trendIds(), QList<qint64>{c});

    // Viewing A, B is deleted: its point goes.
    session.open(a);
    settle();
    QCOMPARE(trendIds(), (QList<qint64>{a, b}));
    QString error;
    QVERIFY2(session.remove(b, &error), qPrintable(error));
    settle();
    QCOMPARE(session.currentId(), a);
    QCOMPARE(trendIds(), QList<qint64>{a});
    QCOMPARE(session.snapshots().size(), 2);

    // The trend scores are the posture of each snapshot under the filter.
    QCOMPARE(session.trend().constFirst().score, session.view().overall.score());
}

void TestSnapshotSession::modelsStayConsistentThroughSwitchAndFilter()
{
    SnapshotSession &session = m_workspace->snapshots();
    ReviewService &reviews = m_workspace->reviews();
    ReviewItemModel items;
    ReviewItemFilterModel itemsProxy;
    itemsProxy.setSourceModel(&items);
    connect(&reviews, &ReviewService::overviewChanged, &items,
            [&] { items.setItems(reviews.overview().open); });
    // Kept alive for the whole test, across every change.
    QAbstractItemModelTester vaultTester(session.vaultModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(session.filteredVaults(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester itemTester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester itemProxyTester(&itemsProxy,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.filteredVaults()->sort(VaultTableModel::FailingColumn, Qt::DescendingOrder);

    const QList<SnapshotSummary> all = session.snapshots();
    QVERIFY(all.size() >= 2);
    session.open(all.constLast().id);
    settle();
    reviews.refreshNow();
    settle();
    const int everyVault = session.filteredVaults()->rowCount();
    QCOMPARE(everyVault, session.vaultModel()->rowCount());
    QVERIFY(items.rowCount() > 0);

    // A filter narrows the proxy to the posture view's vaults; clearing it brings them all back.
    PostureFilter filter;
    filter.results = {OutcomeCode::NonCompliant};
    filter.subscriptions = {session.view().subscriptions.constFirst().key};
    QSignalSpy changed(&session, &SnapshotSession::filterChanged);
    session.setFilter(filter);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(session.filteredVaults()->rowCount(), int(session.view().vaults.size()));
    QVERIFY(session.filteredVaults()->rowCount() < everyVault);
    for (int r = 0; r < session.filteredVaults()->rowCount(); ++r) {
        const QString id =
            session.filteredVaults()->index(r, 0).data(VaultTableModel::VaultIdRole).toString();
        QVERIFY(id.contains(*filter.subscriptions.cbegin(), Qt::CaseInsensitive));
    }

    // A switch clears the filter and swaps the rows; the review items follow.
    session.open(all.constFirst().id);
    settle();
    reviews.refreshNow();
    settle();
    QVERIFY(session.filter().isEmpty());
    QCOMPARE(session.filteredVaults()->rowCount(), session.vaultModel()->rowCount());
    itemsProxy.setScope(ReviewItem::Finding, QString());
    QVERIFY(itemsProxy.rowCount() > 0);
}

// A restored backup replaces the store under the session: the list, the current snapshot and the
// trend are read again from it, not kept from the store that was replaced.
void TestSnapshotSession::restoredBackupIsReadAgain()
{
    SnapshotSession &session = m_workspace->snapshots();
    const QList<SnapshotSummary> before = session.snapshots();
    QVERIFY(before.size() >= 2);
    BackupInfo backup;
    QString error;
    QVERIFY2(Backups::create(*m_db, &backup, &error), qPrintable(error));
    session.open(before.constLast().id);
    settle();
    QVERIFY2(session.remove(before.constLast().id, &error), qPrintable(error));
    settle();
    QCOMPARE(session.snapshots().size(), before.size() - 1);

    QSignalSpy failed(&m_workspace->backups(), &BackupService::failed);
    QVERIFY2(m_workspace->backups().restore(backup.path, &error), qPrintable(error));
    settle();
    QCOMPARE(session.snapshots().size(), before.size());
    QVERIFY(session.currentId() > 0);
    const auto current = std::find_if(session.snapshots().cbegin(), session.snapshots().cend(),
                                      [&](const SnapshotSummary &s) { return s.id == session.currentId(); });
    QVERIFY(current != session.snapshots().cend());
    QCOMPARE(session.vaultModel()->rowCount(), current->vaultCount);
    QVERIFY(!session.trend().isEmpty());
    QVERIFY(failed.isEmpty());
}

QTEST_MAIN(TestSnapshotSession)
#include "tst_snapshotsession.moc"
