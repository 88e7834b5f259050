// The live scan against a stand-in for Azure on 127.0.0.1 (tests/azure/server.mjs) and, end to end,
// the test OpenID Connect server: completeness (every vault, or its subscription listed with the
// reason), the same snapshot as an import of the same estate, faults (throttling, server errors,
// lost connections, broken-off bodies, slow answers, an expired token, a forbidden subscription,
// Resource Graph refused), quota pacing, cancel, only reads on the wire, no token in any log line,
// and `vaultscope scan` with its summary, `snapshot list --json` and the report's cover.
#include "fakeazure.h"
#include "posture/posture.h"
#include "posture/ruleset.h"
#include "scansignin.h"
#include "services/auth/tokenprovider.h"
#include "services/scanjob.h"
#include "services/snapshotservice.h"
#include "store/database.h"
#include "store/snapshotstore.h"

#include <QDir>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace vaultscope;

namespace {

// Tokens "scan-token-N": the fake accepts the prefix; a refused one gets the next number.
class TestTokens : public TokenProvider
{
public:
    int issued = 1;
    void bearerToken(const QUrl &, const QString &, QObject *, Done done) override
    {
        done(QStringLiteral("scan-token-%1").arg(issued), {});
    }
    void forgetToken(const QUrl &) override { ++issued; }
};

} // namespace

class TestScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scanIsCompleteAndEqualsTheImport();
    void faultsAreRetriedOrNamed();
    void keyVaultObjectsAreReadAndRefusalsNamed();
    void hostileAnswersCostGapsNeverTokens();
    void failedStoreKeepsTheReadAsAnExport();
    void resourceGraphRefusedFallsBackToLists();
    void quotaIsPacedNotHit();
    void nothingVisibleIsStoredAsIncomplete();
    void noTokenEndsTheScanAfterStartReturns();
    void cancelStoresNothing();
    void endToEndWithSignIn();
    void commandLineSignedOutFailsAtOnce();

private:
    ScanJob::Outcome scan(TokenProvider &tokens, const FakeAzure &azure, const QStringList &subs = {},
                          Scanner::Policy policy = {}, QStringList *log = nullptr);
    QJsonObject estate(int subscriptions, int vaults, const QJsonObject &faults = {}) const;

    QTemporaryDir m_dir;
    int m_dbs = 0;
    QString m_lastDb;
    bool m_refuseSnapshots = false; // the next scan's store refuses its snapshot
};

void TestScan::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vaultscope"));
    QCoreApplication::setApplicationName(QStringLiteral("vaultscope"));
    QSettings().remove(QStringLiteral("accounts"));
    QSettings().remove(QStringLiteral("accountsActive"));
    QVERIFY(m_dir.isValid());
}

QJsonObject TestScan::estate(int subscriptions, int vaults, const QJsonObject &faults) const
{
    return {{QStringLiteral("subscriptions"), subscriptions},
            {QStringLiteral("vaults"), vaults},
            {QStringLiteral("acceptToken"), QStringLiteral("scan-token-")},
            {QStringLiteral("pageSize"), 7},
            {QStringLiteral("dataPlane"), true},
            {QStringLiteral("faults"), faults}};
}

ScanJob::Outcome TestScan::scan(TokenProvider &tokens, const FakeAzure &azure, const QStringList &subs,
                                Scanner::Policy policy, QStringList *log)
{
    m_lastDb = m_dir.filePath(QStringLiteral("scan%1.db").arg(++m_dbs));
    Database db(m_lastDb);
    QString error;
    if (!db.open(&error))
        qFatal("%s", qPrintable(error));
    if (m_refuseSnapshots &&
        !execSql(db.connection(),
                 QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON snapshots BEGIN SELECT "
                                "RAISE(ABORT, 'refused by the test'); END"),
                 &error))
        qFatal("%s", qPrintable(error));
    ScanJob job(tokens);
    job.setPolicy(policy);
    if (log)
        connect(&job, &ScanJob::logged, this, [log](const QString &line) { log->append(line); });
    QSignalSpy finished(&job, &ScanJob::finished);
    ScanJob::Request request{m_lastDb, azure.origins(), azure.tenant(), subs, QString()};
    if (!job.start(request, &error))
        qFatal("%s", qPrintable(error));
    if (!finished.wait(120000))
        qFatal("the scan did not finish");
    return finished.first().first().value<ScanJob::Outcome>();
}

