#include "snapshotjob.h"

#include "snapshotservice.h"
#include "store/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace vaultscope {

SnapshotJob::SnapshotJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { Q_EMIT finished(m_watcher.result()); });
}

SnapshotJob::~SnapshotJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void SnapshotJob::importFiles(const QString &databasePath, const QStringList &files)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([databasePath, files, cancel] {
        Outcome o;
        Database db(databasePath);
        Snapshot s;
        if (db.open(&o.error) && SnapshotService::importFiles(db, files, QString(), QString(), &s, &o.error,
                                                              [cancel] { return cancel->load(); })) {
            o.ok = true;
            o.snapshotId = s.id;
        }
        return o;
    }));
}

void SnapshotJob::createDemo(const QString &databasePath, const DemoEstateOptions &options)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([databasePath, options] {
        Outcome o;
        Database db(databasePath);
        Snapshot s;
        if (db.open(&o.error) && SnapshotService::createDemo(db, options, &s, &o.error)) {
            o.ok = true;
            o.snapshotId = s.id;
        }
        return o;
    }));
}

void SnapshotJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool SnapshotJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace vaultscope
