#pragma once

#include "store/backups.h"

#include <QFutureWatcher>
#include <QObject>

namespace vaultscope {

class Database;

// Backups of the open store: an automatic one on a worker when the newest is over six hours old
// (a failure reaches the user through failed(), not only the log), and restoring one.
class BackupService final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 AutomaticAfterSeconds = 6 * 3600;

    explicit BackupService(Database &db, QObject *parent = nullptr);
    ~BackupService() override;

    void startAutomatic();
    bool isRunning() const { return m_watcher.isRunning(); }
    QList<BackupInfo> list() const;
    // Replaces the store with a checked copy of the backup (the current store is kept as a backup
    // first) and reopens it; storeReplaced() tells every service to read it again.
    bool restore(const QString &backupPath, QString *error);

Q_SIGNALS:
    void made(const vaultscope::BackupInfo &backup);
    void failed(const QString &message);
    void storeReplaced();

private:
    struct Outcome
    {
        bool ok = false;
        BackupInfo made;
        QString error;
    };
    Database &m_db;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace vaultscope
