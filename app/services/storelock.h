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
    explicit StoreLock(const QString &databasePath);
    // False when another running instance holds it; *holder then says which one.
    bool acquire(QString *holder);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace vaultscope
