#include "reviewstore.h"

#include "database.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace vaultscope {

namespace {

QString failure(const QSqlQuery &q)
{
    return ReviewStore::tr("database error: %1").arg(q.lastError().text());
}

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
    return r;
}

const QString kColumns = QStringLiteral("target, status, note, reviewer, expiry, approver, updated_at");

} // namespace

ReviewStore::ReviewStore(Database &db)
    : m_db(db)
{
}

bool ReviewStore::get(const QString &target, Review *out, bool *found, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM reviews WHERE target = ?").arg(kColumns));
    q.addBindValue(target);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    *found = q.next();
    if (*found)
        *out = reviewFrom(q);
    return true;
}

bool ReviewStore::set(const Review &review, QString *error, bool *changed)
{
    QSqlDatabase db = m_db.connection();
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

    // Durable before we say so: this transaction syncs fully, the store's default stays NORMAL.
    if (!execSql(db, QStringLiteral("PRAGMA synchronous = FULL"), error))
        return false;
    auto restore =
        qScopeGuard([&db] { execSql(db, QStringLiteral("PRAGMA synchronous = NORMAL"), nullptr); });
    if (!db.transaction()) {
        *error = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "INSERT INTO reviews(%1) VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(target) DO UPDATE SET "
                  "status = excluded.status, note = excluded.note, reviewer = excluded.reviewer, "
                  "expiry = excluded.expiry, approver = excluded.approver, updated_at = excluded.updated_at")
                  .arg(kColumns));
    for (const QVariant &v :
         {QVariant(review.target), QVariant(statusKey(review.status)),
          QVariant(review.note.isNull() ? QStringLiteral("") : review.note), QVariant(review.reviewer),
          expiry.isEmpty() ? QVariant() : QVariant(expiry),
          review.approver.isEmpty() ? QVariant() : QVariant(review.approver), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = failure(q);
        db.rollback();
        return false;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO review_history(target, changed_at, reviewer, field, old_value, new_value) "
        "VALUES(?, ?, ?, ?, ?, ?)"));
    for (const Field &f : std::as_const(fields)) {
        for (const QVariant &v :
             {QVariant(review.target), QVariant(now), QVariant(review.reviewer),
              QVariant(QString::fromLatin1(f.name)), QVariant(f.oldValue), QVariant(f.newValue)})
            q.addBindValue(v);
        if (!q.exec()) {
            *error = failure(q);
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = tr("cannot commit: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool ReviewStore::list(QList<Review> *out, QString *error, const QString &statusKeyFilter)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM reviews WHERE ? = '' OR status = ? ORDER BY target").arg(kColumns));
    const QString filter =
        statusKeyFilter.isNull() ? QStringLiteral("") : statusKeyFilter; // NULL matches nothing
    q.addBindValue(filter);
    q.addBindValue(filter);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    out->clear();
    while (q.next())
        out->append(reviewFrom(q));
    return true;
}

bool ReviewStore::history(const QString &target, QList<ReviewChange> *out, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT changed_at, reviewer, field, old_value, new_value FROM review_history "
                             "WHERE target = ? ORDER BY id"));
    q.addBindValue(target);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    out->clear();
    while (q.next())
        out->append({target, QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs),
                     q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()});
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
        q.addBindValue(target.service.toLower());
        q.addBindValue(target.control);
        q.addBindValue(target.control);
    } else {
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM snapshot_resources r JOIN snapshots s ON s.id = r.snapshot_id "
            "WHERE lower(r.resource_id) = ? AND instr(lower(s.definitions), lower(?)) > 0"));
        q.addBindValue(target.resourceId);
        q.addBindValue(QStringLiteral("\"name\":\"%1\"").arg(target.definition));
    }
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return false;
    }
    *known = q.value(0).toInt() > 0;
    return true;
}

} // namespace vaultscope