void TestScan::scanIsCompleteAndEqualsTheImport()
{
    FakeAzure azure;
    QString error;
    QVERIFY2(azure.start(estate(5, 60), &error), qPrintable(error));
    TestTokens tokens;
    Scanner::Policy policy;
    policy.batchSize = 2; // three Resource Graph batches, paged by 7 below
    policy.pageSize = 7;
    const ScanJob::Outcome o = scan(tokens, azure, {}, policy);
    QVERIFY2(o.ok, qPrintable(o.error));
    QVERIFY(o.completeness.complete());
    QCOMPARE(o.completeness.requested, 5);
    QCOMPARE(o.completeness.succeeded, 5);
    QCOMPARE(o.completeness.resources, 60);

    Database db(m_lastDb);
    QVERIFY(db.open(&error));
    Snapshot scanned;
    QList<VaultRow> scannedRows;
    QVERIFY2(SnapshotStore(db).loadRows(o.snapshotId, &scanned, &scannedRows, &error), qPrintable(error));
    QCOMPARE(scanned.source, QStringLiteral("live scan"));
    QCOMPARE(scannedRows.size(), 60);
    QCOMPARE(scanned.estate.subscriptionNames.value(QStringLiteral("5ab0c0de-0000-4000-8000-000000000000")),
             QStringLiteral("Contoso-Prod-1"));
    QVERIFY(scanned.completeness.recorded);

    // Only reads on the wire, every one with a token the fake accepted.
    const QJsonObject record = azure.requests();
    QCOMPARE(record.value(QLatin1String("refusedMethods")).toArray().size(), 0);
    QCOMPARE(record.value(QLatin1String("unauthorized")).toInt(), 0);
    QCOMPARE(record.value(QLatin1String("throttled")).toInt(), 0);
    QCOMPARE(record.value(QLatin1String("graphQueries")).toInt(), 4 + 4 + 2); // 24, 24 and 12 vaults

    // The administrator's export of the same estate imports to the same snapshot.
    const QJsonObject exported = azure.exported();
    const QString graphFile = m_dir.filePath(QStringLiteral("graph.json"));
    const QString relatedFile = m_dir.filePath(QStringLiteral("related.json"));
    const QString objectsFile = m_dir.filePath(QStringLiteral("objects.json"));
    for (const auto &[file, key] : {std::pair{graphFile, "graph"}, std::pair{relatedFile, "related"},
                                    std::pair{objectsFile, "objects"}}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QJsonValue part = exported.value(QLatin1String(key));
        f.write(part.isArray() ? QJsonDocument(part.toArray()).toJson()
                               : QJsonDocument(part.toObject()).toJson());
    }
    // The Key Vaults' keys (with rotation policies), secrets and certificates were read too, as the
    // administrator's `az keyvault … show` would hand them over; never a secret's value.
    QVERIFY(record.value(QLatin1String("dataPlaneReads")).toInt() > 0);
    QCOMPARE(record.value(QLatin1String("secretValueReads")).toInt(), 0);
    Snapshot imported;
    QVERIFY2(SnapshotService::importFiles(db, {graphFile, relatedFile, objectsFile}, QString(), QString(),
                                          &imported, &error),
             qPrintable(error));
    QCOMPARE(imported.sha256, scanned.sha256);
    Snapshot header;
    QList<VaultRow> importedRows;
    QVERIFY(SnapshotStore(db).loadRows(imported.id, &header, &importedRows, &error));
    QHash<QString, QByteArray> outcomes;
    for (const VaultRow &r : std::as_const(importedRows))
        outcomes.insert(r.id, r.outcomes);
    int compliantDiagnostics = 0;
    for (const VaultRow &r : std::as_const(scannedRows)) {
        QCOMPARE(r.outcomes, outcomes.value(r.id));
        compliantDiagnostics += r.outcomes.count(OutcomeCode::Compliant);
        QVERIFY(!r.resourceGroup.isEmpty());
    }
    QVERIFY(compliantDiagnostics > 0);
}

