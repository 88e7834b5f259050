#pragma once

#include "posture/posture.h"
#include "posture/snapshot.h"
#include "posture/snapshotrows.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace vaultscope {

class Database;

// One vault of a stored snapshot as captured.
struct StoredVault
{
    QJsonObject vault;
    QList<QJsonObject> related;
    QList<QJsonObject> objects; // Key Vault objects as captured, with their stored outcomes
    QList<QByteArray> objectOutcomes;
    QHash<QString, QJsonObject> rotationPolicies; // by DataPlane::keyOf
};

// Snapshots in the SQLite store: each written in one transaction, immutable afterwards (only the
// name can change).
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::SnapshotStore)

public:
    explicit SnapshotStore(Database &db);

    bool save(Snapshot *snapshot, QString *error);
    bool list(QList<SnapshotSummary> *out, QString *error);
    bool latestId(qint64 *id, QString *error);
    // Everything: resources with their JSON, outcomes, definitions.
    bool load(qint64 id, Snapshot *out, QString *error);
    // Header, definitions and subscriptions only, plus the vault rows with their objects counted.
    bool loadRows(qint64 id, Snapshot *header, QList<VaultRow> *rows, QString *error);
    bool loadVault(qint64 id, const QString &vaultId, StoredVault *out, QString *error);
    // Every Key Vault object with its outcomes, grouped by vault, handed over one at a time as the
    // query steps, so that a million objects are never all in memory.
    bool forEachObject(qint64 id, const std::function<void(const ObjectRow &)> &take, QString *error);
    bool rename(qint64 id, const QString &name, QString *error);
    bool remove(qint64 id, QString *error);

    // Resources stored per compressed chunk.
    static constexpr qsizetype ResourceChunk = 128;

private:
    bool loadHeader(qint64 id, Snapshot *out, QString *error);
    bool loadRawResources(qint64 id, qsizetype from, qsizetype to, QList<QByteArray> *out, QString *error);

    Database &m_db;
};

} // namespace vaultscope
