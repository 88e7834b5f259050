#pragma once

#include "posture/demoestate.h"
#include "posture/ruleset.h"
#include "posture/snapshot.h"
#include "store/snapshotstore.h"

#include <QJsonObject>

#include <functional>

namespace vaultscope {

class Database;

// Creating snapshots (from export files or the demo generator), evaluated with the shipped rule set
// and stored in one transaction: an import either lands whole or not at all.
namespace SnapshotService {

// rules: the shipped rule set when null (a custom set adds the user's own definitions).
bool importFiles(Database &db, const QStringList &files, const QString &name, const QString &apiVersion,
                 Snapshot *out, QString *error, const std::function<bool()> &cancelled = {},
                 const RuleSet *rules = nullptr);
bool createDemo(Database &db, const DemoEstateOptions &options, Snapshot *out, QString *error);
Snapshot demoSnapshot(const DemoEstateOptions &options);
// The embedded default: a demo estate, created when the store holds no snapshot yet, once per store.
bool ensureDemo(Database &db, QString *error);
// The default demo estate as stored, created when the store does not hold it yet.
bool storedDemo(Database &db, qint64 *id, QString *error);
// Resolves "latest" or a number.
bool resolveId(Database &db, const QString &text, qint64 *id, QString *error);

// Vaultscope's own, re-importable export format.
QJsonObject exportJson(const Snapshot &snapshot);
// The posture of a stored snapshot, as printed by `vaultscope posture --json`.
QJsonObject postureJson(const Snapshot &header, const QList<VaultRow> &rows);

} // namespace SnapshotService

} // namespace vaultscope