void TestScan::keyVaultObjectsAreReadAndRefusalsNamed()
{
    // Two subscriptions, 12 vaults: Key Vaults 4, 5, a and b, Managed HSM 9. Vault 4's data plane
    // refuses (RBAC or its firewall); lists come in pages of 7.
    FakeAzure azure;
    QString error;
    QVERIFY2(azure.start(estate(2, 12, {{QStringLiteral("dataPlaneForbidden"), QJsonArray{4}}}), &error),
             qPrintable(error));
    TestTokens tokens;
    const ScanJob::Outcome o = scan(tokens, azure);
    QVERIFY2(o.ok, qPrintable(o.error));
    QVERIFY(!o.completeness.complete()); // vault 4's objects are missing, and said so
    QCOMPARE(o.completeness.relatedGaps, 1);
    const QJsonObject record = azure.requests();
    QCOMPARE(record.value(QLatin1String("secretValueReads")).toInt(), 0);
    QCOMPARE(record.value(QLatin1String("refusedMethods")).toArray().size(), 0);

    Database db(m_lastDb);
    QVERIFY(db.open(&error));
    Snapshot s;
    QList<VaultRow> rows;
    QVERIFY(SnapshotStore(db).loadRows(o.snapshotId, &s, &rows, &error));
    QHash<QString, VaultRow> byName;
    for (const VaultRow &r : std::as_const(rows))
        byName.insert(r.name, r);
    // The refused vault: no objects, the reason kept for its page.
    const VaultRow refused = byName.value(QStringLiteral("kv-000004"));
    QCOMPARE(refused.objectTally.total(), 0);
    const QString reason = s.estate.relatedGapOf(refused.id, Estate::objectsGapType());
    QVERIFY2(reason.startsWith(QStringLiteral("403 Forbidden: ")), qPrintable(reason));
    // The others: two keys (with the first one's rotation policy), two secrets, a certificate; the
    // HSM two keys.
    const VaultRow kv = byName.value(QStringLiteral("kv-000005"));
    QCOMPARE(kv.objectTally.keys, 2);
    QCOMPARE(kv.objectTally.secrets, 2);
    QCOMPARE(kv.objectTally.certificates, 1);
    QCOMPARE(byName.value(QStringLiteral("hsm-000009")).objectTally.keys, 2);
    QCOMPARE(byName.value(QStringLiteral("kv-00000a")).objectTally.total(), 5);
    // Vault 5's RSA key is 1,024 bits: "Keys using RSA cryptography should have a specified minimum
    // key size" fails for it, as of the capture.
    const int rsa = RuleSet::shipped().indexOf(QStringLiteral("82067dbb-e53b-4e06-b631-546d197452d9"));
    QVERIFY(rsa >= 0);
    QCOMPARE(kv.objectCounts.value(rsa).nonCompliant, 1);
    StoredVault stored;
    QVERIFY(SnapshotStore(db).loadVault(o.snapshotId, kv.id, &stored, &error));
    QCOMPARE(stored.rotationPolicies.size(), 1);
}

