// Format (e) in markdown: Microsoft cloud security benchmark v1 baselines. "## Category",
// "### NS-2: Control", "#### Features", "##### Feature", labelled paragraphs and a
// Supported / Enabled By Default / Configuration Responsibility table per feature.
#include "importers.h"
#include "vocabulary.h"

#include <QRegularExpression>

namespace vaultscope {

bool importMcsbMarkdown(const QList<Block> &blocks, Baseline *out, ImportError *error)
{
    static const QRegularExpression controlRe(QStringLiteral("^([A-Z]{2,3}-\\d+)\\s*:\\s*(.+)$"));
    enum class Mode { Skip, Control, Features, Monitoring } mode = Mode::Skip;
    QString category;
    QString controlId;
    QString controlTitle;
    int featureIndex = -1;
    QString *openField = nullptr;

    auto newFeature = [&](const QString &name, int line) {
        Entry e;
        e.category = category;
        e.controlId = controlId;
        e.controlTitle = controlTitle;
        e.name = name;
        e.sourceLine = line;
        out->entries.append(e);
        featureIndex = int(out->entries.size()) - 1;
        openField = nullptr;
    };

    for (const Block &block : blocks) {
        if (block.kind == Block::Heading) {
            const QString &text = block.content.text;
            if (block.level <= 2) {
                if (vocabulary::isNextSteps(text))
                    break;
                mode = Mode::Skip;
                featureIndex = -1;
                if (block.level == 2 && !vocabulary::isSecurityProfile(text))
                    category = text;
                else
                    category.clear();
            } else if (block.level == 3) {
                const auto m = controlRe.match(text);
                mode = m.hasMatch() && !category.isEmpty() ? Mode::Control : Mode::Skip;
                controlId = m.captured(1);
                controlTitle = m.captured(2).trimmed();
                featureIndex = -1;
            } else if (block.level == 4 && mode != Mode::Skip) {
                mode = vocabulary::isMonitoringHeading(text) ? Mode::Monitoring : Mode::Features;
                featureIndex = -1;
            } else if (block.level >= 5 && mode == Mode::Features) {
                newFeature(text, block.line);
            }
            openField = nullptr;
            continue;
        }
        if (mode == Mode::Skip)
            continue;
        if (block.kind == Block::Table) {
            const QList<RichText> header = block.rows.value(0);
            if (vocabulary::isSupportedHeader(header.value(0).text) && featureIndex >= 0 &&
                block.rows.size() > 1) {
                Entry &e = out->entries[featureIndex];
                e.supported = block.rows.at(1).value(0).text;
                e.enabledByDefault = block.rows.at(1).value(1).text;
                e.responsibility = block.rows.at(1).value(2).text;
            } else if (vocabulary::isPolicyNameHeader(header.value(0).text)) {
                QStringList names;
                for (int r = 1; r < block.rows.size(); ++r)
                    names.append(block.rows.at(r).value(0).text);
                attachPolicies(&out->entries, category, controlId, names);
            }
            continue;
        }
        if (mode != Mode::Features)
            continue;
        const vocabulary::Label label = vocabulary::labelKind(block.label);
        if (label == vocabulary::Label::Description &&
            (featureIndex < 0 || !out->entries.at(featureIndex).description.isEmpty()))
            newFeature(nameFromDescription(block.content.text), block.line); // name line missing
        if (featureIndex < 0)
            continue;
        Entry &e = out->entries[featureIndex];
        switch (label) {
        case vocabulary::Label::Description:
            openField = &e.description;
            break;
        case vocabulary::Label::FeatureNotes:
            openField = &e.notes;
            break;
        case vocabulary::Label::ConfigurationGuidance:
        case vocabulary::Label::Guidance:
            openField = &e.guidance;
            break;
        case vocabulary::Label::Reference:
            openField = nullptr;
            if (block.content.links.isEmpty())
                appendReferences(&e.references, {{block.content.text, QString()}});
            break;
        default:
            if (!block.label.isEmpty())
                openField = nullptr;
            break;
        }
        if (openField)
            appendParagraph(openField, block.content.text);
        appendReferences(&e.references, block.content.links);
    }
    return finishMcsb(out, error);
}

} // namespace vaultscope
