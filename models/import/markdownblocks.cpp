#include "markdownblocks.h"

#include "linkresolver.h"

#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <memory>

namespace vaultscope {

namespace {

QString typeOf(cmark_node *node)
{
    return QString::fromLatin1(cmark_node_get_type_string(node));
}

QString literalOf(cmark_node *node)
{
    const char *s = cmark_node_get_literal(node);
    return s ? QString::fromUtf8(s) : QString();
}

// Collapses runs of white space (also no-break spaces) inside each line, keeping line breaks.
QString tidy(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    QStringList out;
    bool lastBlank = true;
    for (QString &line : lines) {
        line.replace(QChar(0x00A0), QLatin1Char(' '));
        line = line.simplified();
        if (line.isEmpty()) {
            if (!lastBlank)
                out.append(QString());
            lastBlank = true;
            continue;
        }
        out.append(line);
        lastBlank = false;
    }
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

// Walks inline nodes, turning them into plain text. HTML list tags inside table cells become items.
class InlineCollector
{
public:
    explicit InlineCollector(const LinkResolver &resolver)
        : m_resolver(resolver)
    {
    }

    void collectChildren(cmark_node *parent)
    {
        for (cmark_node *n = cmark_node_first_child(parent); n; n = cmark_node_next(n))
            collect(n);
    }

    RichText result() const
    {
        RichText r;
        r.links = m_links;
        if (m_sawList) {
            r.lead = tidy(m_lead);
            for (const QString &item : m_items) {
                const QString t = tidy(item);
                if (!t.isEmpty())
                    r.items.append(t);
            }
            QStringList parts;
            if (!r.lead.isEmpty())
                parts.append(r.lead);
            for (const QString &item : std::as_const(r.items))
                parts.append(QStringLiteral("• ") + item);
            const QString after = tidy(m_buffer);
            if (!after.isEmpty())
                parts.append(after);
            r.text = parts.join(QLatin1Char('\n'));
        } else {
            r.text = tidy(m_buffer);
        }
        return r;
    }

private:
    void append(const QString &s)
    {
        if (m_inList && !m_items.isEmpty())
            m_items.last() += s;
        else
            m_buffer += s;
    }

    void html(const QString &tag)
    {
        static const QRegularExpression re(QStringLiteral("^<\\s*(/?)\\s*([a-zA-Z0-9]+)"));
        const auto m = re.match(tag);
        if (!m.hasMatch())
            return;
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            if (!closing && !m_sawList) {
                m_sawList = true;
                m_lead = m_buffer;
                m_buffer.clear();
            }
            m_inList = !closing;
        } else if (name == QLatin1String("li") && !closing) {
            if (!m_sawList) { // an <li> without <ul>
                m_sawList = true;
                m_lead = m_buffer;
                m_buffer.clear();
            }
            m_inList = true;
            m_items.append(QString());
        } else if (name == QLatin1String("br") || name == QLatin1String("p")) {
            append(QStringLiteral("\n"));
        }
    }

    void collect(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            append(literalOf(node));
            break;
        case CMARK_NODE_SOFTBREAK:
            append(QStringLiteral(" "));
            break;
        case CMARK_NODE_LINEBREAK:
            append(QStringLiteral("\n"));
            break;
        case CMARK_NODE_HTML_INLINE:
            html(literalOf(node));
            break;
        case CMARK_NODE_IMAGE:
            break; // images carry no baseline content
        case CMARK_NODE_LINK: {
            InlineCollector inner(m_resolver);
            inner.collectChildren(node);
            const QString text = inner.result().text;
            append(text);
            const QString url = m_resolver.resolve(QString::fromUtf8(cmark_node_get_url(node)));
            if (!url.isEmpty())
                m_links.append({text.isEmpty() ? url : text, url});
            break;
        }
        default:
            collectChildren(node);
            break;
        }
    }

    const LinkResolver &m_resolver;
    QString m_buffer;
    QString m_lead;
    QStringList m_items;
    bool m_inList = false;
    bool m_sawList = false;
    QList<Reference> m_links;
};

RichText inlineText(cmark_node *node, const LinkResolver &resolver)
{
    InlineCollector c(resolver);
    c.collectChildren(node);
    return c.result();
}

void appendRich(RichText *to, const RichText &from, const QString &separator)
{
    if (from.text.isEmpty() && from.links.isEmpty())
        return;
    if (!to->text.isEmpty() && !from.text.isEmpty())
        to->text += separator;
    to->text += from.text;
    to->links += from.links;
}

RichText containerText(cmark_node *node, const LinkResolver &resolver, int depth = 0);

// A list as "• item" lines, nested lists indented.
RichText listText(cmark_node *list, const LinkResolver &resolver, int depth)
{
    RichText out;
    const QString indent(depth * 2, QLatin1Char(' '));
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        RichText t = containerText(item, resolver, depth + 1);
        t.text.replace(QLatin1String("\n\n"), QLatin1String("\n"));
        t.text = indent + QStringLiteral("• ") + t.text;
        appendRich(&out, t, QStringLiteral("\n"));
    }
    return out;
}

