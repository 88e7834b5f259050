#include "snapshotstore.h"

#include "common/logging.h"
#include "database.h"
#include "objectsummary.h"
#include "posture/dataplane.h"
#include "sqlitestatement.h"

#include <QCborValue>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

namespace vaultscope {

namespace {

QString failure(const QSqlQuery &q)
{
    return SnapshotStore::tr("database error: %1").arg(q.lastError().text());
}

const QString kRotationPolicyType = QStringLiteral("Microsoft.KeyVault.Data/vaults/keys/rotationPolicy");

bool isObjectType(const QString &type)
{
    return type.contains(QLatin1String(".Data/"), Qt::CaseInsensitive);
}

QByteArray definitionsJson(const QList<SnapshotDefinition> &definitions)
{
    QJsonArray array;
    for (const SnapshotDefinition &d : definitions)
        array.append(QJsonObject{{QStringLiteral("name"), d.name},
                                 {QStringLiteral("displayName"), d.displayName},
                                 {QStringLiteral("version"), d.version},
                                 {QStringLiteral("effect"), d.effect},
                                 {QStringLiteral("controls"), QJsonArray::fromStringList(d.controls)}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<SnapshotDefinition> definitionsFromJson(const QByteArray &json)
{
    QList<SnapshotDefinition> out;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        QStringList controls;
        for (const QJsonValue &c : v[QLatin1String("controls")].toArray())
            controls.append(c.toString());
        out.append({v[QLatin1String("name")].toString(), v[QLatin1String("displayName")].toString(),
                    v[QLatin1String("version")].toString(), v[QLatin1String("effect")].toString(), controls});
    }
    return out;
}

} // namespace

SnapshotStore::SnapshotStore(Database &db)
    : m_db(db)
{
}

bool SnapshotStore::save(Snapshot *s, QString *error)
{
    if (s->objects.size() != s->estate.objects.size()) {
        *error = tr("the snapshot's Key Vault objects were not evaluated");
        return false;
    }
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        *error = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    auto fail = [&](const QSqlQuery &query) {
        *error = failure(query);
        db.rollback();
        return false;
    };
    if (!s->capturedAt.isValid())
        s->capturedAt = Snapshot::now();
    if (s->serialized.isEmpty()) // not evaluated here: encode now
        s->serialize();
    // The hash runs on another core while SQLite writes; it lands in the row before the commit.
    QElapsedTimer timer;
    timer.start();
    QFuture<QString> hash;
    if (s->sha256.isEmpty())
        hash = QtConcurrent::run([s] { return s->computeHash(); });
    // Whatever way this returns, the hash is done with *s before the caller may drop it.
    const auto joinHash = qScopeGuard([&hash] {
        if (hash.isValid())
            hash.waitForFinished();
    });
    q.prepare(QStringLiteral(
        "INSERT INTO snapshots(name, source, tenant, captured_at, created_at, sha256, api_version, "
        "vault_count, definitions) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s->name);
    q.addBindValue(s->source);
    q.addBindValue(s->tenant);
    q.addBindValue(s->capturedAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(s->sha256.isEmpty() ? QStringLiteral("pending") : s->sha256);
    q.addBindValue(s->apiVersionOverride);
    q.addBindValue(int(s->estate.vaults.size()));
    q.addBindValue(definitionsJson(s->definitions));
    if (!q.exec())
        return fail(q);
    const qint64 id = q.lastInsertId().toLongLong();

    q.prepare(QStringLiteral(
        "INSERT INTO snapshot_subscriptions(snapshot_id, subscription_id, display_name) VALUES(?, ?, ?)"));
    QSet<QString> subscriptions;
    for (const QJsonObject &v : std::as_const(s->estate.vaults))
        subscriptions.insert(Estate::subscriptionOf(v.value(QLatin1String("id")).toString()));
    for (auto it = s->estate.subscriptionNames.constBegin(); it != s->estate.subscriptionNames.constEnd();
         ++it)
        subscriptions.insert(it.key());
    for (const QString &sub : std::as_const(subscriptions)) {
        q.addBindValue(id);
        q.addBindValue(sub);
        q.addBindValue(s->estate.subscriptionNames.value(sub));
        if (!q.exec())
            return fail(q);
    }

    // Tens of thousands of rows: written through the SQLite handle, in the same transaction.
    SqliteStatement rows(
        db, "INSERT INTO snapshot_resources(snapshot_id, position, resource_id, type, name, subscription_id, "
            "resource_group, location, api_version, parent_id, outcomes, object_summary) VALUES(?, ?, ?, ?, "
            "?, ?, ?, "
            "?, ?, ?, ?, ?)");
    auto bulkFail = [&](const SqliteStatement &b) {
        *error = tr("database error: %1").arg(b.error());
        db.rollback();
        return false;
    };
    if (!rows.isValid())
        return bulkFail(rows);
    qint64 position = 0;
    auto insert = [&](const QJsonObject &r, const QString &parent, const QByteArray &outcomes) {
        const QString rid = r.value(QLatin1String("id")).toString();
        rows.bind(1, id);
        rows.bind(2, position++);
        rows.bind(3, rid);
        rows.bind(4, r.value(QLatin1String("type")).toString());
        rows.bind(5, r.value(QLatin1String("name")).toString());
        rows.bind(6, Estate::subscriptionOf(rid));
        rows.bind(7, Estate::resourceGroupOf(rid));
        rows.bind(8, r.value(QLatin1String("location")).toString());
        rows.bind(9, s->estate.apiVersions.value(rid.toLower()));
        rows.bind(10, parent.isEmpty() ? QString() : parent);
        rows.bind(11, outcomes, true);
        return rows.step();
    };
    const QHash<int, QString> summaries = objectSummaries(*s);
    for (int i = 0; i < s->estate.vaults.size(); ++i) {
        if (const auto summary = summaries.constFind(i); summary != summaries.cend())
            rows.bind(12, *summary);
        if (!insert(s->estate.vaults.at(i), QString(), s->outcomes.value(i, QByteArray(""))))
            return bulkFail(rows);
    }
    for (auto it = s->estate.related.constBegin(); it != s->estate.related.constEnd(); ++it) {
        for (const QJsonObject &r : it.value()) {
            if (!insert(r, it.key(), QByteArray()))
                return bulkFail(rows);
        }
    }
    // Key Vault objects under their vault (placed by its id, subscription and group), in the order
    // Snapshot::serialize() wrote them; one whose vault is not in the snapshot under its host.
    auto insertObject = [&](const QString &objectId, const QString &type, int vault,
                            const QByteArray &codes) {
        const QString vaultId =
            vault >= 0 ? s->estate.vaults.at(vault).value(QLatin1String("id")).toString() : QString();
        rows.bind(1, id);
        rows.bind(2, position++);
        rows.bind(3, objectId);
        rows.bind(4, type);
        rows.bind(5, objectId.section(QLatin1Char('/'), 4, 4));
        rows.bind(6, Estate::subscriptionOf(vaultId));
        rows.bind(7, Estate::resourceGroupOf(vaultId));
        rows.bind(8, vault >= 0 ? s->estate.vaults.at(vault).value(QLatin1String("location")).toString()
                                : QString());
        rows.bind(9, QString());
        rows.bind(10, vault >= 0 ? vaultId.toLower() : objectId.section(QLatin1Char('/'), 0, 2).toLower());
        rows.bind(11, codes, true);
        return rows.step();
    };
    for (qsizetype i = 0; i < s->estate.objects.size(); ++i) {
        const SnapshotObject &o = s->objects.at(i);
        if (!insertObject(DataPlane::identifierOf(s->estate.objects.at(i)), o.type, o.vault,
                          s->objectOutcomes.value(i)))
            return bulkFail(rows);
    }
    QStringList keys = s->estate.rotationPolicies.keys();
    keys.sort(); // Snapshot::serialize()'s order
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString policyId =
            s->estate.rotationPolicies.value(keys.at(i)).value(QLatin1String("id")).toString();
        if (!insertObject(policyId, kRotationPolicyType, s->rotationPolicyVaults.value(i, -1), QByteArray()))
            return bulkFail(rows);
    }
    qCDebug(lcStore) << "rows" << timer.restart() << "ms";
    SqliteStatement chunks(db, "INSERT INTO snapshot_raw(snapshot_id, chunk, data) VALUES(?, ?, ?)");
    if (!chunks.isValid())
        return bulkFail(chunks);
    // Chunks are compressed on all cores: a fifth of the bytes to write (and to checkpoint).
    QList<qsizetype> starts;
    for (qsizetype start = 0; start < s->serialized.size(); start += ResourceChunk)
        starts.append(start);
    const QList<QByteArray> packed = QtConcurrent::blockingMapped(starts, [s](qsizetype start) {
        QByteArray data;
        for (qsizetype i = start; i < std::min<qsizetype>(start + ResourceChunk, s->serialized.size()); ++i) {
            const QByteArray &item = s->serialized.at(i);
            const quint32 size = qToBigEndian(quint32(item.size()));
            data.append(reinterpret_cast<const char *>(&size), sizeof size);
            data += item;
        }
        return qCompress(data, 1);
    });
    for (qsizetype chunk = 0; chunk < packed.size(); ++chunk) {
        chunks.bind(1, id);
        chunks.bind(2, chunk);
        chunks.bind(3, packed.at(chunk));
        if (!chunks.step())
            return bulkFail(chunks);
    }
    qCDebug(lcStore) << "chunks" << timer.restart() << "ms";
    if (hash.isValid()) {
        s->sha256 = hash.result();
        q.prepare(QStringLiteral("UPDATE snapshots SET sha256 = ? WHERE id = ?"));
        q.addBindValue(s->sha256);
        q.addBindValue(id);
        if (!q.exec())
            return fail(q);
    }
    // Related types captured but with nothing attached still count as captured.
    q.prepare(
        QStringLiteral("INSERT INTO snapshot_meta(snapshot_id, key, value) VALUES(?, 'relatedTypes', ?)"));
    q.addBindValue(id);
    q.addBindValue(QStringList(s->estate.relatedTypesCaptured.values()).join(QLatin1Char(',')));
    if (!q.exec())
        return fail(q);
    if (!s->rotationPoliciesCaptured) {
        q.prepare(QStringLiteral("INSERT INTO snapshot_meta(snapshot_id, key, value) VALUES(?, "
                                 "'rotationPolicies', 'not captured')"));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q);
    }
    if (s->completeness.recorded || !s->estate.relatedGaps.isEmpty()) {
        QJsonObject gaps;
        for (auto it = s->estate.relatedGaps.constBegin(); it != s->estate.relatedGaps.constEnd(); ++it)
            gaps.insert(it.key(), it.value());
        q.prepare(
            QStringLiteral("INSERT INTO snapshot_meta(snapshot_id, key, value) VALUES(?, 'completeness', ?), "
                           "(?, 'relatedGaps', ?)"));
        q.addBindValue(id);
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(s->completeness.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(id);
        q.addBindValue(QString::fromUtf8(QJsonDocument(gaps).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return fail(q);
    }
    qCDebug(lcStore) << "hash wait" << timer.restart() << "ms";
    if (!db.commit()) {
        *error = tr("cannot commit: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    s->id = id;
    return true;
}

bool SnapshotStore::list(QList<SnapshotSummary> *out, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.name, s.source, s.captured_at, s.sha256, s.vault_count, "
            "(SELECT count(*) FROM snapshot_subscriptions x WHERE x.snapshot_id = s.id), s.tenant, "
            "(SELECT value FROM snapshot_meta m WHERE m.snapshot_id = s.id AND m.key = 'completeness') "
            "FROM snapshots s ORDER BY s.captured_at, s.id"))) {
        *error = failure(q);
        return false;
    }
    out->clear();
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     QDateTime::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString(),
                     q.value(5).toInt(), q.value(6).toInt(), q.value(7).toString(),
                     Completeness::fromJson(QJsonDocument::fromJson(q.value(8).toByteArray()).object())});
    return true;
}

bool SnapshotStore::latestId(qint64 *id, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM snapshots ORDER BY captured_at DESC, id DESC LIMIT 1"))) {
        *error = failure(q);
        return false;
    }
    *id = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool SnapshotStore::loadHeader(qint64 id, Snapshot *out, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, source, tenant, captured_at, sha256, api_version, definitions "
                             "FROM snapshots WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    if (!q.next()) {
        *error = tr("no snapshot with id %1").arg(id);
        return false;
    }
    *out = Snapshot();
    out->id = id;
    out->name = q.value(0).toString();
    out->source = q.value(1).toString();
    out->tenant = q.value(2).toString();
    out->capturedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    out->sha256 = q.value(4).toString();
    out->apiVersionOverride = q.value(5).toString();
    out->definitions = definitionsFromJson(q.value(6).toByteArray());
    q.prepare(QStringLiteral(
        "SELECT subscription_id, display_name FROM snapshot_subscriptions WHERE snapshot_id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    while (q.next())
        out->estate.subscriptionNames.insert(q.value(0).toString(), q.value(1).toString());
    q.prepare(QStringLiteral("SELECT key, value FROM snapshot_meta WHERE snapshot_id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == QLatin1String("relatedTypes")) {
            for (const QString &t : q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                out->estate.relatedTypesCaptured.insert(t);
        } else if (key == QLatin1String("rotationPolicies")) {
            out->rotationPoliciesCaptured = false;
        } else if (key == QLatin1String("completeness")) {
            out->completeness =
                Completeness::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        } else if (key == QLatin1String("relatedGaps")) {
            const QJsonObject gaps = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            for (auto it = gaps.constBegin(); it != gaps.constEnd(); ++it)
                out->estate.relatedGaps.insert(it.key(), it.value().toString());
        }
    }
    return true;
}

bool SnapshotStore::loadRawResources(qint64 id, qsizetype from, qsizetype to, QList<QByteArray> *out,
                                     QString *error)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT chunk, data FROM snapshot_raw WHERE snapshot_id = ? AND chunk BETWEEN "
                             "? AND ? ORDER BY chunk"));
    q.addBindValue(id);
    q.addBindValue(from / ResourceChunk);
    q.addBindValue(to / ResourceChunk);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    out->clear();
    while (q.next()) {
        const qsizetype first = q.value(0).toLongLong() * ResourceChunk;
        const QByteArray data = qUncompress(q.value(1).toByteArray());
        if (data.isEmpty()) {
            *error = tr("snapshot %1 is damaged: a resource chunk cannot be read").arg(id);
            return false;
        }
        // Length-prefixed CBOR items.
        qsizetype offset = 0;
        for (qsizetype i = first; offset + 4 <= data.size(); ++i) {
            const quint32 size = qFromBigEndian<quint32>(data.constData() + offset);
            offset += 4;
            if (offset + qsizetype(size) > data.size())
                break;
            if (i >= from && i <= to)
                out->append(data.mid(offset, size));
            offset += size;
        }
    }
    if (out->size() != to - from + 1) {
        *error = tr("snapshot %1 is incomplete: resources %2 to %3 are missing").arg(id).arg(from).arg(to);
        return false;
    }
    return true;
}

bool SnapshotStore::load(qint64 id, Snapshot *out, QString *error)
{
    if (!loadHeader(id, out, error))
        return false;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT parent_id, outcomes, api_version, resource_id, type FROM snapshot_resources "
                       "WHERE snapshot_id = ? ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    struct Meta
    {
        QString parent;
        QByteArray outcomes;
        QString api;
        QString resourceId;
        QString type;
    };
    QList<Meta> meta;
    while (q.next())
        meta.append({q.value(0).toString(), q.value(1).toString().toLatin1(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString()});
    if (meta.isEmpty())
        return true;
    QList<QByteArray> json;
    if (!loadRawResources(id, 0, meta.size() - 1, &json, error))
        return false;
    for (qsizetype i = 0; i < meta.size(); ++i) {
        const QJsonObject r = QCborValue::fromCbor(json.at(i)).toJsonValue().toObject();
        const Meta &m = meta.at(i);
        if (m.parent.isEmpty()) {
            out->estate.vaults.append(r);
            out->outcomes.append(m.outcomes);
            if (!m.api.isEmpty())
                out->estate.apiVersions.insert(m.resourceId.toLower(), m.api);
        } else if (m.type == kRotationPolicyType) {
            out->estate.rotationPolicies.insert(DataPlane::keyOf(m.resourceId), r);
        } else if (isObjectType(m.type)) {
            out->estate.objects.append(r);
            out->objectOutcomes.append(m.outcomes);
        } else {
            out->estate.related[m.parent].append(r);
        }
    }
    return true;
}

bool SnapshotStore::loadVault(qint64 id, const QString &vaultId, StoredVault *out, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT position, parent_id, type, resource_id, outcomes FROM snapshot_resources "
                       "WHERE snapshot_id = ? AND (resource_id = ? OR parent_id = ?) ORDER BY position"));
    q.addBindValue(id);
    q.addBindValue(vaultId);
    q.addBindValue(vaultId.toLower());
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    struct Row
    {
        qsizetype position;
        bool isVault;
        QString type;
        QString resourceId;
        QByteArray outcomes;
    };
    QList<Row> found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).isNull(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toByteArray()});
    *out = StoredVault();
    bool hasVault = false;
    // A vault's objects lie next to each other: read runs of positions, not one chunk per object.
    for (qsizetype i = 0; i < found.size();) {
        qsizetype j = i;
        while (j + 1 < found.size() && found.at(j + 1).position == found.at(j).position + 1)
            ++j;
        QList<QByteArray> json;
        if (!loadRawResources(id, found.at(i).position, found.at(j).position, &json, error))
            return false;
        for (qsizetype k = i; k <= j; ++k) {
            const Row &row = found.at(k);
            const QJsonObject r = QCborValue::fromCbor(json.at(k - i)).toJsonValue().toObject();
            if (row.isVault) {
                out->vault = r;
                hasVault = true;
            } else if (row.type == kRotationPolicyType) {
                out->rotationPolicies.insert(DataPlane::keyOf(row.resourceId), r);
            } else if (isObjectType(row.type)) {
                out->objects.append(r);
                out->objectOutcomes.append(row.outcomes);
            } else {
                out->related.append(r);
            }
        }
        i = j + 1;
    }
    if (!hasVault)
        *error = tr("snapshot %1 has no vault %2").arg(id).arg(vaultId);
    return hasVault;
}

bool SnapshotStore::rename(qint64 id, const QString &name, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE snapshots SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    return true;
}

bool SnapshotStore::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM snapshots WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    return true;
}

} // namespace vaultscope
