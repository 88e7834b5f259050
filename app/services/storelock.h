#pragma once

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace vaultscope {

// One window per store: a lock file beside the database. A lock left by a crashed instance is
// recognised as stale (its process is gone) and taken over.
class StoreLock
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::StoreLock)

public:
    enum Result {
        Acquired,
        Held,        // another running instance holds it: *detail names the process
        Unavailable, // no lock can be taken here (no folder, no permission, a read-only disk): *detail says
                     // why
    };

    explicit StoreLock(const QString &databasePath);
    // Creates the store's folder first, so that a first start can take the lock.
    Result acquire(QString *detail);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace vaultscope
