#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace vaultscope {

// A prepared statement on the SQLite handle behind a Qt connection, for the bulk writes where
// QtSql's per-value overhead dominates (tens of thousands of rows per snapshot). It runs inside
// whatever transaction the Qt connection has open.
class BulkInsert
{
public:
    BulkInsert(QSqlDatabase db, const char *sql);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int column, qint64 value);
    void bind(int column, const QString &text); // NULL when text is null
    void bind(int column, const QByteArray &bytes, bool asText = false);
    bool step(); // executes and resets for the next row
    QString error() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace vaultscope
