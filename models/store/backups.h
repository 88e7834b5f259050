#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vaultscope {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime taken; // UTC, from the file name
    qint64 size = 0;
};

// Rotating copies of the store beside it (<store>.backups/), made with VACUUM INTO so each one is a
// consistent, self-contained database even while the store is in use.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::Backups)

public:
    static constexpr int Keep = 7;

    static QString folderFor(const QString &databasePath);
    // Newest first.
    static QList<BackupInfo> list(const QString &databasePath);
    // Makes a backup now and removes the oldest beyond Keep.
    static bool create(Database &db, BackupInfo *made, QString *error);
    // Makes one when the newest is older than minAge seconds (or there is none). *made is empty
    // when none was due.
    static bool createIfDue(Database &db, qint64 minAgeSeconds, BackupInfo *made, QString *error);
    // Replaces the (closed) store at databasePath with a checked copy of the backup. The store as it
    // was is kept first as a backup of its own, so a restore can itself be undone.
    static bool restore(const QString &databasePath, const QString &backupPath, QString *error);
};

} // namespace vaultscope
