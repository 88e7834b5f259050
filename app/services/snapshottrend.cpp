#include "snapshottrend.h"

#include "common/logging.h"
#include "store/database.h"

#include <QMutexLocker>
#include <QSet>

namespace vaultscope {

QList<TrendPoint> SnapshotTrend::compute(const QString &databasePath, const QList<SnapshotSummary> &others,
                                         const Snapshot &current, const QList<VaultRow> &currentRows,
                                         const PostureFilter &filter, Cache *cache)
{
    QList<TrendPoint> points;
    if (current.id)
        points.append({current.id, current.name, current.capturedAt,
                       PostureView::compute(current, currentRows, filter).overall.score()});
    const QMutexLocker locker(&cache->mutex);
    QSet<qint64> wanted;
    for (const SnapshotSummary &s : others)
        wanted.insert(s.id);
    for (auto it = cache->rows.begin(); it != cache->rows.end();) {
        if (wanted.contains(it.key()))
            ++it;
        else
            it = cache->rows.erase(it); // removed, or of another tenant now
    }
    std::unique_ptr<Database> db;
    for (const SnapshotSummary &s : others) {
        auto cached = cache->rows.constFind(s.id);
        if (cached == cache->rows.cend()) {
            QString error;
            if (!db) {
                db = std::make_unique<Database>(databasePath);
                if (!db->open(&error, Database::Trusted)) {
                    qCWarning(lcUi) << "trend:" << error;
                    break;
                }
            }
            std::pair<Snapshot, QList<VaultRow>> loaded;
            if (!SnapshotStore(*db).loadRows(s.id, &loaded.first, &loaded.second, &error)) {
                qCWarning(lcUi) << "trend:" << error;
                continue; // deleted meanwhile: the next list will not name it
            }
            cached = cache->rows.insert(s.id, std::move(loaded));
        }
        points.append({s.id, s.name, s.capturedAt,
                       PostureView::compute(cached->first, cached->second, filter).overall.score()});
    }
    std::sort(points.begin(), points.end(), [](const TrendPoint &a, const TrendPoint &b) {
        return std::tie(a.capturedAt, a.id) < std::tie(b.capturedAt, b.id);
    });
    return points;
}

} // namespace vaultscope
