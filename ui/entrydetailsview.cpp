#include "entrydetailsview.h"

#include "catalogue/baseline.h"

#include <QDesktopServices>
#include <QUrl>

namespace vaultscope {

EntryDetailsView::EntryDetailsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("vaultscope"))
            Q_EMIT entryLinkActivated(url);
        else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
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
                                 const QString &sourceName, const EntryContext &context)
{
    setHtml(entryHtml(entry, baselineTitle, service, sourceName, context));
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
                                    const QString &sourceName, const EntryContext &context)
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

    if (!e.mappings.isEmpty()) {
        html += QLatin1String("<h3>") + esc(tr("Framework mappings")) +
                QLatin1String("</h3><table cellspacing='0' cellpadding='3'>");
        for (const Mapping &m : e.mappings)
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(m.framework), esc(m.ids.join(QLatin1String(", "))));
        html += QLatin1String("</table>");
    }
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
    if (const Entry *b = context.benchmarkControl) {
        html += QLatin1String("<h3>") + esc(tr("In the benchmark")) + QLatin1String("</h3>");
        html += QStringLiteral("<p><a href=\"%1\">%2</a><br><small>%3</small></p>")
                    .arg(esc(QString::fromUtf8(context.benchmarkLink.toEncoded())),
                         esc(b->controlId + QLatin1String(": ") + b->name), esc(context.benchmarkTitle));
        if (!b->description.isEmpty())
            html += textToHtml(b->description);
        if (!b->mappings.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("Maps to %1").arg(mappingsText(b->mappings))));
    }
    if (!context.usedBy.isEmpty()) {
        html += QLatin1String("<h3>") + esc(tr("Baselines with this control")) + QLatin1String("</h3><ul>");
        for (const auto &[label, url] : context.usedBy)
            html += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                        .arg(esc(QString::fromUtf8(url.toEncoded())), esc(label));
        html += QLatin1String("</ul>");
    }
    if (!e.policies.isEmpty()) {
        html += QLatin1String("<h3>") + esc(tr("Azure Policy definitions")) + QLatin1String("</h3><ul>");
        for (const QString &policy : e.policies) {
            const bool evaluated = context.evaluatedPolicies.contains(policy.toLower());
            html += QLatin1String("<li>") + esc(policy) +
                    (evaluated ? QStringLiteral(" <b>— ") + esc(tr("evaluated by Vaultscope")) +
                                     QLatin1String("</b>")
                               : QString()) +
                    QLatin1String("</li>");
        }
        html += QLatin1String("</ul>");
    }
    if (!sourceName.isEmpty()) {
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(esc(tr("Source: %1, line %2").arg(sourceName).arg(e.sourceLine)));
    }
    return html;
}

} // namespace vaultscope
