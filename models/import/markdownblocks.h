#pragma once

#include "catalogue/baseline.h"

#include <QList>
#include <QString>

namespace vaultscope {

class LinkResolver;

// Inline content flattened to plain text, with the links it held.
struct RichText
{
    QString text;      // no markdown or HTML left; list items as "• item" lines
    QString lead;      // text before the first HTML list, when there is one
    QStringList items; // HTML <li> items inside the text (tables hold these)
    QList<Reference> links;
};

// The block structure of a markdown document, flattened to what the importers need.
struct Block
{
    enum Kind { Heading, Paragraph, List, Table, Quote, Code, Other };
    Kind kind = Other;
    int level = 0;               // heading level
    int line = 0;                // 1-based line in the source file
    RichText content;            // heading, paragraph, list, quote text
    QString label;               // "Guidance" for a paragraph that starts "**Guidance**: ..."
    QList<QList<RichText>> rows; // tables: rows[0] is the header row
};

// Parses markdown with cmark-gfm (tables, autolinks). Table delimiter rows whose cell count
// differs from their header (common in Microsoft's 2019 articles) are repaired first, since GFM
// would otherwise not recognise the table at all.
QList<Block> parseMarkdown(const QString &text, const LinkResolver &links);

// Exposed for tests.
QString repairTableDelimiters(const QString &text);

} // namespace vaultscope
