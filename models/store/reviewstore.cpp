#include "reviewstore.h"

#include "database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace vaultscope {

namespace {

QString failure(const QSqlQuery &q)
{
    return ReviewStore::tr("database error: %1").arg(q.lastError().text());
}

const QString kColumns =
    QStringLiteral("target, status, note, reviewer, expiry, approver, updated_at, context, context_label");

Review reviewFrom(const QSqlQuery &q)
{
    Review r;
    r.target = q.value(0).toString();
    statusFromKey(q.value(1).toString(), &r.status);
    r.note = q.value(2).toString();
    r.reviewer = q.value(3).toString();
    r.expiry = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.approver = q.value(5).toString();
    r.updated = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    r.context = q.value(7).toString();
    r.contextLabel = q.value(8).toString();
    return r;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

bool run(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error = failure(q);
    return false;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString evidenceLabel(const QString &fileName, const QString &sha256)
{
    return QStringLiteral("%1 (SHA-256 %2)").arg(fileName, sha256);
}

} // namespace

ReviewStore::ReviewStore(Database &db)
    : m_db(db)
{
}

bool ReviewStore::durably(const std::function<bool(QString *)> &work, QString *error)
{
    if (m_inTransaction)
        return work(error);
    QSqlDatabase db = m_db.connection();
    // Durable before we say so: this transaction syncs fully, the store's default stays NORMAL.
    if (!execSql(db, QStringLiteral("PRAGMA synchronous = FULL"), error))
        return false;
    auto restore =
        qScopeGuard([&db] { execSql(db, QStringLiteral("PRAGMA synchronous = NORMAL"), nullptr); });
    if (!db.transaction()) {
        *error = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    m_inTransaction = true;
    const bool ok = work(error);
    m_inTransaction = false;
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = tr("cannot commit: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool ReviewStore::get(const QString &target, Review *out, bool *found, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM reviews WHERE target = ?").arg(kColumns));
    if (!run(q, {target}, error))
        return false;
    *found = q.next();
    if (*found)
        *out = reviewFrom(q);
    return true;
}

bool ReviewStore::set(const Review &review, QString *error, bool *changed, const QString &origin,
                      bool recordHistory)
{
    return durably([&](QString *e) { return write(review, changed, e, origin, recordHistory); }, error);
}

bool ReviewStore::write(const Review &review, bool *changed, QString *error, const QString &origin,
                        bool recordHistory)
{
    Review before;
    bool existed = false;
    if (!get(review.target, &before, &existed, error))
        return false;
    const QString expiry = review.expiry.isValid() ? review.expiry.toString(Qt::ISODate) : QString();
    const QString beforeExpiry = before.expiry.isValid() ? before.expiry.toString(Qt::ISODate) : QString();
    struct Field
    {
        const char *name;
        QString oldValue;
        QString newValue;
    };
    QList<Field> fields = {
        {"status", existed ? statusKey(before.status) : QString(), statusKey(review.status)},
        {"note", before.note, review.note},
        {"expiry", beforeExpiry, expiry},
        {"approver", before.approver, review.approver}};
    fields.removeIf([](const Field &f) { return f.oldValue == f.newValue; });
    if (changed)
        *changed = !fields.isEmpty();
    if (fields.isEmpty())
        return true;

    const QString now = nowUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO reviews(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(target) "
                             "DO UPDATE SET status = excluded.status, note = excluded.note, reviewer = "
                             "excluded.reviewer, expiry = excluded.expiry, approver = excluded.approver, "
                             "updated_at = excluded.updated_at, context = excluded.context, context_label = "
                             "excluded.context_label")
                  .arg(kColumns));
    if (!run(q,
             {review.target, statusKey(review.status),
              review.note.isNull() ? QStringLiteral("") : review.note, review.reviewer, orNull(expiry),
              orNull(review.approver), now, orNull(review.context), orNull(review.contextLabel)},
             error))
        return false;
    for (const Field &f : std::as_const(fields)) {
        if (!recordHistory)
            break;
        if (!addHistory({review.target, QDateTime::fromString(now, Qt::ISODateWithMs), review.reviewer,
                         QString::fromLatin1(f.name), f.oldValue, f.newValue, origin},
                        error))
            return false;
    }
    return true;
}

bool ReviewStore::addHistory(const ReviewChange &change, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO review_history(target, changed_at, reviewer, field, old_value, "
                             "new_value, origin) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    return run(q,
               {change.target, change.at.toUTC().toString(Qt::ISODateWithMs), change.reviewer, change.field,
                change.oldValue, change.newValue, orNull(change.origin)},
               error);
}

bool ReviewStore::mergeHistory(const QList<ReviewChange> &changes, int *added, QString *error)
{
    *added = 0;
    return durably(
        [&](QString *e) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO review_history(target, changed_at, reviewer, field, old_value, new_value, "
                "origin) "
                "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM review_history WHERE "
                "target = ? AND changed_at = ? AND reviewer = ? AND field = ? AND "
                "coalesce(new_value, '') = coalesce(?, ''))"));
            for (const ReviewChange &c : changes) {
                const QString at = c.at.toUTC().toString(Qt::ISODateWithMs);
                if (!run(q,
                         {c.target, at, c.reviewer, c.field, c.oldValue, c.newValue, orNull(c.origin),
                          c.target, at, c.reviewer, c.field, c.newValue},
                         e))
                    return false;
                *added += q.numRowsAffected() > 0 ? 1 : 0;
            }
            return true;
        },
        error);
}

