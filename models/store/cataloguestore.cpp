#include "cataloguestore.h"

#include "database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vaultscope {

namespace {

QString failure(const QSqlQuery &q)
{
    return CatalogueStore::tr("database error: %1").arg(q.lastError().text());
}

QString toJson(const QStringList &list)
{
    if (list.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString toJson(const QList<Reference> &refs)
{
    if (refs.isEmpty())
        return {};
    QJsonArray array;
    for (const Reference &r : refs)
        array.append(QJsonObject{{QStringLiteral("text"), r.text}, {QStringLiteral("url"), r.url}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString toJson(const QList<Mapping> &mappings)
{
    if (mappings.isEmpty())
        return {};
    QJsonArray array;
    for (const Mapping &m : mappings)
        array.append(QJsonObject{{QStringLiteral("framework"), m.framework},
                                 {QStringLiteral("ids"), QJsonArray::fromStringList(m.ids)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Mapping> mappingsFromJson(const QString &json)
{
    QList<Mapping> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        QStringList ids;
        for (const QJsonValue &id : v[QLatin1String("ids")].toArray())
            ids.append(id.toString());
        out.append({v[QLatin1String("framework")].toString(), ids});
    }
    return out;
}

QStringList stringsFromJson(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QList<Reference> referencesFromJson(const QString &json)
{
    QList<Reference> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append({v[QLatin1String("text")].toString(), v[QLatin1String("url")].toString()});
    return out;
}

// NULL for empty strings, so "the format has none" stays distinguishable from a value.
QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

CatalogueStore::CatalogueStore(Database &db)
    : m_db(db)
{
}

bool CatalogueStore::save(const Baseline &b, SaveOutcome *outcome, QString *error, qint64 *baselineId)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM baselines WHERE sha256 = ?"));
    q.addBindValue(b.sha256);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    if (q.next()) {
        if (baselineId)
            *baselineId = q.value(0).toLongLong();
        *outcome = SaveOutcome::AlreadyPresent;
        return true;
    }
    if (!db.transaction()) {
        *error = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    auto fail = [&](const QSqlQuery &query) {
        *error = failure(query);
        db.rollback();
        return false;
    };
    q.prepare(QStringLiteral("INSERT INTO services(key, name) VALUES(?, ?) ON CONFLICT(key) DO NOTHING"));
    q.addBindValue(serviceKey(b.service));
    q.addBindValue(b.service);
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral(
        "INSERT INTO baselines(service_id, format, title, date, benchmark, language, source_name, sha256, "
        "imported_at) VALUES((SELECT id FROM services WHERE key = ?), ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(serviceKey(b.service));
    q.addBindValue(formatKey(b.format));
    q.addBindValue(b.title);
    q.addBindValue(b.date.isValid() ? QVariant(b.date.toString(Qt::ISODate))
                                    : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(orNull(b.benchmark));
    q.addBindValue(orNull(b.language));
    q.addBindValue(b.sourceName);
    q.addBindValue(b.sha256);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return fail(q);
    const qint64 newId = q.lastInsertId().toLongLong();

    q.prepare(QStringLiteral(
        "INSERT INTO entries(baseline_id, position, category, control_id, control_title, name, name_details, "
        "supported, enabled_by_default, responsibility, monitoring, description, notes, guidance, refs, "
        "policies, source_line, mappings) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < b.entries.size(); ++i) {
        const Entry &e = b.entries.at(i);
        for (const QVariant &v :
             {QVariant(newId), QVariant(i), QVariant(e.category), orNull(e.controlId), orNull(e.controlTitle),
              QVariant(e.name), orNull(toJson(e.nameDetails)), orNull(e.supported),
              orNull(e.enabledByDefault), orNull(e.responsibility), orNull(e.monitoring),
              orNull(e.description), orNull(e.notes), orNull(e.guidance), orNull(toJson(e.references)),
              orNull(toJson(e.policies)), QVariant(e.sourceLine), orNull(toJson(e.mappings))})
            q.addBindValue(v);
        if (!q.exec())
            return fail(q);
    }
    if (!db.commit()) {
        *error = tr("cannot commit: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    if (baselineId)
        *baselineId = newId;
    *outcome = SaveOutcome::Added;
    return true;
}

bool CatalogueStore::queryBaselines(QList<Baseline> *out, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT b.id, s.name, b.format, b.title, b.date, b.benchmark, b.language, "
                               "b.source_name, b.sha256, "
                               "b.imported_at FROM baselines b JOIN services s ON s.id = b.service_id "
                               "ORDER BY s.name COLLATE NOCASE, b.date IS NULL, b.date, b.id"))) {
        *error = failure(q);
        return false;
    }
    out->clear();
    while (q.next()) {
        Baseline b;
        b.id = q.value(0).toLongLong();
        b.service = q.value(1).toString();
        formatFromKey(q.value(2).toString(), &b.format);
        b.title = q.value(3).toString();
        b.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        b.benchmark = q.value(5).toString();
        b.language = q.value(6).toString();
        b.sourceName = q.value(7).toString();
        b.sha256 = q.value(8).toString();
        b.importedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        out->append(b);
    }
    return true;
}

bool CatalogueStore::listBaselines(QList<Baseline> *out, QList<int> *entryCounts, QString *error)
{
    if (!queryBaselines(out, error))
        return false;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT baseline_id, count(*) FROM entries GROUP BY baseline_id"))) {
        *error = failure(q);
        return false;
    }
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    entryCounts->clear();
    for (const Baseline &b : std::as_const(*out))
        entryCounts->append(counts.value(b.id));
    return true;
}

bool CatalogueStore::loadAll(QList<Baseline> *out, QString *error)
{
    if (!queryBaselines(out, error))
        return false;
    QHash<qint64, int> index;
    for (int i = 0; i < out->size(); ++i)
        index.insert(out->at(i).id, i);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT baseline_id, category, control_id, control_title, name, name_details, supported, "
            "enabled_by_default, responsibility, monitoring, description, notes, guidance, refs, policies, "
            "source_line, mappings FROM entries ORDER BY baseline_id, position"))) {
        *error = failure(q);
        return false;
    }
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        Entry e;
        e.category = q.value(1).toString();
        e.controlId = q.value(2).toString();
        e.controlTitle = q.value(3).toString();
        e.name = q.value(4).toString();
        e.nameDetails = stringsFromJson(q.value(5).toString());
        e.supported = q.value(6).toString();
        e.enabledByDefault = q.value(7).toString();
        e.responsibility = q.value(8).toString();
        e.monitoring = q.value(9).toString();
        e.description = q.value(10).toString();
        e.notes = q.value(11).toString();
        e.guidance = q.value(12).toString();
        e.references = referencesFromJson(q.value(13).toString());
        e.policies = stringsFromJson(q.value(14).toString());
        e.sourceLine = q.value(15).toInt();
        e.mappings = mappingsFromJson(q.value(16).toString());
        (*out)[*it].entries.append(e);
    }
    return true;
}

bool CatalogueStore::remove(qint64 baselineId, QString *error)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        *error = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM baselines WHERE id = ?"));
    q.addBindValue(baselineId);
    if (!q.exec() ||
        !q.exec(QStringLiteral("DELETE FROM services WHERE id NOT IN (SELECT service_id FROM baselines)"))) {
        *error = failure(q);
        db.rollback();
        return false;
    }
    return db.commit();
}

bool CatalogueStore::isEmpty(bool *empty, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM baselines")) || !q.next()) {
        *error = failure(q);
        return false;
    }
    *empty = q.value(0).toInt() == 0;
    return true;
}

} // namespace vaultscope
