#pragma once

#include "catalogue/baseline.h"
#include "importerror.h"

namespace vaultscope {

struct SourceDocument;

// Reads one baseline document in any of the known formats (detected from its content) into a
// Baseline. Pure: touches no database, safe to call from worker threads.
class BaselineImporter
{
public:
    static bool importFile(const QString &path, Baseline *out, ImportError *error);
    // A document or an .xlsx workbook (told apart by its first bytes) already in memory.
    static bool importBytes(const QByteArray &bytes, const QString &fileName, Baseline *out,
                            ImportError *error);
    static bool importDocument(const SourceDocument &doc, Baseline *out, ImportError *error);
};

} // namespace vaultscope
