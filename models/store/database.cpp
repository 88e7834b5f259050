#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace vaultscope {

namespace {

// Index i holds the statements that take the schema from version i to i + 1.
const char *const kMigrations[] = {
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE services(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL);
CREATE TABLE baselines(
  id INTEGER PRIMARY KEY,
  service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  format TEXT NOT NULL,
  title TEXT NOT NULL,
  date TEXT,
  benchmark TEXT,
  language TEXT,
  source_name TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  imported_at TEXT NOT NULL);
CREATE TABLE entries(
  id INTEGER PRIMARY KEY,
  baseline_id INTEGER NOT NULL REFERENCES baselines(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  category TEXT NOT NULL,
  control_id TEXT,
  control_title TEXT,
  name TEXT NOT NULL,
  name_details TEXT,
  supported TEXT,
  enabled_by_default TEXT,
  responsibility TEXT,
  monitoring TEXT,
  description TEXT,
  notes TEXT,
  guidance TEXT,
  refs TEXT,
  policies TEXT,
  source_line INTEGER);
CREATE INDEX entries_by_baseline ON entries(baseline_id, position);
)sql",
    R"sql(
CREATE TABLE snapshots(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  source TEXT NOT NULL,
  tenant TEXT,
  captured_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  api_version TEXT,
  vault_count INTEGER NOT NULL,
  definitions TEXT NOT NULL);
CREATE TABLE snapshot_subscriptions(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  subscription_id TEXT NOT NULL,
  display_name TEXT,
  PRIMARY KEY(snapshot_id, subscription_id));
CREATE TABLE snapshot_meta(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT,
  PRIMARY KEY(snapshot_id, key));
CREATE TABLE snapshot_resources(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  resource_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT,
  subscription_id TEXT,
  resource_group TEXT,
  location TEXT,
  api_version TEXT,
  parent_id TEXT,
  outcomes TEXT,
  PRIMARY KEY(snapshot_id, position));
-- The raw resources as captured, each the CBOR of its JSON (length-prefixed), in zlib-compressed
-- (qCompress) chunks of consecutive positions: far fewer rows and bytes to write, and a vault is
-- one small read away.
CREATE TABLE snapshot_raw(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  chunk INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY(snapshot_id, chunk));
-- No index on resource_id or parent_id: they cost more on every import of tens of thousands of
-- vaults than the one scan a vault page makes (milliseconds).
)sql",
    R"sql(
-- Reviews are keyed by stable identities, not row ids: "control:<service>/<control id or entry
-- name>" or "finding:<resource id>|<policy definition name>".
CREATE TABLE reviews(
  target TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  reviewer TEXT NOT NULL,
  expiry TEXT,
  approver TEXT,
  updated_at TEXT NOT NULL);
-- Append-only: every change of every field, with who and when.
CREATE TABLE review_history(
  id INTEGER PRIMARY KEY,
  target TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT);
CREATE INDEX review_history_by_target ON review_history(target, id);
)sql",
    R"sql(
-- What the reviewer was looking at when they wrote the review (a baseline or a snapshot, by content
-- hash), so the UI can say a review was carried over from an earlier one.
ALTER TABLE reviews ADD COLUMN context TEXT;
ALTER TABLE reviews ADD COLUMN context_label TEXT;
-- Evidence files, content-addressed: one blob per distinct content, however often attached.
CREATE TABLE evidence_blobs(
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  data BLOB NOT NULL);
CREATE TABLE evidence(
  id INTEGER PRIMARY KEY,
  target TEXT NOT NULL,
  sha256 TEXT NOT NULL REFERENCES evidence_blobs(sha256),
  file_name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL,
  UNIQUE(target, sha256));
)sql",
    R"sql(
-- Key Vault objects are rows of snapshot_resources under their vault (parent_id). A vault's row
-- carries a summary of its objects (store/objectsummary.h), so a snapshot opens without them.
ALTER TABLE snapshot_resources ADD COLUMN object_summary TEXT;
)sql",
    R"sql(
-- A control's ids in other frameworks, from the benchmark spreadsheets: JSON [{framework, ids}].
ALTER TABLE entries ADD COLUMN mappings TEXT;
)sql",
    R"sql(
