#pragma once

#include <QString>

namespace vaultscope {

class Database;

// The outcome of importing one file into the store.
struct FileImportResult
{
    enum Status { Added, AlreadyPresent, Failed };
    QString path;
    Status status = Failed;
    QString message; // for Failed: "file:line: reason"
    QString service;
    QString title;
    int entries = 0;
    int categories = 0;
    qint64 baselineId = 0;
};

// Parses documents and stores them, one transaction per file: a file either lands whole or not at
// all. Synchronous; the GUI runs it on a worker thread with its own Database.
class CatalogueImporter
{
public:
    explicit CatalogueImporter(Database &db);
    FileImportResult importFile(const QString &path);
    FileImportResult importBytes(const QByteArray &bytes, const QString &name);

private:
    Database &m_db;
};

// Imports the documents bundled with Vaultscope (the default catalogue).
bool importBundledBaselines(Database &db, QString *error);

} // namespace vaultscope
