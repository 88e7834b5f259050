// Snapshots: the demo generator, evaluation, the store (all or nothing), export and re-import.
#include "posture/dataplane.h"
#include "posture/demoestate.h"
#include "posture/posture.h"
#include "posture/postureview.h"
#include "posture/ruleset.h"
#include "services/snapshotservice.h"
#include "store/database.h"
#include "store/snapshotstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vaultscope;

class TestSnapshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoIsDeterministicAndRealistic();
    void shippedRulesAndControlMapping();
    void storeRoundTrip();
    void exportReimportKeepsTheHash();
    void badExportsStoreNothing_data();
    void badExportsStoreNothing();
    void oddItemsCostOnlyThemselves();
    void postureCounts();
    void cancelledImportStoresNothing();
    void objectsAreStoredEvaluatedAndCounted();
};

void TestSnapshots::demoIsDeterministicAndRealistic()
{
    const Estate a = generateDemoEstate({5, 300, 7});
    const Estate b = generateDemoEstate({5, 300, 7});
    const Estate c = generateDemoEstate({5, 300, 8});
    QCOMPARE(a.vaults.size(), 300);
    QCOMPARE(Snapshot::hashOf(a), Snapshot::hashOf(b));
    QVERIFY(Snapshot::hashOf(a) != Snapshot::hashOf(c));
    QCOMPARE(a.subscriptionNames.size(), 5);
    QSet<QString> types, regions, groups;
    int withoutProperties = 0;
    for (const QJsonObject &v : a.vaults) {
        types.insert(v.value(QLatin1String("type")).toString());
        regions.insert(v.value(QLatin1String("location")).toString());
        groups.insert(Estate::resourceGroupOf(v.value(QLatin1String("id")).toString()));
        withoutProperties += !v.contains(QLatin1String("properties"));
        QVERIFY(Estate::isVaultType(v.value(QLatin1String("type")).toString()));
    }
    QVERIFY(types.size() >= 3);
    QVERIFY(regions.size() >= 5);
    QVERIFY(groups.size() >= 5);
    QVERIFY(!a.related.isEmpty());
    // A believable mix: every definition family has both passing and failing vaults.
    Snapshot s;
    s.estate = a;
    QVERIFY(s.evaluate(RuleSet::shipped()));
    PostureCounts counts;
    for (const QByteArray &codes : std::as_const(s.outcomes)) {
        for (char code : codes)
            counts.add(code);
    }
    QVERIFY(counts.compliant > 200);
    QVERIFY(counts.nonCompliant > 200);
    QVERIFY(counts.unknown > 0 || withoutProperties == 0);
}

void TestSnapshots::shippedRulesAndControlMapping()
{
    const RuleSet &rules = RuleSet::shipped();
    // 23 for the vaults, 27 of the 29 data-plane ones (the two that name an organization's own
    // certificate authority have nothing to default to).
    QCOMPARE(rules.definitions.size(), 50);
    QCOMPARE(std::count_if(rules.definitions.cbegin(), rules.definitions.cend(),
                           [](const auto &d) { return d.dataPlane; }),
             27);
    QVERIFY2(rules.refused.isEmpty(), qPrintable(rules.refused.join(QLatin1Char('\n'))));
    // parameters/dataplane.json: the benchmark initiative's values where it assigns one.
    const int rotation = rules.indexOf(QStringLiteral("d8cf8476-a2ec-4916-896e-992351803c44"));
    QVERIFY(rotation >= 0);
    QCOMPARE(rules.definitions.at(rotation).parameters.value(QLatin1String("maximumDaysToRotate")).toInt(),
             30);
    const int firewall = rules.indexOf(QStringLiteral("55615ac9-af46-4a59-874e-391cc3dfb490"));
    QVERIFY(firewall >= 0);
    QCOMPARE(rules.controlsOf(rules.definitions.at(firewall)),
             (QStringList{QStringLiteral("NS-2"), QStringLiteral("DP-8")}));
    int mapped = 0;
    for (const auto &d : rules.definitions)
        mapped += !rules.controlsOf(d).isEmpty();
    QCOMPARE(mapped, 23); // 13 vault definitions, 10 data-plane ones (DP-6, DP-7)
}

