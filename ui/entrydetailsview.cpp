#include "entrydetailsview.h"

#include "catalogue/baseline.h"

#include <QUrl>

namespace vaultscope {

EntryDetailsView::EntryDetailsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setOpenLinks(true);
    setAccessibleName(tr("Entry details"));
    document()->setDocumentMargin(12);
}

QVariant EntryDetailsView::loadResource(int, const QUrl &)
{
    return {}; // never fetch images or style sheets, local or remote
}

void EntryDetailsView::showPlaceholder(const QString &text)
{
    setHtml(QStringLiteral("<p style='color:palette(mid)'>%1</p>").arg(text.toHtmlEscaped()));
}

void EntryDetailsView::showEntry(const Entry &entry, const QString &baselineTitle, const QString &service,
                                 const QString &sourceName)
{
    setHtml(entryHtml(entry, baselineTitle, service, sourceName));
}

QString EntryDetailsView::textToHtml(const QString &text)
{
    QString html;
    bool inList = false;
    const QStringList paragraphs = text.split(QLatin1String("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QStringList lines = paragraph.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QStringLiteral("• "))) {
                if (!inList)
                    html += QLatin1String("<ul>");
                inList = true;
                html += QLatin1String("<li>") + trimmed.mid(2).toHtmlEscaped() + QLatin1String("</li>");
                continue;
            }
            if (inList)
                html += QLatin1String("</ul>");
            inList = false;
            html += QLatin1String("<p>") + trimmed.toHtmlEscaped() + QLatin1String("</p>");
        }
        if (inList)
            html += QLatin1String("</ul>");
        inList = false;
    }
    return html;
}

QString EntryDetailsView::entryHtml(const Entry &e, const QString &baselineTitle, const QString &service,
                                    const QString &sourceName)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QLatin1String("<h2>");
    if (!e.controlId.isEmpty())
        html += esc(e.controlId) + QStringLiteral(" · ");
    html += esc(e.name) + QLatin1String("</h2>");
    if (!e.nameDetails.isEmpty())
        html += textToHtml(QStringLiteral("• ") + e.nameDetails.join(QStringLiteral("\n• ")));
    html += QStringLiteral("<p><small>%1 › %2 › %3%4</small></p>")
                .arg(esc(service), esc(baselineTitle), esc(e.category),
                     e.controlTitle.isEmpty()
                         ? QString()
                         : QStringLiteral(" › ") + esc(e.controlId + QLatin1String(": ") + e.controlTitle));

    QString facts;
    auto fact = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            facts += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    fact(tr("Supported"), e.supported);
    fact(tr("Enabled by default"), e.enabledByDefault);
    fact(tr("Responsibility"), e.responsibility);
    fact(tr("Security Center monitoring"), e.monitoring);
    if (!facts.isEmpty())
        html += QLatin1String("<table cellspacing='0' cellpadding='3'>") + facts + QLatin1String("</table>");

    auto section = [&](const QString &title, const QString &text) {
        if (!text.isEmpty())
            html += QLatin1String("<h3>") + esc(title) + QLatin1String("</h3>") + textToHtml(text);
    };
    section(tr("Description"), e.description);
    section(tr("Notes"), e.notes);
    section(tr("Guidance"), e.guidance);
    if (!e.references.isEmpty()) {
        html += QLatin1String("<h3>") + esc(tr("References")) + QLatin1String("</h3><ul>");
        for (const Reference &r : e.references) {
            const QUrl url(r.url);
            const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
            html += web ? QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                              .arg(esc(QString::fromUtf8(url.toEncoded())), esc(r.text))
                        : QStringLiteral("<li>%1</li>").arg(esc(r.text));
        }
        html += QLatin1String("</ul>");
    }
    if (!e.policies.isEmpty()) {
        html += QLatin1String("<h3>") + esc(tr("Azure Policy definitions")) + QLatin1String("</h3>");
        html += textToHtml(QStringLiteral("• ") + e.policies.join(QStringLiteral("\n• ")));
    }
    if (!sourceName.isEmpty()) {
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(esc(tr("Source: %1, line %2").arg(sourceName).arg(e.sourceLine)));
    }
    return html;
}

} // namespace vaultscope
