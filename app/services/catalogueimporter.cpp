#include "catalogueimporter.h"

#include "import/baselineimporter.h"
#include "store/cataloguestore.h"
#include "store/database.h"

#include <QDir>
#include <QFile>

namespace vaultscope {

namespace {
FileImportResult store(Database &db, const Baseline &baseline, const QString &path)
{
    FileImportResult r;
    r.path = path;
    r.service = baseline.service;
    r.title = baseline.title;
    r.entries = int(baseline.entries.size());
    r.categories = int(baseline.categories().size());
    CatalogueStore catalogue(db);
    CatalogueStore::SaveOutcome outcome;
    QString error;
    if (!catalogue.save(baseline, &outcome, &error, &r.baselineId)) {
        r.message = path + QLatin1String(": ") + error;
        return r;
    }
    r.status = outcome == CatalogueStore::SaveOutcome::Added ? FileImportResult::Added
                                                             : FileImportResult::AlreadyPresent;
    return r;
}
} // namespace

CatalogueImporter::CatalogueImporter(Database &db)
    : m_db(db)
{
}

FileImportResult CatalogueImporter::importFile(const QString &path)
{
    Baseline baseline;
    ImportError error;
    if (!BaselineImporter::importFile(path, &baseline, &error))
        return {path, FileImportResult::Failed, error.toString(), {}, {}, 0, 0};
    return store(m_db, baseline, path);
}

FileImportResult CatalogueImporter::importBytes(const QByteArray &bytes, const QString &name)
{
    Baseline baseline;
    ImportError error;
    if (!BaselineImporter::importBytes(bytes, name, &baseline, &error))
        return {name, FileImportResult::Failed, error.toString(), {}, {}, 0, 0};
    return store(m_db, baseline, name);
}

bool importBundledBaselines(Database &db, QString *error)
{
    CatalogueImporter importer(db);
    const QDir dir(QStringLiteral(":/baselines"));
    const QStringList files =
        dir.entryList({QStringLiteral("*.md"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name == QLatin1String("ATTRIBUTION.md"))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = name + QLatin1String(": ") + file.errorString();
            return false;
        }
        const FileImportResult r = importer.importBytes(file.readAll(), name);
        if (r.status == FileImportResult::Failed) {
            *error = r.message;
            return false;
        }
    }
    return true;
}

} // namespace vaultscope