void TestSnapshots::storeRoundTrip()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("s.db")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    Snapshot created;
    QVERIFY2(SnapshotService::createDemo(db, {3, 60, 11}, &created, &error), qPrintable(error));
    QVERIFY(created.id > 0);
    SnapshotStore store(db);
    Snapshot loaded;
    QVERIFY2(store.load(created.id, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.estate.vaults.size(), 60);
    QCOMPARE(loaded.outcomes, created.outcomes);
    QCOMPARE(loaded.sha256, created.sha256);
    QCOMPARE(Snapshot::hashOf(loaded.estate), created.sha256);
    QCOMPARE(loaded.definitions.size(), 50);
    QCOMPARE(loaded.estate.subscriptionNames, created.estate.subscriptionNames);
    QVERIFY(
        loaded.estate.relatedTypesCaptured.contains(QStringLiteral("microsoft.insights/diagnosticsettings")));

    Snapshot header;
    QList<VaultRow> rows;
    QVERIFY(store.loadRows(created.id, &header, &rows, &error));
    QCOMPARE(rows.size(), 60);
    QCOMPARE(rows.at(5).outcomes, created.outcomes.at(5));
    StoredVault stored;
    QVERIFY(store.loadVault(created.id, rows.at(5).id, &stored, &error));
    QCOMPARE(stored.vault, created.estate.vaults.at(5));

    QVERIFY(store.rename(created.id, QStringLiteral("Quarterly audit"), &error));
    QList<SnapshotSummary> list;
    QVERIFY(store.list(&list, &error));
    QCOMPARE(list.value(0).name, QStringLiteral("Quarterly audit"));
    QVERIFY(store.remove(created.id, &error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM snapshot_resources")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestSnapshots::exportReimportKeepsTheHash()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("s.db")));
    QString error;
    QVERIFY(db.open(&error));
    Snapshot original;
    QVERIFY(SnapshotService::createDemo(db, {4, 80, 3}, &original, &error));
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(SnapshotService::exportJson(original)).toJson());
    f.close();
    Snapshot again;
    QVERIFY2(SnapshotService::importFiles(db, {path}, QString(), QString(), &again, &error),
             qPrintable(error));
    QCOMPARE(again.sha256, original.sha256);
    QCOMPARE(again.outcomes, original.outcomes);
    QCOMPARE(again.capturedAt, original.capturedAt.toUTC());
    QCOMPARE(again.estate.subscriptionNames, original.estate.subscriptionNames);
}

void TestSnapshots::badExportsStoreNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed JSON") << QByteArray("{\n \"value\": [\n  {\"id\": \"/x\",,}\n]}")
                                    << ":3: invalid JSON";
    QTest::newRow("no resources") << QByteArray(R"({"hello": "world"})") << "no resources found";
    QTest::newRow("item without id") << QByteArray(R"({"value": [{"name": "x"}]})")
                                     << "item 0 is not a resource";
    QTest::newRow("table format") << QByteArray(R"({"data": {"columns": [], "rows": []}})") << "table format";
    QTest::newRow("only other types")
        << QByteArray(
               R"({"value": [{"id": "/subscriptions/1/resourceGroups/r/providers/Microsoft.Compute/disks/d", "type": "Microsoft.Compute/disks"}]})")
        << "no Recovery Services vaults";
}

void TestSnapshots::badExportsStoreNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("s.db")));
    QString error;
    QVERIFY(db.open(&error));
    const QString good = dir.filePath(QStringLiteral("good.json"));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(QJsonDocument(SnapshotService::exportJson(SnapshotService::demoSnapshot({1, 5, 1}))).toJson());
    g.close();
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(json);
    b.close();
    Snapshot s;
    // A good page and a bad one: the whole import is refused.
    const bool alone = qstrcmp(QTest::currentDataTag(), "only other types") == 0;
    const QStringList files = alone ? QStringList{bad} : QStringList{good, bad};
    QVERIFY(!SnapshotService::importFiles(db, files, QString(), QString(), &s, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("bad.json")), qPrintable(error));
    QList<SnapshotSummary> list;
    QVERIFY(SnapshotStore(db).list(&list, &error));
    QVERIFY(list.isEmpty());
}

void TestSnapshots::oddItemsCostOnlyThemselves()
{
    // An export whose items include one without a type and one that is not an object: the rest is
    // imported, the two are named, nothing fails in the store.
    QJsonObject exported = SnapshotService::exportJson(SnapshotService::demoSnapshot({1, 5, 1}));
    QJsonArray resources = exported.value(QLatin1String("resources")).toArray();
    const int vaults = 5;
    resources.insert(1, QJsonObject{{QStringLiteral("id"), QStringLiteral("/subscriptions/x/providers/y/z")},
                                    {QStringLiteral("name"), QStringLiteral("untyped")}});
    resources.insert(3, 42);
    exported.insert(QStringLiteral("resources"), resources);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(exported).toJson());
    file.close();
    Database db(dir.filePath(QStringLiteral("s.db")));
    QString error;
    QVERIFY(db.open(&error));
    Snapshot s;
    QVERIFY2(SnapshotService::importFiles(db, {path}, QString(), QString(), &s, &error), qPrintable(error));
    QCOMPARE(s.estate.vaults.size(), vaults);
    QCOMPARE(s.estate.skipped.size(), 2);
    QVERIFY2(s.estate.skipped.first().contains(QStringLiteral("odd.json: item 1 is not a resource")),
             qPrintable(s.estate.skipped.first()));
    QVERIFY(s.id > 0);
}