// Block containers (quotes, list items) rendered as plain text.
RichText containerText(cmark_node *node, const LinkResolver &resolver, int depth)
{
    RichText out;
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
            appendRich(&out, inlineText(child, resolver), QStringLiteral("\n\n"));
            break;
        case CMARK_NODE_LIST:
            appendRich(&out, listText(child, resolver, depth), QStringLiteral("\n"));
            break;
        case CMARK_NODE_CODE_BLOCK:
            appendRich(&out, RichText{literalOf(child).trimmed(), {}, {}, {}}, QStringLiteral("\n\n"));
            break;
        default:
            appendRich(&out, containerText(child, resolver, depth), QStringLiteral("\n\n"));
            break;
        }
    }
    return out;
}

bool isDelimiterRow(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"));
    return line.contains(QLatin1Char('-')) && re.match(line).hasMatch();
}

int cellCount(QString line)
{
    line = line.trimmed();
    if (line.startsWith(QLatin1Char('|')))
        line.remove(0, 1);
    if (line.endsWith(QLatin1Char('|')) && !line.endsWith(QLatin1String("\\|")))
        line.chop(1);
    int count = 1;
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('\\'))
            ++i;
        else if (line.at(i) == QLatin1Char('|'))
            ++count;
    }
    return count;
}

QString labelOf(cmark_node *paragraph, const LinkResolver &resolver, RichText *content)
{
    cmark_node *first = cmark_node_first_child(paragraph);
    if (!first || cmark_node_get_type(first) != CMARK_NODE_STRONG)
        return {};
    QString label = inlineText(first, resolver).text;
    const QString rest = content->text.mid(label.size()).trimmed();
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    else if (!rest.startsWith(QLatin1Char(':')))
        return {};
    if (!content->text.startsWith(inlineText(first, resolver).text))
        return {};
    content->text = rest.startsWith(QLatin1Char(':')) ? rest.mid(1).trimmed() : rest;
    return label.trimmed();
}

} // namespace

QString repairTableDelimiters(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (!lines.at(i).contains(QLatin1Char('|')) || !isDelimiterRow(lines.at(i + 1)))
            continue;
        const int header = cellCount(lines.at(i));
        if (header != cellCount(lines.at(i + 1)))
            lines[i + 1] = QLatin1Char('|') + QString(QStringLiteral("---|")).repeated(header);
    }
    return lines.join(QLatin1Char('\n'));
}

QList<Block> parseMarkdown(const QString &text, const LinkResolver &resolver)
{
    cmark_gfm_core_extensions_ensure_registered();
    using ParserPtr = std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)>;
    using NodePtr = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;
    ParserPtr parser(cmark_parser_new(CMARK_OPT_DEFAULT), &cmark_parser_free);
    for (const char *name : {"table", "autolink", "strikethrough"}) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    const QByteArray utf8 = repairTableDelimiters(text).toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    NodePtr doc(cmark_parser_finish(parser.get()), &cmark_node_free);

    QList<Block> blocks;
    for (cmark_node *node = cmark_node_first_child(doc.get()); node; node = cmark_node_next(node)) {
        Block b;
        b.line = cmark_node_get_start_line(node);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            b.kind = Block::Heading;
            b.level = cmark_node_get_heading_level(node);
            b.content = inlineText(node, resolver);
            break;
        case CMARK_NODE_PARAGRAPH:
            b.kind = Block::Paragraph;
            b.content = inlineText(node, resolver);
            b.label = labelOf(node, resolver, &b.content);
            break;
        case CMARK_NODE_LIST:
            b.kind = Block::List;
            b.content = listText(node, resolver, 0);
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            b.kind = Block::Quote;
            b.content = containerText(node, resolver);
            b.content.text.remove(QRegularExpression(QStringLiteral("^\\[!\\w+\\]\\s*")));
            break;
        case CMARK_NODE_CODE_BLOCK:
            b.kind = Block::Code;
            b.content.text = literalOf(node).trimmed();
            break;
        default:
            if (typeOf(node) == QLatin1String("table")) {
                b.kind = Block::Table;
                for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
                    QList<RichText> cells;
                    for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
                        cells.append(inlineText(cell, resolver));
                    b.rows.append(cells);
                }
            }
            break;
        }
        if (b.kind != Block::Other)
            blocks.append(b);
    }
    return blocks;
}

} // namespace vaultscope
