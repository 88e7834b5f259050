#pragma once

#include "catalogue/baseline.h"
#include "importerror.h"
#include "markdownblocks.h"

namespace vaultscope {

class LinkResolver;
struct SourceDocument;

// The per-format importers behind BaselineImporter. Each fills the entries (and what else the
// format knows) of *out; a false return leaves *error naming the line.

bool importTables(const QList<Block> &blocks, const LinkResolver &links, Baseline *out, ImportError *error);
bool importBenchmark(const QList<Block> &blocks, Baseline *out, ImportError *error); // ASB v1 and v2
bool importMcsbMarkdown(const QList<Block> &blocks, Baseline *out, ImportError *error);
bool importOverview(const QList<Block> &blocks, Baseline *out, ImportError *error);

bool looksLikeMcsbText(const QString &text);
bool importMcsbText(const QString &text, Baseline *out, ImportError *error);

struct Workbook;
// Baseline spreadsheets (ASB v1, v2, v3) and benchmark workbooks, told apart by their headers.
bool importWorkbook(const Workbook &workbook, const QString &fileName, Baseline *out, ImportError *error);

// Shared helpers.
// "backup" -> "Backup", "key-vault" -> "Key Vault", "sql-database" -> "SQL Database".
QString nameFromSlug(const QString &slug);
// Marks a baseline as MCSB; false (no features found) when it has no entries.
bool finishMcsb(Baseline *out, ImportError *error);
void appendParagraph(QString *field, const QString &text);
void appendReferences(QList<Reference> *to, const QList<Reference> &from);
// Adds Azure Policy definition names to every feature of one control.
void attachPolicies(QList<Entry> *entries, const QString &category, const QString &controlId,
                    const QStringList &names);
// "Service native IP filtering capability ..." from a feature description without a name line.
QString nameFromDescription(const QString &description);

} // namespace vaultscope
