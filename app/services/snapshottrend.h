#pragma once

#include "posture/postureview.h"
#include "store/snapshotstore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>

#include <memory>

namespace vaultscope {

// One snapshot's score on the trend line.
struct TrendPoint
{
    qint64 id = 0;
    QString name;
    QDateTime capturedAt;
    double score = 0;
    bool operator==(const TrendPoint &) const = default;
};

// The score of every snapshot of one tenant under a filter. The rows of the other snapshots are
// read once, on a worker with its own connection, and kept between calls: a filter change only
// recounts them. The cache follows the list it is given, so a snapshot added, removed or of another
// tenant is never left in it.
class SnapshotTrend
{
public:
    struct Cache
    {
        QMutex mutex;
        QHash<qint64, std::pair<Snapshot, QList<VaultRow>>> rows; // id -> header and rows
    };

    // Runs on any thread. others: the tenant's other snapshots (the current one comes from memory).
    static QList<TrendPoint> compute(const QString &databasePath, const QList<SnapshotSummary> &others,
                                     const Snapshot &current, const QList<VaultRow> &currentRows,
                                     const PostureFilter &filter, Cache *cache);
};

} // namespace vaultscope
