#include "snapshotdiff.h"

#include "posture/snapshot.h"
#include "posture/snapshotrows.h"

#include <QHash>

namespace vaultscope {

QList<ResultChange> compareSnapshots(const Snapshot &older, const QList<VaultRow> &olderRows,
                                     const Snapshot &newer, const QList<VaultRow> &newerRows)
{
    QHash<QString, int> olderByName;
    for (int d = 0; d < older.definitions.size(); ++d)
        olderByName.insert(older.definitions.at(d).name, d);
    QHash<QString, const VaultRow *> olderVaults;
    for (const VaultRow &row : olderRows)
        olderVaults.insert(row.id.toLower(), &row);
    const auto subscriptionOf = [](const Snapshot &s, const VaultRow &row) {
        return s.estate.subscriptionNames.value(row.subscriptionId, row.subscriptionId);
    };

    QList<ResultChange> changes;
    QSet<QString> seen;
    for (const VaultRow &row : newerRows) {
        const QString key = row.id.toLower();
        seen.insert(key);
        const VaultRow *before = olderVaults.value(key);
        if (!before) {
            changes.append({row.id, row.name, subscriptionOf(newer, row), QString(), '-', '+'});
            continue;
        }
        for (int d = 0; d < newer.definitions.size() && d < row.outcomes.size(); ++d) {
            const int o = olderByName.value(newer.definitions.at(d).name, -1);
            const char was = o >= 0 && o < before->outcomes.size() ? before->outcomes.at(o) : '-';
            const char now = row.outcomes.at(d);
            if (was != now)
                changes.append({row.id, row.name, subscriptionOf(newer, row),
                                newer.definitions.at(d).displayName, was, now});
        }
    }
    for (const VaultRow &row : olderRows) {
        if (!seen.contains(row.id.toLower()))
            changes.append({row.id, row.name, subscriptionOf(older, row), QString(), '+', '-'});
    }
    return changes;
}

} // namespace vaultscope
