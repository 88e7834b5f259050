// Format (f): narrative "security features" overviews. Each "##" section is one capability entry
// whose notes are the section's text (deeper headings and lists included).
#include "importers.h"
#include "vocabulary.h"

#include <QCoreApplication>

namespace vaultscope {

bool importOverview(const QList<Block> &blocks, Baseline *out, ImportError *error)
{
    Entry *current = nullptr;
    const QString category = out->title.isEmpty() ? QStringLiteral("Security features") : out->title;
    for (const Block &block : blocks) {
        if (block.kind == Block::Heading && block.level <= 2) {
            current = nullptr;
            if (block.level == 1)
                continue;
            if (vocabulary::isNextSteps(block.content.text))
                break;
            Entry e;
            e.category = category;
            e.name = block.content.text;
            e.sourceLine = block.line;
            out->entries.append(e);
            current = &out->entries.last();
            continue;
        }
        if (!current)
            continue;
        QString text = block.content.text;
        if (block.kind == Block::Table) {
            QStringList rows;
            for (const QList<RichText> &row : block.rows) {
                QStringList cells;
                for (const RichText &cell : row)
                    cells.append(QString(cell.text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
                rows.append(cells.join(QStringLiteral(" — ")));
                for (const RichText &cell : row)
                    appendReferences(&current->references, cell.links);
            }
            text = rows.join(QLatin1Char('\n'));
        } else if (block.kind == Block::Paragraph && !block.label.isEmpty()) {
            text = block.label + QLatin1String(": ") + text;
        }
        appendParagraph(&current->notes, text);
        appendReferences(&current->references, block.content.links);
    }
    // Drop sections with no text (e.g. a heading kept only as an anchor).
    out->entries.removeIf([](const Entry &e) { return e.notes.isEmpty(); });
    if (out->entries.isEmpty()) {
        *error = {QString(), 0,
                  QCoreApplication::translate("vaultscope::Import", "the overview has no sections")};
        return false;
    }
    out->format = BaselineFormat::Overview;
    return true;
}

} // namespace vaultscope