void TestScan::faultsAreRetriedOrNamed()
{
    FakeAzure azure;
    QString error;
    const QJsonObject faults{
        {QStringLiteral("serverErrors"), 3},      {QStringLiteral("throttleEvery"), 7},
        {QStringLiteral("resetEvery"), 11},       {QStringLiteral("truncateEvery"), 13},
        {QStringLiteral("slowEvery"), 29},        {QStringLiteral("slowMs"), 2500},
        {QStringLiteral("expireTokenAfter"), 25}, {QStringLiteral("forbiddenSubscriptions"), QJsonArray{1}}};
    QVERIFY2(azure.start(estate(4, 40, faults), &error), qPrintable(error));
    TestTokens tokens;
    Scanner::Policy policy;
    policy.arm.baseDelayMs = 20;
    policy.arm.maxDelayMs = 1100;
    policy.arm.timeoutMs = 1000; // the slow answers time out and are asked again
    // Resource Manager's faults alone: with the data plane's requests too, one of them can meet a
    // fault on every attempt (more so under the sanitizers), and the counts below would vary.
    policy.readObjects = false;
    QStringList log;
    const ScanJob::Outcome o = scan(tokens, azure, {}, policy, &log);
    QVERIFY2(o.ok, qPrintable(o.error));
    // Every vault is there; the forbidden subscription's related resources are gaps, named.
    QCOMPARE(o.completeness.resources, 40);
    QCOMPARE(o.completeness.succeeded, 4);
    QVERIFY(!o.completeness.complete());
    QVERIFY(tokens.issued > 1); // the expired token was replaced
    Database db(m_lastDb);
    QVERIFY(db.open(&error));
    Snapshot s;
    QList<VaultRow> rows;
    QVERIFY(SnapshotStore(db).loadRows(o.snapshotId, &s, &rows, &error));
    // Subscription 1 holds vaults 1, 5, 9 … 37: diagnostic settings of 10, proxies of its 4 RSVs.
    QCOMPARE(o.completeness.relatedGaps, 10);
    QCOMPARE(s.estate.relatedGaps.size(), 14);
    for (const QString &reason : std::as_const(s.estate.relatedGaps))
        QVERIFY2(reason.startsWith(QLatin1String("403 AuthorizationFailed")), qPrintable(reason));
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("10 vault")));

    // Exported and imported again, the partial scan stays partial, with the same results.
    Snapshot whole;
    QVERIFY(SnapshotStore(db).load(o.snapshotId, &whole, &error));
    const QString file = m_dir.filePath(QStringLiteral("partial.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(SnapshotService::exportJson(whole)).toJson());
    out.close();
    Snapshot again;
    QVERIFY2(SnapshotService::importFiles(db, {file}, QString(), QString(), &again, &error),
             qPrintable(error));
    QVERIFY(again.completeness.recorded);
    QVERIFY(!again.completeness.complete());
    QCOMPARE(again.completeness.relatedGaps, 10);
    QCOMPARE(again.sha256, s.sha256);
    Snapshot againHeader;
    QList<VaultRow> againRows;
    QVERIFY(SnapshotStore(db).loadRows(again.id, &againHeader, &againRows, &error));
    QCOMPARE(againHeader.estate.relatedGaps.size(), 14);
    QHash<QString, QByteArray> before;
    for (const VaultRow &r : std::as_const(rows))
        before.insert(r.id, r.outcomes);
    for (const VaultRow &r : std::as_const(againRows))
        QCOMPARE(r.outcomes, before.value(r.id));
    const QJsonObject record = azure.requests();
    QVERIFY(record.value(QLatin1String("throttled")).toInt() > 0);
    QVERIFY(record.value(QLatin1String("unauthorized")).toInt() > 0);
    QCOMPARE(record.value(QLatin1String("refusedMethods")).toArray().size(), 0);
}

void TestScan::hostileAnswersCostGapsNeverTokens()
{
    // Another origin on this machine, as an attacker's host would be: it must see no connection.
    QTcpServer foreign;
    QVERIFY(foreign.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&foreign, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = foreign.nextPendingConnection()) {
            ++connections;
            s->abort();
        }
    });
    const QString foreignOrigin = QStringLiteral("http://127.0.0.1:%1").arg(foreign.serverPort());
    FakeAzure azure;
    QString error;
    QJsonObject config = estate(2, 40);
    config.insert(QStringLiteral("hostile"), QJsonObject{{QStringLiteral("foreign"), foreignOrigin}});
    QVERIFY2(azure.start(config, &error), qPrintable(error));
    TestTokens tokens;
    QStringList log;
    const ScanJob::Outcome o = scan(tokens, azure, {}, {}, &log); // ends on its own (bounded wait)
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(connections, 0);
    QVERIFY(!o.completeness.complete());
    QCOMPARE(o.completeness.skipped, 2);
    QCOMPARE(o.completeness.resources, 40);
    QVERIFY2(o.completeness.summary().contains(QStringLiteral("2 items of odd shape skipped")),
             qPrintable(o.completeness.summary()));

    // Each hostile answer is its vault's gap, with the reason.
    Database db(m_lastDb);
    QVERIFY(db.open(&error));
    Snapshot s;
    QVERIFY2(SnapshotStore(db).load(o.snapshotId, &s, &error), qPrintable(error));
    const QJsonObject vaults = azure.info().value(QLatin1String("hostileVaults")).toObject();
    const QString diagnostics = QStringLiteral("microsoft.insights/diagnosticsettings");
    const struct
    {
        const char *vault;
        QString type;
        QString reason;
    } expected[] = {
        {"nextLink", diagnostics, QStringLiteral("refused: the answer names ") + foreignOrigin},
        {"redirect", diagnostics, QStringLiteral("redirected to ") + foreignOrigin},
        {"loop", QStringLiteral("microsoft.recoveryservices/vaults/backupresourceguardproxies"),
         QStringLiteral("repeats a page already read")},
        {"untyped", diagnostics, QStringLiteral("has no string id and type")},
        {"relative", diagnostics, QStringLiteral("not a path from the root")},
        {"vaultUri", Estate::objectsGapType(),
         QStringLiteral("refused: the answer names %1, not a Key Vault host").arg(foreignOrigin)},
        {"keysNextLink", Estate::objectsGapType(),
         QStringLiteral("refused: the answer names ") + foreignOrigin},
    };
    for (const auto &e : expected) {
        const QString id = vaults.value(QLatin1String(e.vault)).toString();
        QVERIFY2(!id.isEmpty(), e.vault);
        const QString gap = s.estate.relatedGapOf(id, e.type);
        QVERIFY2(gap.contains(e.reason),
                 qPrintable(QStringLiteral("%1: '%2'").arg(QLatin1String(e.vault), gap)));
    }
    // The rest of the scan is whole: the vaults without a hostile answer have no gap.
    QCOMPARE(o.completeness.relatedGaps, int(std::size(expected)));
    QVERIFY(log.filter(QStringLiteral("Skipped an item")).size() == 2);
    // No token went anywhere but the stand-in, and nothing but reads.
    const QJsonObject record = azure.requests();
    QCOMPARE(record.value(QLatin1String("refusedMethods")).toArray().size(), 0);
}

