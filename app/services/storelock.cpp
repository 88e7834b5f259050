#include "storelock.h"

namespace vaultscope {

StoreLock::StoreLock(const QString &databasePath)
    : m_lock(std::make_unique<QLockFile>(databasePath + QLatin1String(".lock")))
{
    m_lock->setStaleLockTime(0); // only a dead process makes a lock stale, never its age
}

bool StoreLock::acquire(QString *holder)
{
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, application;
    if (m_lock->getLockInfo(&pid, &host, &application))
        *holder = tr("process %1 on %2").arg(pid).arg(host);
    else
        *holder = tr("another program");
    return false;
}

} // namespace vaultscope