void TestSnapshots::postureCounts()
{
    Snapshot header;
    header.definitions = {
        {QStringLiteral("a"),
         QStringLiteral("A"),
         QStringLiteral("1"),
         QStringLiteral("Audit"),
         {QStringLiteral("NS-2")}},
        {QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("1"), QStringLiteral("Audit"), {}}};
    header.estate.subscriptionNames.insert(QStringLiteral("s1"), QStringLiteral("Prod"));
    QList<VaultRow> rows{{0,
                          QStringLiteral("v1"),
                          QStringLiteral("v1"),
                          QStringLiteral("t"),
                          QStringLiteral("s1"),
                          {},
                          {},
                          "CN",
                          {},
                          {}},
                         {1,
                          QStringLiteral("v2"),
                          QStringLiteral("v2"),
                          QStringLiteral("t"),
                          QStringLiteral("s1"),
                          {},
                          {},
                          "U-",
                          {},
                          {}}};
    const QJsonObject p = SnapshotService::postureJson(header, rows);
    const QJsonObject counts = p.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("compliant")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("noncompliant")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("unknown")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("notapplicable")).toInt(), 1);
    // Unknown never counts as compliant: 1 of 3.
    QCOMPARE(p.value(QLatin1String("score")).toDouble(), 33.3);
    const QJsonObject ns2 = p.value(QLatin1String("controls")).toArray().at(0).toObject();
    QCOMPARE(ns2.value(QLatin1String("id")).toString(), QStringLiteral("NS-2"));
    QCOMPARE(ns2.value(QLatin1String("unknown")).toInt(), 1);
    QCOMPARE(p.value(QLatin1String("subscriptions")).toArray().at(0)[QLatin1String("displayName")].toString(),
             QStringLiteral("Prod"));
}