void TestScan::failedStoreKeepsTheReadAsAnExport()
{
    FakeAzure azure;
    QString error;
    QVERIFY2(azure.start(estate(2, 12), &error), qPrintable(error));
    TestTokens tokens;
    // The store refuses the snapshot (as a full disk or a constraint would), after the whole read.
    m_refuseSnapshots = true;
    const ScanJob::Outcome o = scan(tokens, azure);
    m_refuseSnapshots = false;
    QVERIFY(!o.ok);
    static const QRegularExpression keptFile(
        QStringLiteral("kept in (\\S+unsaved-scan-\\d{8}-\\d{6}\\.json)"));
    const QRegularExpressionMatch kept = keptFile.match(o.error);
    QVERIFY2(kept.hasMatch(), qPrintable(o.error));
    QVERIFY2(o.error.contains(QStringLiteral("refused by the test")), qPrintable(o.error));
    // What it names is what `snapshot import` takes: the same vaults and the scan's completeness.
    Database other(m_dir.filePath(QStringLiteral("kept.db")));
    QVERIFY(other.open(&error));
    Snapshot imported;
    QVERIFY2(SnapshotService::importFiles(other, {kept.captured(1)}, QString(), QString(), &imported, &error),
             qPrintable(error));
    QCOMPARE(imported.estate.vaults.size(), 12);
    QVERIFY(imported.completeness.recorded);
    QVERIFY(QFile::remove(kept.captured(1)));
}

