#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vaultscope {

struct Snapshot;
struct VaultRow;

// One vault whose result for one definition differs between two snapshots (or that is in only
// one of them: its results are '-' on the other side).
struct ResultChange
{
    QString resourceId;
    QString vault;
    QString subscription; // display name
    QString definition;   // display name; empty for a vault added or removed
    char before = '-';
    char after = '-';
};

// Which vaults changed result from `older` to `newer`: matched by resource id (any case) and
// definition name. Vaults added or removed are listed once each.
QList<ResultChange> compareSnapshots(const Snapshot &older, const QList<VaultRow> &olderRows,
                                     const Snapshot &newer, const QList<VaultRow> &newerRows);

} // namespace vaultscope