bool ReviewStore::list(QList<Review> *out, QString *error, const QString &statusKeyFilter)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM reviews WHERE ? = '' OR status = ? ORDER BY target").arg(kColumns));
    const QString filter =
        statusKeyFilter.isNull() ? QStringLiteral("") : statusKeyFilter; // NULL matches nothing
    if (!run(q, {filter, filter}, error))
        return false;
    out->clear();
    while (q.next())
        out->append(reviewFrom(q));
    return true;
}

bool ReviewStore::history(const QString &target, QList<ReviewChange> *out, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT target, changed_at, reviewer, field, old_value, new_value, origin FROM "
                             "review_history WHERE ? = '' OR target = ? ORDER BY changed_at, id"));
    const QString key = target.isNull() ? QStringLiteral("") : target;
    if (!run(q, {key, key}, error))
        return false;
    out->clear();
    while (q.next())
        out->append({q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                     q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                     q.value(5).toString(), q.value(6).toString()});
    return true;
}

bool ReviewStore::targetKnown(const ReviewTarget &target, bool *known, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (target.kind == ReviewTarget::Control) {
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM entries e JOIN baselines b ON b.id = e.baseline_id JOIN services s "
            "ON s.id = b.service_id WHERE s.key = ? AND (lower(e.control_id) = lower(?) OR "
            "lower(e.name) = lower(?))"));
        if (!run(q, {target.service.toLower(), target.control, target.control}, error))
            return false;
    } else {
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM snapshot_resources r JOIN snapshots s ON s.id = r.snapshot_id "
            "WHERE lower(r.resource_id) = ? AND instr(lower(s.definitions), lower(?)) > 0"));
        if (!run(q, {target.resourceId, QStringLiteral("\"name\":\"%1\"").arg(target.definition)}, error))
            return false;
    }
    if (!q.next()) {
        *error = failure(q);
        return false;
    }
    *known = q.value(0).toInt() > 0;
    return true;
}

bool ReviewStore::addEvidence(const QString &target, const QString &filePath, const QString &reviewer,
                              Evidence *out, bool *alreadyAttached, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the file: %2").arg(filePath, file.errorString());
        return false;
    }
    if (file.size() > MaxEvidenceBytes) {
        *error = tr("%1 is %2; evidence files are limited to %3 each. Attach a smaller excerpt, or note "
                    "where the full file is kept.")
                     .arg(QFileInfo(filePath).fileName(), QLocale().formattedDataSize(file.size()),
                          QLocale().formattedDataSize(MaxEvidenceBytes));
        return false;
    }
    const QByteArray data = file.readAll();
    if (data.size() != file.size()) {
        *error = tr("%1: cannot read the file: %2").arg(filePath, file.errorString());
        return false;
    }
    return addEvidenceData(target, QFileInfo(filePath).fileName(), data, reviewer, out, alreadyAttached,
                           error);
}

