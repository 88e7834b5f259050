// Formats (a) 2019 "Security Attribute | Yes/No | Notes" tables and (b) "Security control | Yes/No |
// Notes | Documentation" articles: one entry per table row, one category per "##" section.
#include "importers.h"
#include "linkresolver.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vaultscope {

namespace {

// 2019 notes mention links as plain text: "See Use RBAC to manage backups (/azure/backup/x) for more".
void extractParenthesisedLinks(QString *notes, QList<Reference> *refs, const LinkResolver &links)
{
    static const QRegularExpression re(QStringLiteral("\\s*\\((https?://[^\\s)]+|/[A-Za-z][^\\s)]*)\\)"));
    static const QRegularExpression lead(QStringLiteral("(?:^|[.:;]\\s|\\b[Ss]ee )([^.:;]*)$"));
    QRegularExpressionMatch m;
    while ((m = re.match(*notes)).hasMatch()) {
        const QString before = notes->left(m.capturedStart());
        const auto l = lead.match(before);
        QString text = l.hasMatch() ? l.captured(1).trimmed() : QString();
        if (text.startsWith(QLatin1String("See "), Qt::CaseInsensitive))
            text = text.mid(4);
        const QString url = links.resolve(m.captured(1));
        // The autolink extension may already have listed the bare URL; give it the better text.
        auto same =
            std::find_if(refs->begin(), refs->end(), [&url](const Reference &r) { return r.url == url; });
        if (same == refs->end())
            refs->append({text.isEmpty() ? url : text, url});
        else if (same->text == url && !text.isEmpty())
            same->text = text;
        notes->remove(m.capturedStart(), m.capturedLength());
    }
}

QString tidyLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.simplified().replace(QLatin1String(" ."), QLatin1String("."));
    return lines.join(QLatin1Char('\n')).trimmed();
}

QString cellName(const RichText &cell)
{
    QString name = cell.items.isEmpty() ? cell.text : cell.lead;
    name = name.trimmed();
    while (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name.trimmed();
}

} // namespace

bool importTables(const QList<Block> &blocks, const LinkResolver &links, Baseline *out, ImportError *error)
{
    QString category;
    bool sawControlHeader = false;
    bool sawDocumentation = false;
    bool sawAttributeCategory = false;
    for (const Block &block : blocks) {
        if (block.kind == Block::Heading && block.level == 2) {
            category = block.content.text;
            sawAttributeCategory |= vocabulary::isAttributeCategory(category);
            continue;
        }
        if (block.kind != Block::Table || block.rows.isEmpty())
            continue;
        const QList<RichText> &header = block.rows.constFirst();
        const QString first = header.value(0).text;
        const bool controls = vocabulary::isControlHeader(first);
        if (!controls && !vocabulary::isAttributeHeader(first))
            continue; // another table (e.g. vulnerability scan notes): not baseline content
        sawControlHeader |= controls;
        for (int c = 3; c < header.size(); ++c)
            sawDocumentation |= vocabulary::isDocumentationHeader(header.at(c).text);
        out->language = vocabulary::languageOfHeader(first);

        for (int r = 1; r < block.rows.size(); ++r) {
            const QList<RichText> &row = block.rows.at(r);
            Entry e;
            e.category = category.isEmpty() ? QStringLiteral("General") : category;
            e.name = cellName(row.value(0));
            if (e.name.isEmpty())
                continue;
            e.nameDetails = row.value(0).items;
            e.supported = row.value(1).text.trimmed();
            e.notes = row.value(2).text;
            e.references = row.value(0).links + row.value(2).links;
            extractParenthesisedLinks(&e.notes, &e.references, links);
            e.notes = tidyLines(e.notes);
            for (int c = 3; c < row.size(); ++c) {
                appendReferences(&e.references, row.at(c).links);
                if (row.at(c).links.isEmpty() && !row.at(c).text.isEmpty())
                    appendReferences(&e.references, {{row.at(c).text, QString()}});
            }
            e.sourceLine = block.line + r + 1; // the delimiter row sits between header and rows
            out->entries.append(e);
        }
    }
    if (out->entries.isEmpty()) {
        *error = {QString(), 0,
                  QCoreApplication::translate("vaultscope::Import",
                                              "the attribute or control tables hold no rows")};
        return false;
    }
    // The header word alone does not tell the generations apart: some 2019 control articles still
    // say "Security Attribute", and some attribute pages were republished as "security controls".
    const bool attributes = !sawControlHeader && !sawDocumentation &&
                            (sawAttributeCategory || out->language != QLatin1String("en"));
    out->format = attributes ? BaselineFormat::Attributes : BaselineFormat::Controls;
    return true;
}

} // namespace vaultscope