void TestScan::resourceGraphRefusedFallsBackToLists()
{
    FakeAzure azure;
    QString error;
    QVERIFY2(azure.start(estate(4, 40,
                                {{QStringLiteral("graphForbidden"), true},
                                 {QStringLiteral("forbiddenSubscriptions"), QJsonArray{2}},
                                 {QStringLiteral("hiddenSubscriptions"), QJsonArray{3}}}),
                         &error),
             qPrintable(error));
    TestTokens tokens;
    QStringList log;
    const QStringList subs{QStringLiteral("5ab0c0de-0000-4000-8000-000000000000"),
                           QStringLiteral("5AB0C0DE-0000-4000-8000-000000000001"), // case does not matter
                           QStringLiteral("5ab0c0de-0000-4000-8000-000000000002"),
                           QStringLiteral("5ab0c0de-0000-4000-8000-000000000003")};
    const ScanJob::Outcome o = scan(tokens, azure, subs, {}, &log);
    QVERIFY2(o.ok, qPrintable(o.error));
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("Resource Graph refused")));
    QCOMPARE(o.completeness.requested, 4);
    QCOMPARE(o.completeness.succeeded, 2);
    QCOMPARE(o.completeness.resources, 20); // subscriptions 0 and 1
    QCOMPARE(o.completeness.failed.size(), 2);
    QHash<QString, Completeness::Failure> failed;
    for (const Completeness::Failure &f : o.completeness.failed)
        failed.insert(f.id, f);
    const Completeness::Failure forbidden =
        failed.value(QStringLiteral("5ab0c0de-0000-4000-8000-000000000002"));
    QCOMPARE(forbidden.name, QStringLiteral("Contoso-Prod-3"));
    QVERIFY2(forbidden.reason.startsWith(QLatin1String("403 AuthorizationFailed")),
             qPrintable(forbidden.reason));
    QVERIFY(failed.value(QStringLiteral("5ab0c0de-0000-4000-8000-000000000003"))
                .reason.contains(QLatin1String("not visible")));
    QVERIFY(o.completeness.notes.join(QString()).contains(QLatin1String("Resource Graph")));
    QVERIFY(o.completeness.summary().startsWith(QLatin1String("2 of 4 subscriptions, 20 vaults: 2 failed")));
}

void TestScan::quotaIsPacedNotHit()
{
    FakeAzure azure;
    QString error;
    QJsonObject config = estate(12, 60);
    config.insert(QStringLiteral("graphQuota"), 3);
    config.insert(QStringLiteral("graphWindowMs"), 1500);
    config.insert(QStringLiteral("armBucket"), 8);
    config.insert(QStringLiteral("armRefillPerSec"), 25);
    QVERIFY2(azure.start(config, &error), qPrintable(error));
    TestTokens tokens;
    Scanner::Policy policy;
    policy.batchSize = 2;
    policy.pageSize = 4;
    policy.arm.armReadsLowWater = 4;
    const ScanJob::Outcome o = scan(tokens, azure, {}, policy);
    QVERIFY2(o.ok, qPrintable(o.error));
    QVERIFY(o.completeness.complete());
    const QJsonObject record = azure.requests();
    QVERIFY(record.value(QLatin1String("graphQueries")).toInt() > 6); // more than two windows' worth
    QCOMPARE(record.value(QLatin1String("throttled")).toInt(), 0);
}

void TestScan::nothingVisibleIsStoredAsIncomplete()
{
    FakeAzure azure;
    QString error;
    QVERIFY2(azure.start(estate(2, 4), &error), qPrintable(error));
    TestTokens tokens;
    const ScanJob::Outcome o = scan(tokens, azure, {QStringLiteral("00000000-0000-0000-0000-00000000dead")});
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.completeness.resources, 0);
    QCOMPARE(o.completeness.requested, 1);
    QCOMPARE(o.completeness.failed.size(), 1);
    QVERIFY(!o.completeness.complete());
    Database db(m_lastDb);
    QVERIFY(db.open(&error));
    QList<SnapshotSummary> all;
    QVERIFY(SnapshotStore(db).list(&all, &error));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().vaultCount, 0);
    QVERIFY(!all.first().completeness.complete());
}