-- Where a change of a review came from when it was not written here: "from bundle B (sha256 …),
-- imported by X on D", beside the author the bundle claims. NULL: written in this store.
ALTER TABLE review_history ADD COLUMN origin TEXT;
)sql",
};
static_assert(std::size(kMigrations) == Database::SchemaVersion);

} // namespace

bool execSql(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = Database::tr("database statement failed (%1): %2")
                     .arg(sql.simplified().left(80), q.lastError().text());
    return false;
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("vaultscope-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

bool Database::setReadOnly(QString *error)
{
    return execSql(connection(), QStringLiteral("PRAGMA query_only = ON"), error);
}

void Database::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::metaValue(const QString &key, QString *value, QString *error) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        *error = tr("%1: cannot read the store's settings: %2").arg(m_path, q.lastError().text());
        return false;
    }
    *value = q.next() ? q.value(0).toString() : QString();
    return true;
}

bool Database::setMetaValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        *error = tr("%1: cannot write the store's settings: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/vaultscope.db");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::checkFile(QString *error) const
{
    QFile file(m_path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the database: %2").arg(m_path, file.errorString());
        return false;
    }
    if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
        *error = tr("%1: not a SQLite database (damaged, or another kind of file). Vaultscope leaves it "
                    "untouched; move it away or choose another file with --db.")
                     .arg(m_path);
        return false;
    }
    return true;
}

bool Database::open(QString *error, OpenMode mode)
{
    if (!checkFile(error))
        return false;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("%1: cannot create the folder").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("%1: cannot open the database: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (mode == Checked && !checkContents(error)) {
        db.close();
        return false;
    }
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (!execSql(db, QString::fromLatin1(pragma), error)) {
            db.close();
            return false;
        }
    }
    if (mode == Checked && !migrate(error)) {
        db.close();
        return false;
    }
    return true;
}

// Every statement here finishes before the caller changes the journal mode, which SQLite refuses
// while a read is still open.
bool Database::checkContents(QString *error) const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
        q.value(0).toString() != QLatin1String("ok")) {
        const QString detail = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
        *error = tr("%1: the database is damaged (%2). Vaultscope leaves it untouched; restore a backup or "
                    "move it away.")
                     .arg(m_path, detail);
        return false;
    }
    int appId = 0;
    int tables = 0;
    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
        appId = q.value(0).toInt();
    if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) && q.next())
        tables = q.value(0).toInt();
    if (tables > 0 && appId != ApplicationId) {
        *error = tr("%1: this SQLite database belongs to another program; Vaultscope will not change it. "
                    "Choose another file with --db.")
                     .arg(m_path);
        return false;
    }
    return true;
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    int version = 0;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        *error = tr("%1: the database was written by a newer Vaultscope (schema %2; this version reads up to "
                    "%3). Vaultscope leaves it untouched.")
                     .arg(m_path)
                     .arg(version)
                     .arg(SchemaVersion);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    if (!db.transaction()) {
        *error = tr("%1: cannot start a transaction: %2").arg(m_path, db.lastError().text());
        return false;
    }
    for (int v = version; v < SchemaVersion; ++v) {
        const QStringList statements =
            QString::fromUtf8(kMigrations[v]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            // Comments explain the schema; SQLite rejects a statement made of nothing else.
            QStringList lines = statement.split(QLatin1Char('\n'));
            lines.removeIf([](const QString &l) { return l.trimmed().startsWith(QLatin1String("--")); });
            const QString sql = lines.join(QLatin1Char('\n'));
            if (sql.trimmed().isEmpty())
                continue;
            if (!execSql(db, sql, error)) {
                db.rollback();
                return false;
            }
        }
    }
    const bool ok =
        execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error) &&
        execSql(db,
                QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', '%1')")
                    .arg(SchemaVersion),
                error);
    if (!ok || !db.commit()) {
        db.rollback();
        if (error->isEmpty())
            *error = tr("%1: cannot write the schema: %2").arg(m_path, db.lastError().text());
        return false;
    }
    return true;
}

} // namespace vaultscope
