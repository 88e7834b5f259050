// Formats (c) Azure Security Benchmark v1 ("### 1.1: Title") and (d) v2 ("### NS-1: Title"):
// one entry per recommendation, with **Guidance**, **Azure Security Center monitoring** and
// **Responsibility** paragraphs.
#include "importers.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vaultscope {

namespace {
const QRegularExpression kV1Id(QStringLiteral("^(\\d+\\.\\d+)\\s*:\\s*(.+)$"));
const QRegularExpression kV2Id(QStringLiteral("^([A-Z]{2,3}-\\d+)\\s*:\\s*(.+)$"));

QStringList policyNames(const Block &table)
{
    QStringList names;
    for (int r = 1; r < table.rows.size(); ++r) {
        const QString name = table.rows.at(r).value(0).text.trimmed();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}
} // namespace

bool importBenchmark(const QList<Block> &blocks, Baseline *out, ImportError *error)
{
    bool v1 = false;
    QString category;
    Entry *current = nullptr;
    QString *openField = nullptr; // where unlabeled paragraphs and lists continue
    for (const Block &block : blocks) {
        if (block.kind == Block::Heading && block.level <= 2) {
            current = nullptr;
            openField = nullptr;
            if (vocabulary::isNextSteps(block.content.text))
                break;
            if (block.level == 2)
                category = block.content.text;
            continue;
        }
        if (block.kind == Block::Heading && block.level == 3) {
            auto m = kV1Id.match(block.content.text);
            if (m.hasMatch())
                v1 = true;
            else
                m = kV2Id.match(block.content.text);
            current = nullptr;
            openField = nullptr;
            if (m.hasMatch()) {
                Entry e;
                e.category = category;
                e.controlId = m.captured(1);
                e.name = m.captured(2).trimmed();
                e.sourceLine = block.line;
                out->entries.append(e);
                current = &out->entries.last();
            }
            continue;
        }
        if (!current)
            continue;
        if (block.kind == Block::Table) {
            if (vocabulary::isPolicyNameHeader(block.rows.value(0).value(0).text))
                current->policies += policyNames(block);
            continue;
        }
        if (!block.label.isEmpty()) {
            switch (vocabulary::labelKind(block.label)) {
            case vocabulary::Label::Guidance:
                openField = &current->guidance;
                break;
            case vocabulary::Label::Monitoring:
                openField = &current->monitoring;
                break;
            case vocabulary::Label::Responsibility:
                openField = &current->responsibility;
                break;
            default:
                openField = nullptr;
                break;
            }
            if (openField)
                appendParagraph(openField, block.content.text);
            appendReferences(&current->references, block.content.links);
            continue;
        }
        if (openField && openField == &current->guidance) {
            appendParagraph(openField, block.content.text);
            appendReferences(&current->references, block.content.links);
        }
    }
    if (out->entries.isEmpty()) {
        *error = {QString(), 0,
                  QCoreApplication::translate("vaultscope::Import", "no benchmark recommendations found")};
        return false;
    }
    out->format = v1 ? BaselineFormat::Asb1 : BaselineFormat::Asb2;
    out->benchmark =
        v1 ? QStringLiteral("Azure Security Benchmark v1") : QStringLiteral("Azure Security Benchmark v2");
    return true;
}

} // namespace vaultscope
