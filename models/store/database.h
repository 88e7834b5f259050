#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace vaultscope {

// The local SQLite store: one named connection per instance (and so per thread), WAL, foreign
// keys, a schema version in the meta table and forward migrations. A file that is not a
// Vaultscope database, is damaged, or comes from a newer version is refused and left untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::Database)

public:
    static constexpr int SchemaVersion = 7;
    static constexpr int ApplicationId = 0x56534350; // "VSCP"

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Checked: the file is verified (quick_check, owner, version) and migrated. Trusted: another
    // connection to a store this process has already opened checked, for worker threads; it skips
    // the checks, which take seconds on a large store.
    enum OpenMode { Checked, Trusted };
    bool open(QString *error, OpenMode mode = Checked);
    // Closes the connection (to replace the file); open() may be called again.
    void close();
    // Refuses every write on this connection from now on (a second window on the same store).
    bool setReadOnly(QString *error);
    QSqlDatabase connection() const;
    QString path() const { return m_path; }

    // A value of the store's meta table; empty when the key is absent.
    bool metaValue(const QString &key, QString *value, QString *error) const;
    bool setMetaValue(const QString &key, const QString &value, QString *error);

    // The default location: the user's application data folder.
    static QString defaultPath();

private:
    bool checkFile(QString *error) const;
    bool checkContents(QString *error) const;
    bool migrate(QString *error);

    QString m_path;
    QString m_connectionName;
};

// Runs a statement and reports a failure with the statement's text and SQLite's message.
bool execSql(QSqlDatabase db, const QString &sql, QString *error);

} // namespace vaultscope
