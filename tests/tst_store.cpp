// The SQLite store: schema and migrations, round trips, refusal of foreign, damaged and newer
// files (left untouched), and all-or-nothing writes.
#include "import/baselineimporter.h"
#include "services/catalogueimporter.h"
#include "store/cataloguestore.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vaultscope;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Baseline parse(const char *seed)
{
    Baseline b;
    ImportError error;
    BaselineImporter::importFile(QStringLiteral(VAULTSCOPE_SEEDS "/") + QLatin1String(seed), &b, &error);
    return b;
}

// Creates a plain SQLite file with other content, as another program would.
void writeSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void sameDocumentTwice();
    void reopenKeepsDataAndSettings();
    void refusesNonSqliteFile();
    void refusesForeignDatabase();
    void refusesNewerSchema();
    void refusesDamagedDatabase();
    void failedWriteLeavesNothing();
    void removeBaseline();
};

void TestStore::roundTrip()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a.db")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    const Baseline original = parse("azure-backup-mcsb-baseline.txt");
    QCOMPARE(original.entries.size(), 15);
    CatalogueStore store(db);
    CatalogueStore::SaveOutcome outcome;
    qint64 id = 0;
    QVERIFY2(store.save(original, &outcome, &error, &id), qPrintable(error));
    QCOMPARE(outcome, CatalogueStore::SaveOutcome::Added);
    QVERIFY(id > 0);

    QList<Baseline> loaded;
    QVERIFY(store.loadAll(&loaded, &error));
    QCOMPARE(loaded.size(), 1);
    const Baseline &b = loaded.at(0);
    QCOMPARE(b.id, id);
    QCOMPARE(b.service, original.service);
    QCOMPARE(b.title, original.title);
    QCOMPARE(b.format, original.format);
    QCOMPARE(b.sha256, original.sha256);
    QCOMPARE(b.benchmark, original.benchmark);
    QVERIFY(b.importedAt.isValid());
    QCOMPARE(b.entries.size(), original.entries.size());
    for (int i = 0; i < b.entries.size(); ++i) {
        const Entry &x = original.entries.at(i);
        const Entry &y = b.entries.at(i);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.category, x.category);
        QCOMPARE(y.controlId, x.controlId);
        QCOMPARE(y.supported, x.supported);
        QCOMPARE(y.enabledByDefault, x.enabledByDefault);
        QCOMPARE(y.responsibility, x.responsibility);
        QCOMPARE(y.notes, x.notes);
        QCOMPARE(y.guidance, x.guidance);
        QCOMPARE(y.references, x.references);
        QCOMPARE(y.policies, x.policies);
        QCOMPARE(y.sourceLine, x.sourceLine);
    }
}

void TestStore::sameDocumentTwice()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a.db")));
    QString error;
    QVERIFY(db.open(&error));
    CatalogueImporter importer(db);
    const QString path = QStringLiteral(VAULTSCOPE_SEEDS "/key-vault-security-attributes-2019.md");
    const FileImportResult first = importer.importFile(path);
    const FileImportResult second = importer.importFile(path);
    QCOMPARE(first.status, FileImportResult::Added);
    QCOMPARE(second.status, FileImportResult::AlreadyPresent);
    QCOMPARE(second.baselineId, first.baselineId);
    QList<Baseline> all;
    QList<int> counts;
    QVERIFY(CatalogueStore(db).listBaselines(&all, &counts, &error));
    QCOMPARE(all.size(), 1);
    QCOMPARE(counts, QList<int>{16});
}

void TestStore::reopenKeepsDataAndSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/a.db"));
    QString error;
    {
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(importBundledBaselines(db, &error));
    }
    Database db(path);
    QVERIFY2(db.open(&error), qPrintable(error));
    QList<Baseline> all;
    QList<int> counts;
    QVERIFY(CatalogueStore(db).listBaselines(&all, &counts, &error));
    QCOMPARE(all.size(), 5);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::SchemaVersion);
}

void TestStore::refusesNonSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("These are my notes, not a database.\n");
    f.close();
    const QByteArray before = fileHash(path);
    Database db(path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("not a SQLite database")),
             qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestStore::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    writeSqlite(path, {QStringLiteral("CREATE TABLE invoices(id INTEGER PRIMARY KEY, amount REAL)"),
                       QStringLiteral("INSERT INTO invoices(amount) VALUES(12.5)")});
    const QByteArray before = fileHash(path);
    Database db(path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestStore::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        Database db(path);
        QString error;
        QVERIFY(db.open(&error));
    }
    writeSqlite(path, {QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")});
    const QByteArray before = fileHash(path);
    Database db(path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(QLatin1String("newer Vaultscope")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestStore::refusesDamagedDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        Database db(path);
        QString error;
        QVERIFY(db.open(&error));
        QVERIFY(importBundledBaselines(db, &error));
        QVERIFY(execSql(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error));
    }
    // Keep the header, overwrite the pages behind it.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 8192);
    f.seek(4096);
    f.write(QByteArray(f.size() - 4096, '\x5a'));
    f.close();
    const QByteArray before = fileHash(path);
    Database db(path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(QLatin1String("damaged")) || error.contains(QLatin1String("malformed")),
             qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestStore::failedWriteLeavesNothing()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a.db")));
    QString error;
    QVERIFY(db.open(&error));
    // Make the 10th entry of any baseline fail half-way through the write.
    QVERIFY(execSql(db.connection(),
                    QStringLiteral("CREATE TRIGGER fail_late BEFORE INSERT ON entries WHEN NEW.position = 9 "
                                   "BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END"),
                    &error));
    CatalogueStore store(db);
    CatalogueStore::SaveOutcome outcome;
    QVERIFY(!store.save(parse("azure-backup-mcsb-baseline.txt"), &outcome, &error));
    QVERIFY2(error.contains(QLatin1String("disk full")), qPrintable(error));
    QSqlQuery q(db.connection());
    for (const char *table : {"services", "baselines", "entries"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

void TestStore::removeBaseline()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a.db")));
    QString error;
    QVERIFY(db.open(&error));
    CatalogueImporter importer(db);
    const FileImportResult kv =
        importer.importFile(QStringLiteral(VAULTSCOPE_SEEDS "/key-vault-security-attributes-2019.md"));
    QCOMPARE(kv.status, FileImportResult::Added);
    QVERIFY(CatalogueStore(db).remove(kv.baselineId, &error));
    QSqlQuery q(db.connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM entries) + (SELECT count(*) FROM services)")) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
