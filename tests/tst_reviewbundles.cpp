// Reviews beyond single writes: carry-over to newer snapshots and baselines, evidence files,
// bundles with merge and conflicts, refused bundles, backups and restore, the store lock.
#include "posture/posture.h"
#include "review/reviewbundle.h"
#include "review/reviewprogress.h"
#include "services/catalogueimporter.h"
#include "services/snapshotservice.h"
#include "store/backups.h"
#include "store/cataloguestore.h"
#include "store/database.h"
#include "store/reviewstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vaultscope;

class TestReviewBundles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void carriedOverToNewerBaseline();
    void carriedOverToNewerSnapshot();
    void evidenceIsContentAddressed();
    void bundleRoundTripAndMerge();
    void badBundlesImportNothing_data();
    void badBundlesImportNothing();
    void backupAndRestore();
    void bundleBounds();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static Review review(const QString &target, ReviewStatus status, const QString &note, const QString &who)
    {
        Review r;
        r.target = target;
        r.status = status;
        r.note = note;
        r.reviewer = who;
        return r;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReviewBundles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReviewBundles::carriedOverToNewerBaseline()
{
    Database db(path(QStringLiteral("store.db")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QFile source(QStringLiteral(VAULTSCOPE_SEEDS "/key-vault-security-attributes-2019.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray older = source.readAll();
    QByteArray newer = older;
    newer.replace("ms.date: 01/31/2019", "ms.date: 06/30/2020");
    CatalogueImporter importer(db);
    const FileImportResult first = importer.importBytes(older, QStringLiteral("kv-2019.md"));
    QCOMPARE(first.status, FileImportResult::Added);
    QList<Baseline> baselines;
    QVERIFY(CatalogueStore(db).loadAll(&baselines, &error));
    QCOMPARE(baselines.size(), 1);
    const Baseline oldBaseline = baselines.first();
    const Entry &entry = oldBaseline.entries.first();
    Review r = review(ReviewTarget::entryKey(oldBaseline.service, entry), ReviewStatus::Satisfied,
                      QStringLiteral("checked"), QStringLiteral("alice"));
    r.context = QStringLiteral("baseline:") + oldBaseline.sha256;
    r.contextLabel = QStringLiteral("2019 attributes");
    ReviewStore store(db);
    QVERIFY2(store.set(r, &error), qPrintable(error));

    QCOMPARE(importer.importBytes(newer, QStringLiteral("kv-2020.md")).status, FileImportResult::Added);
    QVERIFY(CatalogueStore(db).loadAll(&baselines, &error));
    QCOMPARE(baselines.size(), 2);
    const Baseline &newBaseline =
        baselines.first().sha256 == oldBaseline.sha256 ? baselines.last() : baselines.first();
    QVERIFY(newBaseline.date > oldBaseline.date);
    // The same control in the newer baseline finds the review, and it says where it came from.
    Review found;
    bool exists = false;
    QVERIFY(store.get(ReviewTarget::entryKey(newBaseline.service, newBaseline.entries.first()), &found,
                      &exists, &error));
    QVERIFY(exists);
    QCOMPARE(found.note, QStringLiteral("checked"));
    QVERIFY(found.carriedOver(QStringLiteral("baseline:") + newBaseline.sha256));
    QVERIFY(!found.carriedOver(QStringLiteral("baseline:") + oldBaseline.sha256));
    QCOMPARE(found.contextLabel, QStringLiteral("2019 attributes"));
    // Progress of the newer baseline counts it as reviewed.
    const ReviewOverview overview =
        ReviewOverview::build({newBaseline}, Snapshot(), {}, {{found.target, found}}, QDate::currentDate());
    QCOMPARE(overview.reviewed, 1);
    QCOMPARE(overview.open.size(), overview.total - 1);
    QVERIFY(std::none_of(overview.open.cbegin(), overview.open.cend(),
                         [&](const ReviewItem &i) { return i.target == found.target; }));
}

void TestReviewBundles::carriedOverToNewerSnapshot()
{
    Database db(path(QStringLiteral("store.db")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    Snapshot first;
    QVERIFY2(SnapshotService::createDemo(db, {3, 30, 7}, &first, &error), qPrintable(error));
    // A later capture of the same estate with one vault changed: another snapshot, same resources.
    QJsonObject exported = SnapshotService::exportJson(first);
    QJsonArray resources = exported.value(QStringLiteral("resources")).toArray();
    QVERIFY(!resources.isEmpty());
    QJsonObject changed = resources.at(0).toObject();
    changed.insert(QStringLiteral("tags"), QJsonObject{{QStringLiteral("reviewed"), QStringLiteral("yes")}});
    resources.replace(0, changed);
    exported.insert(QStringLiteral("resources"), resources);
    QFile file(path(QStringLiteral("later.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(exported).toJson());
    file.close();
    Snapshot second;
    QVERIFY2(SnapshotService::importFiles(db, {file.fileName()}, QStringLiteral("later"), QString(), &second,
                                          &error),
             qPrintable(error));
    QVERIFY(second.sha256 != first.sha256);

    Snapshot header;
    QList<VaultRow> rows;
    QVERIFY2(SnapshotStore(db).loadRows(first.id, &header, &rows, &error), qPrintable(error));
    ReviewOverview before = ReviewOverview::build({}, header, rows, {}, QDate::currentDate());
    QVERIFY(!before.open.isEmpty());
    const ReviewItem finding = before.open.first();
    QCOMPARE(finding.kind, ReviewItem::Finding);
    Review r = review(finding.target, ReviewStatus::Exception, QStringLiteral("accepted risk"),
                      QStringLiteral("bob"));
    r.expiry = QDate::currentDate().addDays(30);
    r.approver = QStringLiteral("ciso");
    r.context = QStringLiteral("snapshot:") + first.sha256;
    ReviewStore store(db);
    QVERIFY2(store.set(r, &error), qPrintable(error));

    QVERIFY2(SnapshotStore(db).loadRows(second.id, &header, &rows, &error), qPrintable(error));
    Review found;
    bool exists = false;
    QVERIFY(store.get(finding.target, &found, &exists, &error) && exists);
    QVERIFY(found.carriedOver(QStringLiteral("snapshot:") + second.sha256));
    const ReviewOverview after =
        ReviewOverview::build({}, header, rows, {{found.target, found}}, QDate::currentDate());
    QCOMPARE(after.total, before.total);
    QCOMPARE(after.reviewed, 1);
    // An exception past its expiry is open again.
    const ReviewOverview later =
        ReviewOverview::build({}, header, rows, {{found.target, found}}, QDate::currentDate().addDays(31));
    QCOMPARE(later.reviewed, 0);
    const auto expired = std::find_if(later.open.cbegin(), later.open.cend(),
                                      [&](const ReviewItem &i) { return i.target == found.target; });
    QVERIFY(expired != later.open.cend());
    QVERIFY(expired->expired);
}

void TestReviewBundles::evidenceIsContentAddressed()
{
    Database db(path(QStringLiteral("store.db")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    ReviewStore store(db);
    const QString target = QStringLiteral("control:Azure Key Vault/NS-2");
    const QByteArray content = "az keyvault show output\n";
    QFile file(path(QStringLiteral("log.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    Evidence added;
    bool already = true;
    QVERIFY2(store.addEvidence(target, file.fileName(), QStringLiteral("alice"), &added, &already, &error),
             qPrintable(error));
    QVERIFY(!already);
    QCOMPARE(added.sha256,
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    QVERIFY(store.addEvidence(target, file.fileName(), QStringLiteral("alice"), nullptr, &already, &error));
    QVERIFY(already);
    // Same name, other content: attached beside it, never replacing it.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("second version\n");
    file.close();
    QVERIFY(store.addEvidence(target, file.fileName(), QStringLiteral("alice"), nullptr, &already, &error));
    QVERIFY(!already);
    QList<Evidence> all;
    QVERIFY(store.evidence(target, &all, &error));
    QCOMPARE(all.size(), 2);
    QByteArray back;
    QVERIFY(store.evidenceData(added.sha256, &back, &error));
    QCOMPARE(back, content);
    // Too large: refused with the limit in the message, nothing stored.
    QFile big(path(QStringLiteral("big.bin")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(ReviewStore::MaxEvidenceBytes + 1));
    big.close();
    QVERIFY(!store.addEvidence(target, big.fileName(), QStringLiteral("alice"), nullptr, &already, &error));
    QVERIFY2(error.contains(QStringLiteral("big.bin")) && error.contains(QStringLiteral("limited")),
             qPrintable(error));
    QVERIFY(store.evidence(target, &all, &error));
    QCOMPARE(all.size(), 2);
    QVERIFY(store.removeEvidence(all.first(), QStringLiteral("bob"), &error));
    QList<ReviewChange> history;
    QVERIFY(store.history(target, &history, &error));
    QCOMPARE(history.size(), 3); // two attached, one removed
    QCOMPARE(history.last().field, QStringLiteral("evidence"));
    QCOMPARE(history.last().reviewer, QStringLiteral("bob"));
    QVERIFY(history.last().oldValue.contains(added.sha256));
    QVERIFY(history.last().newValue.isEmpty());

    // Hashed again before it is handed out: bytes changed in the store behind Vaultscope's back are
    // refused, not opened.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE evidence_blobs SET data = X'6576696C' WHERE sha256 = '%1'")
                       .arg(added.sha256)));
    QVERIFY(!store.evidenceData(added.sha256, &back, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer matches its SHA-256")), qPrintable(error));
    QVERIFY(back.isEmpty());
    // Programs and active documents are offered for saving, never opened: by name or by content.
    for (const char *name : {"run.desktop", "fix.sh", "report.HTML", "setup.exe", "x.svg", "tool.ps1"})
        QVERIFY2(Evidence::isActive(QLatin1String(name), "plain"), name);
    QVERIFY(Evidence::isActive(QStringLiteral("notes"), "#!/bin/sh\nrm -rf ~"));
    QVERIFY(Evidence::isActive(QStringLiteral("screenshot.png"), QByteArray("\x7f"
                                                                            "ELF\x02",
                                                                            5)));
    for (const char *name : {"log.txt", "screenshot.png", "export.json", "policy.pdf", "sheet.xlsx", "shell"})
        QVERIFY2(!Evidence::isActive(QLatin1String(name), "plain text"), name);
}

void TestReviewBundles::bundleRoundTripAndMerge()
{
    QString error;
    Database alice(path(QStringLiteral("alice.db")));
    Database bob(path(QStringLiteral("bob.db")));
    QVERIFY(alice.open(&error) && bob.open(&error));
    ReviewStore a(alice), b(bob);
    const QString kv = QStringLiteral("control:Azure Key Vault/NS-2");
    const QString backup = QStringLiteral("control:Azure Backup/BR-1");
    const QString finding =
        QStringLiteral("finding:/subscriptions/1/resourcegroups/rg/providers/"
                       "microsoft.keyvault/vaults/kv1|0b60c0b2-2dc2-4e1c-b5c9-abbed971de53");
    QVERIFY(
        a.set(review(kv, ReviewStatus::Satisfied, QStringLiteral("private link on"), QStringLiteral("alice")),
              &error));
    QVERIFY(
        a.set(review(kv, ReviewStatus::Finding, QStringLiteral("public access on"), QStringLiteral("alice")),
              &error));
    QVERIFY(a.set(review(backup, ReviewStatus::NotApplicable, QString(), QStringLiteral("alice")), &error));
    QVERIFY(a.set(review(finding, ReviewStatus::Finding, QStringLiteral("purge protection off"),
                         QStringLiteral("alice")),
                  &error));
    bool attached = false;
    QVERIFY(a.addEvidenceData(kv, QStringLiteral("screenshot.png"), QByteArray("\x89PNG fake", 9),
                              QStringLiteral("alice"), nullptr, &attached, &error));
    // Bob already agrees on the backup control and disagrees on Key Vault.
    QVERIFY(b.set(review(backup, ReviewStatus::NotApplicable, QString(), QStringLiteral("bob")), &error));
    QVERIFY(
        b.set(review(kv, ReviewStatus::Satisfied, QStringLiteral("checked in portal"), QStringLiteral("bob")),
              &error));

    ReviewBundle out;
    QVERIFY2(ReviewBundle::collect(a, {QStringLiteral("control:"), QStringLiteral("finding:")}, &out, &error),
             qPrintable(error));
    QVERIFY2(out.write(path(QStringLiteral("alice.vsreview")), &error), qPrintable(error));
    ReviewBundle in;
    QVERIFY2(ReviewBundle::read(path(QStringLiteral("alice.vsreview")), &in, &error), qPrintable(error));
    QCOMPARE(in.reviews.size(), 3);
    QCOMPARE(in.evidence.size(), 1);
    QCOMPARE(in.history.size(), out.history.size());

    MergeResult result;
    QVERIFY2(mergeBundle(b, in, QStringLiteral("bob (importing)"), &result, &error), qPrintable(error));
    QCOMPARE(result.added, 1); // the finding
    QCOMPARE(result.same, 1);  // the backup control
    QCOMPARE(result.conflicts.size(), 1);
    QCOMPARE(result.conflicts.first().mine.note, QStringLiteral("checked in portal"));
    QCOMPARE(result.conflicts.first().theirs.note, QStringLiteral("public access on"));
    QCOMPARE(result.evidenceAdded, 1);
    Review kept;
    bool exists = false;
    QVERIFY(b.get(kv, &kept, &exists, &error));
    QCOMPARE(kept.note, QStringLiteral("checked in portal")); // untouched until the user chooses
    // Both histories are there: Bob's own change and Alice's two.
    QList<ReviewChange> history;
    QVERIFY(b.history(kv, &history, &error));
    QStringList who;
    for (const ReviewChange &c : std::as_const(history))
        who.append(c.reviewer);
    QVERIFY(who.contains(QStringLiteral("bob")));
    // A review new here has the bundle's history of it, each change once.
    QList<ReviewChange> added, brought;
    QVERIFY(b.history(finding, &added, &error));
    for (const ReviewChange &c : std::as_const(in.history)) {
        if (c.target == finding)
            brought.append(c);
    }
    QVERIFY(!brought.isEmpty());
    QCOMPARE(added.size(), brought.size());
    for (qsizetype i = 0; i < added.size(); ++i)
        QCOMPARE(added.at(i).field, brought.at(i).field);
    QCOMPARE(who.count(QStringLiteral("alice")), 5); // status+note twice, evidence once
    // Alice's changes say where they came from and who brought them in; Bob's own say nothing.
    for (const ReviewChange &c : std::as_const(history)) {
        if (c.reviewer == QLatin1String("alice"))
            QVERIFY2(c.origin.startsWith(QStringLiteral("from bundle alice.vsreview (sha256 ")) &&
                         c.origin.contains(QStringLiteral("imported by bob (importing) on ")),
                     qPrintable(c.origin));
        else
            QVERIFY(c.origin.isEmpty());
    }
    // Importing again adds nothing new.
    MergeResult again;
    QVERIFY(mergeBundle(b, in, QStringLiteral("bob"), &again, &error));
    QCOMPARE(again.added, 0);
    QCOMPARE(again.historyAdded, 0);
    QCOMPARE(again.evidenceAdded, 0);
    // Taking their side.
    QVERIFY(takeTheirs(b, result.conflicts.first(), &error));
    QVERIFY(b.get(kv, &kept, &exists, &error));
    QCOMPARE(kept.note, QStringLiteral("public access on"));
    QCOMPARE(kept.status, ReviewStatus::Finding);
    // A scope limits the bundle.
    ReviewBundle scoped;
    QVERIFY(ReviewBundle::collect(a, {QStringLiteral("control:azure key vault/")}, &scoped, &error));
    QCOMPARE(scoped.reviews.size(), 1);
    QCOMPARE(scoped.reviews.first().target, kv);
}

void TestReviewBundles::badBundlesImportNothing_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << QByteArray() << QByteArray() << "damaged or truncated";
    QTest::newRow("newer format") << QByteArray("\"formatVersion\": 1") << QByteArray("\"formatVersion\": 2")
                                  << "format 2";
    QTest::newRow("edited content") << QByteArray("checked") << QByteArray("CHECKED")
                                    << "does not match its SHA-256";
    QTest::newRow("not a bundle") << QByteArray("vaultscope-review-bundle") << QByteArray("something-else")
                                  << "not a Vaultscope review bundle";
}

void TestReviewBundles::bundleBounds()
{
    // Larger than a bundle may be: refused from its size, before it is read.
    QFile huge(path(QStringLiteral("huge.vsreview")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(ReviewBundle::MaxBytes + 1));
    huge.close();
    ReviewBundle in;
    QString error;
    QVERIFY(!ReviewBundle::read(huge.fileName(), &in, &error));
    QVERIFY2(error.contains(QStringLiteral("more than")) &&
                 error.contains(QStringLiteral("nothing was imported")),
             qPrintable(error));
    QVERIFY(huge.remove());
    // One evidence blob over the evidence limit, with a matching hash and checksum: refused whole.
    const QByteArray blob(ReviewStore::MaxEvidenceBytes + 1, 'x');
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex());
    const QJsonObject content{
        {QStringLiteral("reviews"), QJsonArray()},
        {QStringLiteral("history"), QJsonArray()},
        {QStringLiteral("evidence"),
         QJsonArray{QJsonObject{{QStringLiteral("target"), QStringLiteral("control:Azure Key Vault/NS-1")},
                                {QStringLiteral("sha256"), sha},
                                {QStringLiteral("fileName"), QStringLiteral("big.bin")}}}},
        {QStringLiteral("blobs"), QJsonObject{{sha, QString::fromLatin1(blob.toBase64())}}}};
    const QByteArray canonical = QJsonDocument(content).toJson(QJsonDocument::Compact);
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("vaultscope-review-bundle")},
        {QStringLiteral("formatVersion"), ReviewBundle::FormatVersion},
        {QStringLiteral("content"), content},
        {QStringLiteral("sha256"),
         QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex())}};
    QVERIFY(
        !ReviewBundle::fromBytes(QJsonDocument(root).toJson(), QStringLiteral("big.vsreview"), &in, &error));
    QVERIFY2(error.contains(QStringLiteral("larger than")) && error.contains(sha), qPrintable(error));
}

void TestReviewBundles::badBundlesImportNothing()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, message);
    QString error;
    Database source(path(QStringLiteral("source.db")));
    QVERIFY(source.open(&error));
    ReviewStore store(source);
    QVERIFY(store.set(review(QStringLiteral("control:Azure Key Vault/NS-1"), ReviewStatus::Satisfied,
                             QStringLiteral("checked"), QStringLiteral("alice")),
                      &error));
    ReviewBundle bundle;
    QVERIFY(ReviewBundle::collect(store, {}, &bundle, &error));
    QVERIFY(bundle.write(path(QStringLiteral("b.vsreview")), &error));
    QFile file(path(QStringLiteral("b.vsreview")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    if (from.isEmpty())
        bytes.truncate(bytes.size() / 2);
    else
        bytes.replace(from, to);
    QVERIFY(file.resize(0));
    file.write(bytes);
    file.close();

    ReviewBundle in;
    QVERIFY(!ReviewBundle::read(file.fileName(), &in, &error));
    QVERIFY2(error.contains(message) && error.contains(QStringLiteral("b.vsreview")), qPrintable(error));
    QVERIFY(in.reviews.isEmpty());
}

void TestReviewBundles::backupAndRestore()
{
    QString error;
    const QString storePath = path(QStringLiteral("store.db"));
    {
        Database db(storePath);
        QVERIFY(db.open(&error));
        ReviewStore store(db);
        QVERIFY(store.set(review(QStringLiteral("control:Azure Key Vault/NS-1"), ReviewStatus::Satisfied,
                                 QStringLiteral("before the backup"), QStringLiteral("alice")),
                          &error));
        BackupInfo made;
        QVERIFY2(Backups::createIfDue(db, 3600, &made, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(made.path));
        BackupInfo none;
        QVERIFY(Backups::createIfDue(db, 3600, &none, &error));
        QVERIFY(none.path.isEmpty()); // not due yet
        QVERIFY(store.set(review(QStringLiteral("control:Azure Key Vault/NS-1"), ReviewStatus::Finding,
                                 QStringLiteral("after the backup"), QStringLiteral("alice")),
                          &error));
        // Rotation keeps the newest few.
        for (int i = 0; i < Backups::Keep + 2; ++i) {
            QTest::qWait(2);
            QVERIFY(Backups::create(db, nullptr, &error));
        }
        QCOMPARE(Backups::list(storePath).size(), Backups::Keep);
    }
    const QList<BackupInfo> backups = Backups::list(storePath);
    // The oldest kept one was made after the second write; restore it and the first one is gone,
    // so restore from a fresh backup of the first state instead.
    QVERIFY(!backups.isEmpty());
    QFile garbage(path(QStringLiteral("garbage.db")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a database at all, just text");
    garbage.close();
    QVERIFY(!Backups::restore(storePath, garbage.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("garbage.db")), qPrintable(error));
    {
        // A failed restore leaves the store as it was.
        Database db(storePath);
        QVERIFY2(db.open(&error), qPrintable(error));
        Review r;
        bool exists = false;
        QVERIFY(ReviewStore(db).get(QStringLiteral("control:Azure Key Vault/NS-1"), &r, &exists, &error));
        QCOMPARE(r.note, QStringLiteral("after the backup"));
        QVERIFY(
            ReviewStore(db).set(review(QStringLiteral("control:Azure Key Vault/NS-1"), ReviewStatus::Finding,
                                       QStringLiteral("later still"), QStringLiteral("alice")),
                                &error));
    }
    QVERIFY2(Backups::restore(storePath, backups.first().path, &error), qPrintable(error));
    Database db(storePath);
    QVERIFY2(db.open(&error), qPrintable(error));
    Review r;
    bool exists = false;
    QVERIFY(ReviewStore(db).get(QStringLiteral("control:Azure Key Vault/NS-1"), &r, &exists, &error));
    QCOMPARE(r.note, QStringLiteral("after the backup"));
    // The state before the restore was kept as the newest backup.
    const QList<BackupInfo> now = Backups::list(storePath);
    Database previous(now.first().path);
    QVERIFY(previous.open(&error));
    QVERIFY(ReviewStore(previous).get(QStringLiteral("control:Azure Key Vault/NS-1"), &r, &exists, &error));
    QCOMPARE(r.note, QStringLiteral("later still"));
}

QTEST_GUILESS_MAIN(TestReviewBundles)
#include "tst_reviewbundles.moc"
