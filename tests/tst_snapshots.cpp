// Snapshots: the demo generator, evaluation, the store (all or nothing), export and re-import.
#include "posture/demoestate.h"
#include "posture/posture.h"
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
    void postureCounts();
    void cancelledImportStoresNothing();
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
    QCOMPARE(rules.definitions.size(), 23);
    QVERIFY2(rules.refused.isEmpty(), qPrintable(rules.refused.join(QLatin1Char('\n'))));
    const int firewall = rules.indexOf(QStringLiteral("55615ac9-af46-4a59-874e-391cc3dfb490"));
    QVERIFY(firewall >= 0);
    QCOMPARE(rules.controlsOf(rules.definitions.at(firewall)),
             (QStringList{QStringLiteral("NS-2"), QStringLiteral("DP-8")}));
    int mapped = 0;
    for (const auto &d : rules.definitions)
        mapped += !rules.controlsOf(d).isEmpty();
    QCOMPARE(mapped, 13);
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
    QCOMPARE(loaded.definitions.size(), 23);
    QCOMPARE(loaded.estate.subscriptionNames, created.estate.subscriptionNames);
    QVERIFY(
        loaded.estate.relatedTypesCaptured.contains(QStringLiteral("microsoft.insights/diagnosticsettings")));

    Snapshot header;
    QList<VaultRow> rows;
    QVERIFY(store.loadRows(created.id, &header, &rows, &error));
    QCOMPARE(rows.size(), 60);
    QCOMPARE(rows.at(5).outcomes, created.outcomes.at(5));
    QJsonObject vault;
    QList<QJsonObject> related;
    QVERIFY(store.loadVaultJson(created.id, rows.at(5).id, &vault, &related, &error));
    QCOMPARE(vault, created.estate.vaults.at(5));

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
                          "CN"},
                         {1,
                          QStringLiteral("v2"),
                          QStringLiteral("v2"),
                          QStringLiteral("t"),
                          QStringLiteral("s1"),
                          {},
                          {},
                          "U-"}};
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

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