void TestSnapshots::cancelledImportStoresNothing()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("s.db")));
    QString error;
    QVERIFY(db.open(&error));
    const QString path = dir.filePath(QStringLiteral("e.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(SnapshotService::exportJson(SnapshotService::demoSnapshot({2, 50, 1}))).toJson());
    f.close();
    Snapshot s;
    QVERIFY(!SnapshotService::importFiles(db, {path}, QString(), QString(), &s, &error, [] { return true; }));
    QVERIFY(error.contains(QLatin1String("cancelled")));
    qint64 latest = -1;
    QVERIFY(SnapshotStore(db).latestId(&latest, &error));
    QCOMPARE(latest, 0);
}

void TestSnapshots::objectsAreStoredEvaluatedAndCounted()
{
    // The Key Vault REST examples (all on host myvault.vault.azure.net) beside a vault of that name:
    // a key without expiry, a secret without expiry, a certificate until 2039, a rotation policy.
    QTemporaryDir dir;
    const QString vaultFile = dir.filePath(QStringLiteral("vault.json"));
    const QString vaultId =
        QStringLiteral("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/"
                       "rg-keys/providers/Microsoft.KeyVault/vaults/myvault");
    QFile f(vaultFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("id"), vaultId},
                                      {QStringLiteral("name"), QStringLiteral("myvault")},
                                      {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults")},
                                      {QStringLiteral("location"), QStringLiteral("westeurope")},
                                      {QStringLiteral("properties"), QJsonObject()}})
                .toJson());
    f.close();
    const QString dp = QStringLiteral(VAULTSCOPE_TEST_DATA "/arm/keyvault-dataplane/keyvault-7.5-");
    const QStringList files = {
        vaultFile, dp + QStringLiteral("GetKey.json"), dp + QStringLiteral("GetKeyRotationPolicy.json"),
        dp + QStringLiteral("GetSecrets.json"), dp + QStringLiteral("GetCertificate.json")};
    Database db(dir.filePath(QStringLiteral("s.db")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    Snapshot s;
    QVERIFY2(SnapshotService::importFiles(db, files, QStringLiteral("objects"), {}, &s, &error),
             qPrintable(error));
    QCOMPARE(s.objects.size(), 3);
    for (const SnapshotObject &o : std::as_const(s.objects))
        QCOMPARE(o.vault, 0);

    Snapshot header;
    QList<VaultRow> rows;
    QVERIFY2(SnapshotStore(db).loadRows(s.id, &header, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 1);
    const ObjectTally &tally = rows.at(0).objectTally;
    QCOMPARE(tally.keys, 1);
    QCOMPARE(tally.secrets, 1);
    QCOMPARE(tally.certificates, 1);
    QCOMPARE(tally.withoutExpiry, 2);
    QCOMPARE(tally.expiringSoon + tally.expired, 0);
    // "Key Vault keys should have an expiration date": the key has none.
    const int keyExpiry = RuleSet::shipped().indexOf(QStringLiteral("152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0"));
    QVERIFY(keyExpiry >= 0);
    QCOMPARE(rows.at(0).objectCounts.value(keyExpiry).nonCompliant, 1);
    QCOMPARE(rows.at(0).objectCounts.value(keyExpiry).compliant, 0);
    // "…secrets should have an expiration date": also failing; "…content type set": passing.
    const int secretExpiry =
        RuleSet::shipped().indexOf(QStringLiteral("98728c90-32c7-4049-8429-847dc0f4fe37"));
    const int contentType =
        RuleSet::shipped().indexOf(QStringLiteral("75262d3e-ba4a-4f43-85f8-9f72c090e5e3"));
    QCOMPARE(rows.at(0).objectCounts.value(secretExpiry).nonCompliant, 1);
    QCOMPARE(rows.at(0).objectCounts.value(contentType).compliant, 1);

    // The dashboard counts them with the vault, and a filter on results applies to them too.
    const PostureView all = PostureView::compute(header, rows, {});
    QCOMPARE(all.objects.total(), 3);
    const auto definitionCounts = [](const PostureView &view, const QString &name) {
        for (const PostureView::Group &g : view.definitions) {
            if (g.key == name)
                return g.counts;
        }
        return PostureCounts();
    };
    QCOMPARE(definitionCounts(all, header.definitions.at(keyExpiry).name).nonCompliant, 1);
    PostureFilter passing;
    passing.results = {OutcomeCode::Compliant};
    const PostureView onlyPassing = PostureView::compute(header, rows, passing);
    QCOMPARE(definitionCounts(onlyPassing, header.definitions.at(keyExpiry).name).evaluated(), 0);
    QCOMPARE(definitionCounts(onlyPassing, header.definitions.at(contentType).name).compliant, 1);

    // The vault page reads the objects as captured, the rotation policy with them.
    StoredVault stored;
    QVERIFY2(SnapshotStore(db).loadVault(s.id, vaultId, &stored, &error), qPrintable(error));
    QCOMPARE(stored.objects.size(), 3);
    QCOMPARE(stored.rotationPolicies.size(), 1);
    QCOMPARE(stored.related.size(), 0);
    QStringList ids;
    for (const QJsonObject &o : std::as_const(stored.objects))
        ids.append(DataPlane::identifierOf(o));
    QVERIFY(ids.contains(QStringLiteral(
        "https://myvault.vault.azure.net/keys/CreateSoftKeyTest/78deebed173b48e48f55abf87ed4cf71")));

    // Export and import again: the same objects, the same hash, the same outcomes.
    Snapshot full;
    QVERIFY2(SnapshotStore(db).load(s.id, &full, &error), qPrintable(error));
    QCOMPARE(full.estate.objects.size(), 3);
    QCOMPARE(full.estate.rotationPolicies.size(), 1);
    const QString exported = dir.filePath(QStringLiteral("export.json"));
    QFile out(exported);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(SnapshotService::exportJson(full)).toJson());
    out.close();
    Snapshot again;
    QVERIFY2(SnapshotService::importFiles(db, {exported}, QStringLiteral("again"), {}, &again, &error),
             qPrintable(error));
    QCOMPARE(again.sha256, s.sha256);
    QCOMPARE(again.objectOutcomes, s.objectOutcomes);

    // Keys handed over without any rotation policy: whether one exists is unknown, not "none".
    const int rotation = RuleSet::shipped().indexOf(QStringLiteral("d8cf8476-a2ec-4916-896e-992351803c44"));
    QCOMPARE(s.objectOutcomes.at(0).at(rotation),
             OutcomeCode::NonCompliant); // key01's policy, not this key's
    Snapshot without;
    QVERIFY2(SnapshotService::importFiles(db, {vaultFile, dp + QStringLiteral("GetKey.json")},
                                          QStringLiteral("keys"), {}, &without, &error),
             qPrintable(error));
    QVERIFY(!without.rotationPoliciesCaptured);
    QCOMPARE(without.objectOutcomes.at(0).at(rotation), OutcomeCode::Unknown);
    QCOMPARE(without.objectOutcomes.at(0).at(keyExpiry), OutcomeCode::NonCompliant);
    QVERIFY(SnapshotStore(db).loadRows(without.id, &header, &rows, &error));
    QVERIFY(!header.rotationPoliciesCaptured);
    QCOMPARE(rows.at(0).objectCounts.value(rotation).unknown, 1);
}

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
