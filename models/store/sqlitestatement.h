#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace vaultscope {

// A prepared statement on the SQLite handle behind a Qt connection, for the bulk writes and reads
// where QtSql's per-value overhead dominates (tens of thousands of rows per snapshot, every time a
// snapshot opens). It runs inside whatever transaction the Qt connection has open.
class SqliteStatement
{
public:
    SqliteStatement(QSqlDatabase db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int column, qint64 value);
    void bind(int column, const QString &text); // NULL when text is null
    void bind(int column, const QByteArray &bytes, bool asText = false);
    bool step(); // executes and resets for the next row
    QString error() const;

    // Reading: next() steps to the following row (false at the end or on an error: see failed()).
    bool next();
    bool failed() const { return !m_error.isEmpty(); }
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    std::string_view view(int column) const; // valid until the next step

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace vaultscope