bool ReviewStore::addEvidenceData(const QString &target, const QString &fileName, const QByteArray &data,
                                  const QString &reviewer, Evidence *out, bool *alreadyAttached,
                                  QString *error)
{
    if (data.size() > MaxEvidenceBytes) {
        *error = tr("%1 is %2; evidence files are limited to %3 each.")
                     .arg(fileName, QLocale().formattedDataSize(data.size()),
                          QLocale().formattedDataSize(MaxEvidenceBytes));
        return false;
    }
    Evidence e;
    e.target = target;
    e.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    e.fileName = fileName;
    e.size = data.size();
    e.added = QDateTime::currentDateTimeUtc();
    e.addedBy = reviewer;
    const bool ok = durably(
        [&](QString *err) {
            return attachEvidence(&e, data, alreadyAttached, err) &&
                   (*alreadyAttached || addHistory({target, e.added, reviewer, QStringLiteral("evidence"),
                                                    QString(), evidenceLabel(fileName, e.sha256), QString()},
                                                   err));
        },
        error);
    if (ok && out)
        *out = e;
    return ok;
}

bool ReviewStore::attachEvidence(Evidence *e, const QByteArray &data, bool *alreadyAttached, QString *error)
{
    *alreadyAttached = false;
    // Whatever brings it (a file, a bundle), a blob obeys the evidence limit. Its hash was checked
    // by whoever made `e` (addEvidenceData computes it, ReviewBundle::fromBytes verifies each blob).
    if (data.size() > MaxEvidenceBytes) {
        *error = tr("%1 is %2; evidence files are limited to %3 each.")
                     .arg(e->fileName, QLocale().formattedDataSize(data.size()),
                          QLocale().formattedDataSize(MaxEvidenceBytes));
        return false;
    }
    return durably(
        [&](QString *err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT id FROM evidence WHERE target = ? AND sha256 = ?"));
            if (!run(q, {e->target, e->sha256}, err))
                return false;
            if (q.next()) {
                *alreadyAttached = true;
                e->id = q.value(0).toLongLong();
                return true;
            }
            q.prepare(
                QStringLiteral("INSERT OR IGNORE INTO evidence_blobs(sha256, size, data) VALUES(?, ?, ?)"));
            if (!run(q, {e->sha256, qint64(data.size()), data}, err))
                return false;
            q.prepare(QStringLiteral("INSERT INTO evidence(target, sha256, file_name, added_at, added_by) "
                                     "VALUES(?, ?, ?, ?, ?)"));
            if (!run(q,
                     {e->target, e->sha256, e->fileName, e->added.toUTC().toString(Qt::ISODateWithMs),
                      e->addedBy},
                     err))
                return false;
            e->id = q.lastInsertId().toLongLong();
            return true;
        },
        error);
}

bool ReviewStore::removeEvidence(const Evidence &evidence, const QString &reviewer, QString *error)
{
    // The blob stays: the history still names it, and another target may use it.
    return durably(
        [&](QString *err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?"));
            if (!run(q, {evidence.id}, err))
                return false;
            return addHistory({evidence.target, QDateTime::currentDateTimeUtc(), reviewer,
                               QStringLiteral("evidence"), evidenceLabel(evidence.fileName, evidence.sha256),
                               QString(), QString()},
                              err);
        },
        error);
}

bool ReviewStore::evidence(const QString &target, QList<Evidence> *out, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.id, e.target, e.sha256, e.file_name, b.size, e.added_at, e.added_by "
                             "FROM evidence e JOIN evidence_blobs b ON b.sha256 = e.sha256 "
                             "WHERE ? = '' OR e.target = ? ORDER BY e.target, e.id"));
    const QString key = target.isNull() ? QStringLiteral("") : target;
    if (!run(q, {key, key}, error))
        return false;
    out->clear();
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toLongLong(),
                     QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs), q.value(6).toString()});
    return true;
}

bool ReviewStore::evidenceData(const QString &sha256, QByteArray *out, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data FROM evidence_blobs WHERE sha256 = ?"));
    if (!run(q, {sha256}, error))
        return false;
    if (!q.next()) {
        *error = tr("evidence %1 is not in the store").arg(sha256);
        return false;
    }
    *out = q.value(0).toByteArray();
    // Hashed again before it is handed out: a store changed outside Vaultscope does not pass off
    // other bytes as the evidence that was attached.
    if (QString::fromLatin1(QCryptographicHash::hash(*out, QCryptographicHash::Sha256).toHex()) != sha256) {
        out->clear();
        *error =
            tr("evidence %1 no longer matches its SHA-256 (the store was changed outside Vaultscope); it "
               "is not opened")
                .arg(sha256);
        return false;
    }
    return true;
}

} // namespace vaultscope