void TestScan::noTokenEndsTheScanAfterStartReturns()
{
    // A provider that refuses at once (a sign-in gone from the keychain): the job still ends through
    // the event loop, so that a caller waiting for `finished` never waits for a signal already gone.
    struct NoTokens : TokenProvider
    {
        void bearerToken(const QUrl &, const QString &, QObject *, Done done) override
        {
            done({}, QStringLiteral(
                         "The sign-in of auditor@contoso.example is no longer available: sign in again."));
        }
        void forgetToken(const QUrl &) override {}
    } tokens;
    ScanJob job(tokens);
    QSignalSpy finished(&job, &ScanJob::finished);
    QString error;
    QVERIFY(job.start({m_dir.filePath(QStringLiteral("none.db")),
                       FakeAzure::originsAt(QUrl(QStringLiteral("http://127.0.0.1:9/"))),
                       QStringLiteral("t"),
                       {},
                       QString()},
                      &error));
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(10000));
    const ScanJob::Outcome o = finished.first().first().value<ScanJob::Outcome>();
    QVERIFY(!o.ok);
    QVERIFY(!o.cancelled);
    QVERIFY2(o.error.contains(QLatin1String("sign in again")), qPrintable(o.error));
    QVERIFY(!job.isRunning());
    // A Resource Manager URL that a token may not go to is refused before anything starts.
    for (const char *arm : {"http://management.example.test/", "http://127.0.0.1:9/"}) {
        CloudOrigins origins = FakeAzure::originsAt(QUrl(QLatin1String(arm)));
        origins.allowHttpLoopback = false;
        QVERIFY(!job.start(
            {m_dir.filePath(QStringLiteral("none.db")), origins, QStringLiteral("t"), {}, QString()},
            &error));
        QVERIFY2(error.contains(QLatin1String("https is required")), qPrintable(error));
        QVERIFY(!job.isRunning());
    }
}

void TestScan::cancelStoresNothing()
{
    FakeAzure azure;
    QString error;
    QJsonObject config = estate(4, 200);
    config.insert(QStringLiteral("latencyMs"), 100);
    QVERIFY2(azure.start(config, &error), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("cancel.db"));
    Database db(path);
    QVERIFY(db.open(&error));
    TestTokens tokens;
    ScanJob job(tokens);
    QSignalSpy finished(&job, &ScanJob::finished);
    connect(&job, &ScanJob::progressed, &job, [&job](const ScanProgress &p) {
        if (p.relatedDone > 10)
            job.cancel();
    });
    QVERIFY(job.start({path, azure.origins(), azure.tenant(), {}, QString()}, &error));
    QVERIFY(finished.wait(60000));
    const ScanJob::Outcome o = finished.first().first().value<ScanJob::Outcome>();
    QVERIFY(!o.ok);
    QVERIFY(o.cancelled);
    QVERIFY(o.error.contains(QLatin1String("nothing was stored")));
    QList<SnapshotSummary> all;
    QVERIFY(SnapshotStore(db).list(&all, &error));
    QCOMPARE(all.size(), 0);
    QVERIFY(!job.isRunning());
}

