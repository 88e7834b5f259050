#include "storelock.h"

#include <QDir>
#include <QFileInfo>

namespace vaultscope {

StoreLock::StoreLock(const QString &databasePath)
    : m_path(databasePath + QLatin1String(".lock"))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    m_lock->setStaleLockTime(0); // only a dead process makes a lock stale, never its age
}

StoreLock::Result StoreLock::acquire(QString *detail)
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *detail = tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder));
        return Unavailable;
    }
    if (m_lock->tryLock(0))
        return Acquired;
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, application;
        *detail = m_lock->getLockInfo(&pid, &host, &application) ? tr("process %1 on %2").arg(pid).arg(host)
                                                                 : tr("another program");
        return Held;
    }
    case QLockFile::PermissionError:
        *detail = tr("no permission to write in %1 (or the disk is read-only)")
                      .arg(QDir::toNativeSeparators(folder));
        return Unavailable;
    default:
        *detail = tr("the lock file %1 cannot be created").arg(QDir::toNativeSeparators(m_path));
        return Unavailable;
    }
}

} // namespace vaultscope
