#include "backups.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace vaultscope {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");

QString stampedPath(const QString &databasePath, const QDateTime &at)
{
    return Backups::folderFor(databasePath) + QLatin1Char('/') + QFileInfo(databasePath).completeBaseName() +
           QLatin1Char('-') + at.toUTC().toString(kStampFormat) + QLatin1String(".db");
}

void prune(const QString &databasePath)
{
    const QList<BackupInfo> all = Backups::list(databasePath);
    for (qsizetype i = Backups::Keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

bool vacuumInto(const QString &from, const QString &to, QString *error)
{
    Database source(from);
    if (!source.open(error))
        return false;
    return execSql(
        source.connection(),
        QStringLiteral("VACUUM INTO '%1'").arg(QString(to).replace(QLatin1Char('\''), QLatin1String("''"))),
        error);
}

} // namespace

QString Backups::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QLatin1String(".backups");
}

QList<BackupInfo> Backups::list(const QString &databasePath)
{
    const QString prefix = QFileInfo(databasePath).completeBaseName() + QLatin1Char('-');
    QList<BackupInfo> out;
    const QFileInfoList files = QDir(folderFor(databasePath))
                                    .entryInfoList({prefix + QLatin1String("*.db")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files) {
        QDateTime taken = QDateTime::fromString(f.completeBaseName().mid(prefix.size()), kStampFormat);
        if (!taken.isValid())
            continue;
        taken.setTimeSpec(Qt::UTC);
        out.prepend({f.absoluteFilePath(), taken, f.size()});
    }
    return out;
}

bool Backups::create(Database &db, BackupInfo *made, QString *error)
{
    if (!QDir().mkpath(folderFor(db.path()))) {
        *error = tr("%1: cannot create the backup folder").arg(folderFor(db.path()));
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString path = stampedPath(db.path(), now);
    if (!execSql(db.connection(),
                 QStringLiteral("VACUUM INTO '%1'")
                     .arg(QString(path).replace(QLatin1Char('\''), QLatin1String("''"))),
                 error))
        return false;
    if (made)
        *made = {path, now, QFileInfo(path).size()};
    prune(db.path());
    return true;
}

bool Backups::createIfDue(Database &db, qint64 minAgeSeconds, BackupInfo *made, QString *error)
{
    *made = BackupInfo();
    const QList<BackupInfo> all = list(db.path());
    if (!all.isEmpty() && all.first().taken.secsTo(QDateTime::currentDateTimeUtc()) < minAgeSeconds)
        return true;
    return create(db, made, error);
}

bool Backups::restore(const QString &databasePath, const QString &backupPath, QString *error)
{
    // Check the backup on a copy: opening may migrate it, and the backup itself stays as it is.
    const QString staged = databasePath + QLatin1String(".restoring");
    QFile::remove(staged);
    if (!vacuumInto(backupPath, staged, error)) {
        QFile::remove(staged);
        *error = tr("%1 cannot be restored: %2").arg(QFileInfo(backupPath).fileName(), *error);
        return false;
    }
    {
        Database check(staged);
        if (!check.open(error)) {
            QFile::remove(staged);
            return false;
        }
    }
    if (QFileInfo::exists(databasePath)) {
        if (!QDir().mkpath(folderFor(databasePath)) ||
            !vacuumInto(databasePath, stampedPath(databasePath, QDateTime::currentDateTimeUtc()), error)) {
            QFile::remove(staged);
            return false;
        }
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(databasePath + QLatin1String(suffix));
    QFile::remove(databasePath);
    if (!QFile::rename(staged, databasePath)) {
        *error = tr("%1: cannot put the restored store in place").arg(databasePath);
        return false;
    }
    prune(databasePath);
    return true;
}

} // namespace vaultscope
