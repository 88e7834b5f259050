#include "backupservice.h"

#include "common/logging.h"
#include "store/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace vaultscope {

BackupService::BackupService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Outcome o = m_watcher.result();
        if (!o.ok) {
            qCWarning(lcStore) << "automatic backup failed:" << o.error;
            Q_EMIT failed(tr("The automatic backup failed: %1").arg(o.error));
        } else if (!o.made.path.isEmpty()) {
            qCInfo(lcStore) << "backup made:" << o.made.path;
            Q_EMIT made(o.made);
        }
    });
}

BackupService::~BackupService()
{
    m_watcher.waitForFinished();
}

void BackupService::startAutomatic()
{
    if (isRunning())
        return;
    // Its own connection on a worker thread: the copy of a large store never blocks the window.
    m_watcher.setFuture(QtConcurrent::run([path = m_db.path()] {
        Outcome o;
        Database db(path);
        o.ok = db.open(&o.error, Database::Trusted) &&
               Backups::createIfDue(db, AutomaticAfterSeconds, &o.made, &o.error);
        return o;
    }));
}

QList<BackupInfo> BackupService::list() const
{
    return Backups::list(m_db.path());
}

bool BackupService::restore(const QString &backupPath, QString *error)
{
    m_watcher.waitForFinished();
    m_db.close();
    QString restoreError;
    const bool restored = Backups::restore(m_db.path(), backupPath, &restoreError);
    if (!m_db.open(error))
        return false;       // the message says why the store cannot be opened
    Q_EMIT storeReplaced(); // restored or not, the store was closed and opened again
    if (!restored)
        *error = restoreError;
    return restored;
}

} // namespace vaultscope