void TestScan::endToEndWithSignIn()
{
    FakeAzure azure;
    QString error;
    QJsonObject config = estate(3, 24, {{QStringLiteral("expireTokenAfter"), 20}});
    config.remove(QStringLiteral("acceptToken"));
    QVERIFY2(azure.start(config, &error), qPrintable(error));
    OidcServer oidc;
    QVERIFY2(oidc.start(&error, azure.url().toString() + QStringLiteral(".default")), qPrintable(error));
    azure.setOidc(oidc.host());

    // Signed in, the account stays in the settings and the keychain for the command line below.
    {
        AuthService auth;
        QVERIFY(signInForScan(auth, oidc, azure.url()));
    }

    // The command line scans with the active account; every log line is collected.
    const QString db = m_dir.filePath(QStringLiteral("e2e.db"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vaultscope.*=true"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(VAULTSCOPE_BINARY),
              {QStringLiteral("scan"), QStringLiteral("--all"), QStringLiteral("--json-progress"),
               QStringLiteral("--name"), QStringLiteral("Estate at year end"), QStringLiteral("--db"), db});
    QVERIFY(cli.waitForFinished(120000));
    const QByteArray err = cli.readAllStandardError();
    const QByteArray out = cli.readAllStandardOutput();
    QVERIFY2(cli.exitCode() == 0, QByteArray(err.right(1000) + out.right(1500)).constData());
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QVERIFY2(lines.size() > 1, err.constData());
    for (const QByteArray &line : lines)
        QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
    const QJsonObject summary = QJsonDocument::fromJson(lines.constLast()).object();
    QVERIFY(summary.value(QLatin1String("complete")).toBool());
    QCOMPARE(summary.value(QLatin1String("resources")).toInt(), 24);
    QCOMPARE(summary.value(QLatin1String("subscriptions"))[QLatin1String("ok")].toInt(), 3);
    QCOMPARE(summary.value(QLatin1String("subscriptions"))[QLatin1String("failed")].toArray().size(), 0);
    const qint64 id = summary.value(QLatin1String("snapshot")).toInteger();
    QVERIFY(id > 0);
    // The fake refused an expired token once; a fresh one was fetched from the provider.
    const QJsonObject record = azure.requests();
    QVERIFY(record.value(QLatin1String("unauthorized")).toInt() > 0);
    QVERIFY(record.value(QLatin1String("tokensSeen")).toInt() >= 2);
    QCOMPARE(record.value(QLatin1String("refusedMethods")).toArray().size(), 0);
    // No bearer token or JWT in anything it logged.
    QVERIFY(!err.contains("Bearer ey"));
    QVERIFY(!err.contains("eyJ"));
    QVERIFY(err.contains("scan read"));

    // snapshot list --json shows the completeness; the report's cover states it.
    QProcess list;
    list.start(QStringLiteral(VAULTSCOPE_BINARY), {QStringLiteral("snapshot"), QStringLiteral("list"),
                                                   QStringLiteral("--json"), QStringLiteral("--db"), db});
    QVERIFY(list.waitForFinished(60000));
    const QJsonArray all = QJsonDocument::fromJson(list.readAllStandardOutput()).array();
    QCOMPARE(all.size(), 1);
    const QJsonObject completeness = all.first()[QLatin1String("completeness")].toObject();
    QCOMPARE(completeness.value(QLatin1String("complete")).toBool(), true);
    QCOMPARE(completeness.value(QLatin1String("subscriptions"))[QLatin1String("requested")].toInt(), 3);
    const QString pdf = m_dir.filePath(QStringLiteral("e2e.pdf"));
    QProcess report;
    report.start(QStringLiteral(VAULTSCOPE_BINARY),
                 {QStringLiteral("report"), QStringLiteral("--snapshot"), QString::number(id),
                  QStringLiteral("--pdf"), pdf, QStringLiteral("--db"), db});
    QVERIFY(report.waitForFinished(120000));
    QCOMPARE(report.exitCode(), 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-l"), QStringLiteral("2"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString cover = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(cover.contains(QLatin1String("3 of 3 subscriptions, 24 vaults")), qPrintable(cover));
    QVERIFY(cover.contains(QLatin1String("Estate at year end")));
}

void TestScan::commandLineSignedOutFailsAtOnce()
{
    QSettings().remove(QStringLiteral("accounts"));
    QSettings().remove(QStringLiteral("accountsActive"));
    QSettings().sync();
    QProcess cli;
    cli.start(QStringLiteral(VAULTSCOPE_BINARY),
              {QStringLiteral("scan"), QStringLiteral("--all"), QStringLiteral("--db"),
               m_dir.filePath(QStringLiteral("out.db"))});
    QVERIFY(cli.waitForFinished(20000));
    QVERIFY(cli.exitCode() != 0);
    QVERIFY(cli.readAllStandardError().contains("vaultscope login"));
    QProcess both;
    both.start(QStringLiteral(VAULTSCOPE_BINARY), {QStringLiteral("scan"), QStringLiteral("--all"),
                                                   QStringLiteral("--subscriptions"), QStringLiteral("x")});
    QVERIFY(both.waitForFinished(20000));
    QCOMPARE(both.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestScan)
#include "tst_scan.moc"
