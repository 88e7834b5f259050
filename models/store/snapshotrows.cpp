#include "database.h"
#include "objectsummary.h"
#include "snapshotstore.h"
#include "sqlitestatement.h"

#include <string>
#include <string_view>
#include <unordered_map>

// The readers a window and a report call on every snapshot they open, through the SQLite handle:
// QtSql's per-value cost was most of their time.
namespace vaultscope {

namespace {
struct TransparentHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
};
} // namespace

bool SnapshotStore::loadRows(qint64 id, Snapshot *header, QList<VaultRow> *rows, QString *error)
{
    if (!loadHeader(id, header, error))
        return false;
    SqliteStatement q(
        m_db.connection(),
        "SELECT position, resource_id, name, type, subscription_id, resource_group, location, "
        "outcomes, object_summary FROM snapshot_resources WHERE snapshot_id = ?1 AND position < "
        "(SELECT vault_count FROM snapshots WHERE id = ?1) AND parent_id IS NULL ORDER BY "
        "position");
    q.bind(1, id); // vaults come first (save()): a range of the key instead of a scan of every row
    rows->clear();
    const int definitions = int(header->definitions.size());
    // Types, subscriptions, groups and locations repeat across tens of thousands of rows: one
    // shared string each instead of one allocation per row.
    std::unordered_map<std::string, QString, TransparentHash, std::equal_to<>> seen;
    const auto interned = [&](int column) {
        const std::string_view bytes = q.view(column);
        auto it = seen.find(bytes);
        if (it == seen.end())
            it = seen.emplace(std::string(bytes), QString::fromUtf8(bytes.data(), qsizetype(bytes.size())))
                     .first;
        return it->second;
    };
    while (q.next()) {
        rows->append({int(q.integer(0)),
                      q.text(1),
                      q.text(2),
                      interned(3),
                      interned(4),
                      interned(5),
                      interned(6),
                      q.bytes(7),
                      {},
                      {}});
        if (!q.isNull(8))
            decodeObjectSummary(q.text(8), definitions, &rows->last().objectTally,
                                &rows->last().objectCounts);
    }
    if (!q.isValid() || q.failed()) {
        *error = tr("database error: %1").arg(q.error());
        return false;
    }
    return true;
}

bool SnapshotStore::forEachObject(qint64 id, const std::function<void(const ObjectRow &)> &take,
                                  QString *error)
{
    SqliteStatement q(m_db.connection(),
                      "SELECT parent_id, resource_id, name, type, outcomes FROM snapshot_resources WHERE "
                      "snapshot_id = ? AND parent_id IS NOT NULL AND outcomes IS NOT NULL AND type LIKE "
                      "'Microsoft.%.Data/%' ORDER BY position");
    q.bind(1, id);
    while (q.next())
        take({q.text(0), q.text(1), q.text(2), q.text(3), q.bytes(4)});
    if (!q.isValid() || q.failed()) {
        *error = tr("database error: %1").arg(q.error());
        return false;
    }
    return true;
}

} // namespace vaultscope
