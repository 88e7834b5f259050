#include "reportpdf.h"

#include "reportcontent.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <cmath>
#include <numeric>

namespace vaultscope {

namespace {

// Okabe–Ito colours: told apart by colour-blind readers too.
const QColor kPass(0x00, 0x72, 0xB2);
const QColor kFail(0xD5, 0x5E, 0x00);
const QColor kUnknown(0x99, 0x99, 0x99);
const QColor kRule(0xBB, 0xBB, 0xBB);
const QColor kHeaderFill(0xE8, 0xEE, 0xF4);

QString localTime(const QDateTime &utc)
{
    return ReportContent::locale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

// Font metrics and text widths, shared by both passes: the same subscription, group and status
// texts come back on thousands of rows.
class Metrics
{
public:
    explicit Metrics(QPaintDevice *device)
        : m_device(device)
    {
    }

    const QFontMetricsF &of(const QFont &font)
    {
        const int key = fontKey(font);
        auto it = m_metrics.find(key);
        if (it == m_metrics.end())
            it = m_metrics.emplace(key, font, m_device);
        return *it;
    }

    qreal advance(const QFont &font, const QString &text)
    {
        if (text.size() > 80)
            return of(font).horizontalAdvance(text);
        QHash<QString, qreal> &cache = m_advances[fontKey(font)];
        auto it = cache.constFind(text);
        if (it == cache.cend())
            it = cache.insert(text, of(font).horizontalAdvance(text));
        return *it;
    }

    // Draws a line with its top-left at topLeft; short, repeated texts are shaped once.
    void draw(QPainter *painter, const QFont &font, const QPointF &topLeft, const QString &text)
    {
        if (text.size() > 80) {
            painter->drawText(topLeft + QPointF(0, of(font).ascent()), text);
            return;
        }
        QHash<QString, QList<QGlyphRun>> &cache = m_glyphs[fontKey(font)];
        auto it = cache.find(text);
        if (it == cache.end()) {
            // Plain text laid out once; drawing the glyphs skips shaping on every repeat.
            QTextLayout layout(text, font, m_device);
            layout.beginLayout();
            layout.createLine().setLineWidth(1e6);
            layout.endLayout();
            it = cache.insert(text, layout.glyphRuns());
        }
        for (const QGlyphRun &run : std::as_const(*it))
            painter->drawGlyphRun(topLeft, run);
    }

private:
    static int fontKey(const QFont &font) { return int(font.pointSizeF() * 10) * 2 + (font.bold() ? 1 : 0); }

    QPaintDevice *m_device;
    QHash<int, QFontMetricsF> m_metrics;
    QHash<int, QHash<QString, qreal>> m_advances;
    QHash<int, QHash<QString, QList<QGlyphRun>>> m_glyphs;
};

struct Column
{
    QString title;
    qreal share; // of the body width
};

// Lays the report out page by page. Run once without a painter to count pages and find where each
// heading lands, then again to draw, knowing "page X of Y" and the contents' page numbers.
class Layout
{
public:
    Layout(QPdfWriter *writer, Metrics *metrics, QPainter *painter, const ReportContent &content,
           int firstPage, int totalPages)
        : m_writer(writer)
        , m_metrics(metrics)
        , m_painter(painter)
        , m_content(content)
        , m_page(firstPage - 1)
        , m_total(totalPages)
    {
        const QRectF page =
            QRectF(QPointF(0, 0), writer->pageLayout().paintRectPixels(writer->resolution()).size());
        m_body = page.adjusted(0, 28, 0, -28);
        m_text = QFont(QStringLiteral("Noto Sans"));
        m_text.setPointSizeF(8.5);
        m_small = m_text;
        m_small.setPointSizeF(7.5);
        m_bold = m_text;
        m_bold.setBold(true);
    }

    int pagesUsed() const { return m_pagesUsed; }
    const QList<QPair<QString, int>> &headings() const { return m_headings; }
    QRectF body() const { return m_body; }

    void newPage()
    {
        if (m_painter)
            m_writer->newPage(); // the cover is the first page, so every layout starts a new one
        ++m_page;
        ++m_pagesUsed;
        m_y = m_body.top();
        if (m_painter)
            drawFrame();
    }

    void heading(const QString &text, int level)
    {
        QFont font = m_bold;
        font.setPointSizeF(level == 1 ? 15 : level == 2 ? 11.5 : 9.5);
        const qreal height = m_metrics->of(font).height();
        if (level == 1 && m_y > m_body.top())
            newPage();
        ensure(height * 3.5); // never a heading alone at the foot of a page
        m_y += level == 1 ? 0 : height * 0.6;
        if (level <= 2)
            m_headings.append({QString(level == 2 ? QStringLiteral("    ") : QString()) + text, m_page});
        lines(wrap(text, font, m_body.width()), font, Qt::black);
        m_y += height * 0.3;
    }

    void paragraph(const QString &text, const QFont *font = nullptr, const QColor &colour = Qt::black)
    {
        const QFont &f = font ? *font : m_text;
        lines(wrap(text, f, m_body.width()), f, colour);
        m_y += m_metrics->of(f).height() * 0.5;
    }

    // Columns no row fills are left out; every column is at least as wide as its header's
    // longest word, the rest shared as the columns ask.
    void table(const QList<Column> &allColumns, const QList<QStringList> &allRows)
    {
        QList<int> keep;
        for (int c = 0; c < allColumns.size(); ++c) {
            if (c == 0 || std::any_of(allRows.cbegin(), allRows.cend(),
                                      [c](const QStringList &r) { return !r.value(c).isEmpty(); }))
                keep.append(c);
        }
        QList<Column> columns;
        for (int c : keep)
            columns.append(allColumns.at(c));
        QList<QStringList> rows;
        rows.reserve(allRows.size());
        for (const QStringList &r : allRows) {
            QStringList kept;
            for (int c : keep)
                kept.append(r.value(c));
            rows.append(kept);
        }
        const qreal pad = 2.5;
        const QFontMetricsF &fm = m_metrics->of(m_text);
        const QFontMetricsF &boldMetrics = m_metrics->of(m_bold);
        const qreal lineHeight = fm.height();
        qreal shares = 0;
        for (const Column &c : columns)
            shares += c.share;
        QList<qreal> widths, minimum;
        for (const Column &c : columns) {
            qreal widest = 0;
            for (const QString &word : c.title.split(QLatin1Char(' ')))
                widest = std::max(widest, boldMetrics.horizontalAdvance(word));
            minimum.append(widest + 2 * pad + 1);
            widths.append(std::max(minimum.last(), c.share / shares * m_body.width()));
        }
        qreal excess = std::accumulate(widths.cbegin(), widths.cend(), 0.0) - m_body.width();
        qreal slack = 0;
        for (int i = 0; i < widths.size(); ++i)
            slack += widths.at(i) - minimum.at(i);
        for (int i = 0; i < widths.size() && excess > 0 && slack > 0; ++i)
            widths[i] -= excess * (widths.at(i) - minimum.at(i)) / slack;
        QStringList titles;
        for (const Column &c : columns)
            titles.append(c.title);
        const auto cellLines = [&](const QStringList &cells, const QFont &font) {
            QList<QStringList> out;
            for (int i = 0; i < columns.size(); ++i)
                out.append(wrap(cells.value(i), font, widths.at(i) - 2 * pad));
            return out;
        };
        const QList<QStringList> headerLines = cellLines(titles, m_bold);
        const auto rowHeight = [&](const QList<QStringList> &cells, int from) {
            qsizetype most = 1;
            for (const QStringList &c : cells)
                most = std::max(most, c.size() - from);
            return most * lineHeight + 2 * pad;
        };
        const auto drawRow = [&](const QList<QStringList> &cells, int from, int count, const QFont &font,
                                 bool header) {
            const qreal height = count * lineHeight + 2 * pad;
            if (m_painter) {
                if (header)
                    m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), height), kHeaderFill);
                m_painter->setFont(font);
                m_painter->setPen(Qt::black);
                qreal x = m_body.left();
                for (int i = 0; i < cells.size(); ++i) {
                    for (int l = from; l < from + count && l < cells.at(i).size(); ++l)
                        m_metrics->draw(m_painter, font,
                                        QPointF(x + pad, m_y + pad + (l - from) * lineHeight),
                                        cells.at(i).at(l));
                    x += widths.at(i);
                }
                m_painter->setPen(kRule);
                m_painter->drawLine(QPointF(m_body.left(), m_y + height),
                                    QPointF(m_body.right(), m_y + height));
            }
            m_y += height;
        };
        const qreal headerHeight = rowHeight(headerLines, 0);
        const auto startOnPage = [&] {
            drawRow(headerLines, 0, int(rowHeight(headerLines, 0) / lineHeight), m_bold, true);
        };
        ensure(headerHeight + lineHeight * 2 + 2 * pad);
        startOnPage();
        for (const QStringList &row : rows) {
            const QList<QStringList> cells = cellLines(row, m_text);
            int from = 0;
            while (true) {
                const qreal needed = rowHeight(cells, from);
                if (m_y + needed <= m_body.bottom()) {
                    drawRow(cells, from, int(std::lround((needed - 2 * pad) / lineHeight)), m_text, false);
                    break;
                }
                // What fits here; the rest continues on the next page under a repeated header.
                const int fit = int((m_body.bottom() - m_y - 2 * pad) / lineHeight);
                if (fit >= 2) {
                    drawRow(cells, from, fit, m_text, false);
                    from += fit;
                }
                newPage();
                startOnPage();
            }
        }
        m_y += lineHeight * 0.8;
    }

    // Stacked bar: compliant, non-compliant, unknown, with its label on the left. Vector shapes.
    void bar(const QString &label, const PostureCounts &counts, qreal labelShare = 0.3)
    {
        const QFontMetricsF &fm = m_metrics->of(m_small);
        const qreal height = fm.height() + 3;
        ensure(height + 2);
        if (m_painter && counts.evaluated() > 0) {
            const qreal left = m_body.left() + m_body.width() * labelShare;
            const qreal width = m_body.width() * (0.82 - labelShare);
            m_painter->setFont(m_small);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QPointF(m_body.left(), m_y + fm.ascent() + 1.5),
                                fm.elidedText(label, Qt::ElideRight, left - m_body.left() - 4));
            qreal x = left;
            const QList<QPair<int, QColor>> parts = {
                {counts.compliant, kPass}, {counts.nonCompliant, kFail}, {counts.unknown, kUnknown}};
            for (const auto &[value, colour] : parts) {
                const qreal w = width * value / counts.evaluated();
                m_painter->fillRect(QRectF(x, m_y + 1, w, height - 2), colour);
                x += w;
            }
            m_painter->drawText(
                QPointF(left + width + 6, m_y + fm.ascent() + 1.5),
                QStringLiteral("%1 %").arg(ReportContent::locale().toString(counts.score() * 100, 'f', 1)));
        }
        m_y += height + 1;
    }

    void legend()
    {
        const QFontMetricsF &fm = m_metrics->of(m_small);
        ensure(fm.height() * 2);
        if (m_painter) {
            qreal x = m_body.left();
            m_painter->setFont(m_small);
            for (const auto &[label, colour] :
                 QList<QPair<QString, QColor>>{{ReportContent::tr("compliant"), kPass},
                                               {ReportContent::tr("non-compliant"), kFail},
                                               {ReportContent::tr("unknown"), kUnknown}}) {
                m_painter->fillRect(QRectF(x, m_y + 2, 9, 7), colour);
                m_painter->setPen(Qt::black);
                m_painter->drawText(QPointF(x + 12, m_y + fm.ascent()), label);
                x += 12 + fm.horizontalAdvance(label) + 16;
            }
        }
        m_y += fm.height() * 1.6;
    }

    QFont bold() const { return m_bold; }
    QFont small() const { return m_small; }

private:
    void ensure(qreal height)
    {
        if (m_pagesUsed == 0 || m_y + height > m_body.bottom())
            newPage();
    }

    void lines(const QStringList &text, const QFont &font, const QColor &colour)
    {
        const QFontMetricsF &fm = m_metrics->of(font);
        for (const QString &line : text) {
            ensure(fm.height());
            if (m_painter) {
                m_painter->setFont(font);
                m_painter->setPen(colour);
                m_painter->drawText(QPointF(m_body.left(), m_y + fm.ascent()), line);
            }
            m_y += fm.height();
        }
    }

    QStringList wrap(const QString &text, const QFont &font, qreal width) const
    {
        if (!text.contains(QLatin1Char('\n')) && m_metrics->advance(font, text) <= width)
            return {text};
        const QFontMetricsF &fm = m_metrics->of(font);
        QStringList out;
        for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
            if (fm.horizontalAdvance(paragraph) <= width) {
                out.append(paragraph);
                continue;
            }
            QString line;
            for (const QString &word : paragraph.split(QLatin1Char(' '))) {
                const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
                if (fm.horizontalAdvance(candidate) <= width) {
                    line = candidate;
                    continue;
                }
                if (!line.isEmpty())
                    out.append(line);
                line = word;
                // A word wider than the column (an id, a URL) breaks where it must.
                while (fm.horizontalAdvance(line) > width && line.size() > 1) {
                    qsizetype n = line.size() - 1;
                    while (n > 1 && fm.horizontalAdvance(line.left(n)) > width)
                        --n;
                    out.append(line.left(n));
                    line = line.mid(n);
                }
            }
            out.append(line);
        }
        return out;
    }

    void drawFrame()
    {
        const QRectF page =
            QRectF(QPointF(0, 0), m_writer->pageLayout().paintRectPixels(m_writer->resolution()).size());
        const QFontMetricsF &fm = m_metrics->of(m_small);
        m_painter->setFont(m_small);
        m_painter->setPen(Qt::darkGray);
        const QString snapshot = ReportContent::tr("Snapshot %1 · SHA-256 %2")
                                     .arg(m_content.snapshot.id)
                                     .arg(m_content.snapshot.sha256);
        m_painter->drawText(QPointF(page.left(), page.top() + fm.ascent()),
                            ReportContent::tr("Vaultscope audit report — %1").arg(m_content.snapshot.name));
        m_painter->drawLine(QPointF(page.left(), page.top() + fm.height() + 3),
                            QPointF(page.right(), page.top() + fm.height() + 3));
        m_painter->drawText(QPointF(page.left(), page.bottom() - fm.descent()),
                            fm.elidedText(snapshot, Qt::ElideRight, page.width() * 0.7));
        const QString number = ReportContent::tr("Page %1 of %2").arg(m_page).arg(m_total);
        m_painter->drawText(
            QPointF(page.right() - fm.horizontalAdvance(number), page.bottom() - fm.descent()), number);
    }

    QPdfWriter *m_writer;
    Metrics *m_metrics;
    QPainter *m_painter;
    const ReportContent &m_content;
    QRectF m_body;
    QFont m_text, m_small, m_bold;
    int m_page;
    int m_total;
    int m_pagesUsed = 0;
    qreal m_y = 0;
    QList<QPair<QString, int>> m_headings;
};

QString reviewText(const Review &r)
{
    if (r.target.isEmpty())
        return ReportContent::statusText(ReviewStatus::NotReviewed);
    QString text = ReportContent::statusText(r.status);
    if (r.status == ReviewStatus::Exception)
        text += QLatin1Char('\n') +
                ReportContent::tr("until %1, approved by %2")
                    .arg(r.expiry.isValid() ? r.expiry.toString(Qt::ISODate) : QStringLiteral("—"),
                         r.approver.isEmpty() ? QStringLiteral("—") : r.approver);
    return text;
}

void body(Layout &l, const ReportContent &c, const ReportOptions &o)
{
    const QLocale locale = ReportContent::locale();
    if (o.summary) {
        l.heading(ReportContent::tr("Executive summary"), 1);
        int reviewed = 0;
        for (const ReportEntry &e : c.entries)
            reviewed += e.review.status != ReviewStatus::NotReviewed ? 1 : 0;
        l.paragraph(
            ReportContent::tr(
                "Posture score: %1 % of %2 evaluated results compliant (%3 non-compliant, %4 unknown) over "
                "%5 vaults in %6 subscriptions. %7 of %8 catalogue entries reviewed. Exceptions: %9.")
                .arg(locale.toString(c.overall.score() * 100, 'f', 1))
                .arg(c.overall.evaluated())
                .arg(c.overall.nonCompliant)
                .arg(c.overall.unknown)
                .arg(c.vaults)
                .arg(c.subscriptions.size())
                .arg(reviewed)
                .arg(c.entries.size())
                .arg(c.exceptions.size()));
        l.heading(ReportContent::tr("Overall and worst subscriptions"), 2);
        l.legend();
        l.bar(ReportContent::tr("All subscriptions"), c.overall);
        for (qsizetype i = 0; i < c.subscriptions.size() && i < 15; ++i)
            l.bar(c.subscriptions.at(i).first, c.subscriptions.at(i).second);
        l.heading(ReportContent::tr("Top findings"), 2);
        QList<QStringList> rows;
        for (qsizetype i = 0; i < c.findings.size() && i < 10; ++i) {
            const ReportFinding &f = c.findings.at(i);
            rows.append({f.displayName, QString::number(f.resources.size()),
                         f.controls.join(QStringLiteral(", ")),
                         locale.toString(f.counts.score() * 100, 'f', 1) + QStringLiteral(" %")});
        }
        l.table({{ReportContent::tr("Policy definition"), 0.55},
                 {ReportContent::tr("Failing vaults"), 0.13},
                 {ReportContent::tr("Controls"), 0.18},
                 {ReportContent::tr("Pass rate"), 0.14}},
                rows);
    }
    if (o.catalogue) {
        l.heading(ReportContent::tr("Catalogue"), 1);
        QString baseline;
        QList<QStringList> rows;
        const auto flush = [&] {
            if (!rows.isEmpty())
                l.table({{ReportContent::tr("Category"), 0.15},
                         {ReportContent::tr("Control"), 0.27},
                         {ReportContent::tr("Supported"), 0.09},
                         {ReportContent::tr("Responsibility"), 0.1},
                         {ReportContent::tr("Live posture"), 0.11},
                         {ReportContent::tr("Status"), 0.1},
                         {ReportContent::tr("Note"), 0.18}},
                        rows);
            rows.clear();
        };
        for (const ReportEntry &e : c.entries) {
            if (e.baseline != baseline) {
                flush();
                baseline = e.baseline;
                l.heading(e.service + QStringLiteral(" — ") + e.baseline, 2);
            }
            rows.append({e.category, e.control.isEmpty() ? e.name : e.control + QLatin1Char(' ') + e.name,
                         e.supported, e.responsibility, e.posture, reviewText(e.review), e.review.note});
        }
        flush();
    }
    if (o.findings) {
        l.heading(ReportContent::tr("Findings"), 1);
        for (const ReportFinding &f : c.findings) {
            l.heading(f.displayName, 2);
            l.paragraph(
                ReportContent::tr(
                    "Definition %1, version %2, effect %3 · controls %4 · %5 of %6 evaluated vaults fail")
                    .arg(f.definition, f.version, f.effect, f.controls.join(QStringLiteral(", ")))
                    .arg(f.resources.size())
                    .arg(f.counts.evaluated()),
                nullptr, Qt::darkGray);
            QList<QStringList> rows;
            rows.reserve(f.resources.size());
            for (const ReportResource &r : f.resources)
                rows.append({r.subscription, r.resourceGroup, r.vault, reviewText(r.review), r.review.note});
            l.table({{ReportContent::tr("Subscription"), 0.2},
                     {ReportContent::tr("Resource group"), 0.2},
                     {ReportContent::tr("Vault"), 0.18},
                     {ReportContent::tr("Status"), 0.14},
                     {ReportContent::tr("Note"), 0.28}},
                    rows);
        }
        l.heading(ReportContent::tr("Exceptions"), 1);
        QList<QStringList> rows;
        for (const Review &r : c.exceptions)
            rows.append({r.target, r.expiry.isValid() ? r.expiry.toString(Qt::ISODate) : QStringLiteral("—"),
                         r.approver, r.reviewer, r.note});
        if (rows.isEmpty())
            l.paragraph(ReportContent::tr("No exceptions were recorded."));
        else
            l.table({{ReportContent::tr("Item"), 0.36},
                     {ReportContent::tr("Expires"), 0.1},
                     {ReportContent::tr("Approver"), 0.14},
                     {ReportContent::tr("Reviewer"), 0.12},
                     {ReportContent::tr("Note"), 0.28}},
                    rows);
    }
    if (o.appendix) {
        l.heading(ReportContent::tr("Appendix"), 1);
        l.heading(ReportContent::tr("Method"), 2);
        l.paragraph(ReportContent::tr(
            "Each vault's configuration, as captured in the snapshot, was evaluated offline against the "
            "Azure Policy definitions below, mapped to the controls of the Microsoft cloud security "
            "benchmark. Results are compliant, non-compliant, unknown (a property the definition needs "
            "was not captured) or not applicable. Reviews are the auditor's conclusions, with their "
            "history kept in the Vaultscope store."));
        l.heading(ReportContent::tr("Policy definitions"), 2);
        QList<QStringList> rows;
        for (const SnapshotDefinition &d : c.snapshot.definitions)
            rows.append({d.displayName, d.name, d.version, d.effect});
        l.table({{ReportContent::tr("Policy definition"), 0.5},
                 {ReportContent::tr("Name"), 0.3},
                 {ReportContent::tr("Version"), 0.08},
                 {ReportContent::tr("Effect"), 0.12}},
                rows);
        l.heading(ReportContent::tr("Evidence"), 2);
        rows.clear();
        for (const Evidence &e : c.evidence)
            rows.append({e.fileName, e.target, e.sha256});
        if (rows.isEmpty())
            l.paragraph(ReportContent::tr("No evidence files are attached."));
        else
            l.table({{ReportContent::tr("File"), 0.2},
                     {ReportContent::tr("Item"), 0.38},
                     {ReportContent::tr("SHA-256"), 0.42}},
                    rows);
        l.heading(ReportContent::tr("Snapshot"), 2);
        l.paragraph(ReportContent::tr(
                        "Snapshot %1 “%2”, captured %3, source %4. SHA-256 over its canonical resources: %5")
                        .arg(c.snapshot.id)
                        .arg(c.snapshot.name, localTime(c.snapshot.capturedAt), c.snapshot.source,
                             c.snapshot.sha256));
    }
}

void cover(QPainter &p, QPdfWriter &writer, const ReportContent &c, const QRectF &area)
{
    QFont title(QStringLiteral("Noto Sans"));
    title.setPointSizeF(24);
    title.setBold(true);
    QFont text(QStringLiteral("Noto Sans"));
    text.setPointSizeF(11);
    p.setPen(Qt::black);
    p.setFont(title);
    qreal y = area.top() + area.height() * 0.22;
    p.drawText(QRectF(area.left(), y, area.width(), 80), Qt::TextWordWrap,
               ReportContent::tr("Azure vault security audit report"));
    y += 90;
    p.setFont(text);
    const QFontMetricsF fm(text, &writer);
    const QList<QPair<QString, QString>> facts = {
        {ReportContent::tr("Tenant"),
         c.snapshot.tenant.isEmpty() ? ReportContent::tr("not recorded") : c.snapshot.tenant},
        {ReportContent::tr("Scope"),
         ReportContent::tr("%1 vaults in %2 subscriptions").arg(c.vaults).arg(c.subscriptions.size())},
        {ReportContent::tr("Snapshot"),
         ReportContent::tr("%1 (id %2)").arg(c.snapshot.name).arg(c.snapshot.id)},
        {ReportContent::tr("Captured"), localTime(c.snapshot.capturedAt)},
        {ReportContent::tr("Reviewer"),
         c.reviewer.isEmpty() ? ReportContent::tr("not recorded") : c.reviewer},
        {ReportContent::tr("Generated"), localTime(c.generated)},
        {ReportContent::tr("Snapshot SHA-256"), c.snapshot.sha256}};
    for (const auto &[label, value] : facts) {
        p.setFont(text);
        p.drawText(QPointF(area.left(), y), label);
        QRectF box(area.left() + area.width() * 0.28, y - fm.ascent(), area.width() * 0.72, fm.height() * 3);
        QRectF used;
        p.drawText(box, Qt::TextWrapAnywhere, value, &used);
        y += std::max(used.height(), fm.height()) + 6;
    }
}

// A PDF text string: UTF-16BE with its byte order mark, in hex, so any script survives.
QByteArray pdfString(const QString &text)
{
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

// Qt's PDF engine writes no /Author. An incremental update (a new Info object, an xref section and
// a trailer pointing back at the previous one) adds it the way PDF intends documents to be amended.
bool addDocumentInfo(QByteArray *pdf, const QString &title, const QString &author, const QDateTime &created)
{
    const qsizetype trailerAt = pdf->lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf->lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return false;
    const QByteArray trailer = pdf->mid(trailerAt, startxrefAt - trailerAt);
    const auto number = [&trailer](const char *key) {
        const qsizetype at = trailer.indexOf(key);
        if (at < 0)
            return -1;
        return trailer.mid(at + qstrlen(key)).trimmed().split(' ').value(0).split('\n').value(0).toInt();
    };
    const int size = number("/Size");
    const int root = number("/Root");
    const int info = number("/Info");
    const QByteArray previous = pdf->mid(startxrefAt + 9).trimmed().split('\n').value(0).trimmed();
    if (size <= 0 || root <= 0 || info <= 0 || previous.isEmpty())
        return false;
    if (!pdf->endsWith('\n'))
        pdf->append('\n');
    const qsizetype objectAt = pdf->size();
    const QByteArray date =
        "(D:" + created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
    pdf->append(QByteArray::number(info) + " 0 obj\n<<\n/Title " + pdfString(title) + "\n/Author " +
                pdfString(author) + "\n/Creator " +
                pdfString(QStringLiteral("Vaultscope " VAULTSCOPE_VERSION)) + "\n/Producer " +
                pdfString(QStringLiteral("Vaultscope " VAULTSCOPE_VERSION ", Qt " QT_VERSION_STR)) +
                "\n/CreationDate " + date + "\n/ModDate " + date + "\n>>\nendobj\n");
    const qsizetype xrefAt = pdf->size();
    pdf->append("xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(info) + " 1\n" +
                QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \ntrailer\n<<\n/Size " +
                QByteArray::number(size) + "\n/Root " + QByteArray::number(root) + " 0 R\n/Info " +
                QByteArray::number(info) + " 0 R\n/Prev " + previous + "\n>>\nstartxref\n" +
                QByteArray::number(xrefAt) + "\n%%EOF\n");
    return true;
}

} // namespace

bool writeReportPdf(const ReportContent &content, const ReportOptions &options, const QString &path,
                    QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // one unit is one point
    writer.setPageSize(QPageSize(options.paper == ReportOptions::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setTitle(content.snapshot.name);
    writer.setCreator(QStringLiteral("Vaultscope " VAULTSCOPE_VERSION));

    Metrics metrics(&writer);
    // Pass 1: where everything lands, and how many pages the contents take (page numbers are
    // placeholders of the same width, so the count holds).
    Layout measure(&writer, &metrics, nullptr, content, 1, 0);
    body(measure, content, options);
    const auto contents = [&](Layout &l, int firstBodyPage) {
        l.heading(ReportContent::tr("Contents"), 3);
        QList<QStringList> rows;
        for (const auto &[heading, page] : measure.headings())
            rows.append({heading, QString::number(page - 1 + firstBodyPage)});
        l.table({{ReportContent::tr("Section"), 0.88}, {ReportContent::tr("Page"), 0.12}}, rows);
    };
    Layout measureContents(&writer, &metrics, nullptr, content, 2, 0);
    contents(measureContents, 2 + 1);
    const int firstBodyPage = 2 + measureContents.pagesUsed();
    const int total = firstBodyPage - 1 + measure.pagesUsed();

    // Pass 2: draw.
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = ReportContent::tr("%1: cannot start the PDF").arg(path);
        return false;
    }
    cover(painter, writer, content, measure.body());
    Layout toc(&writer, &metrics, &painter, content, 2, total);
    contents(toc, firstBodyPage);
    Layout draw(&writer, &metrics, &painter, content, firstBodyPage, total);
    body(draw, content, options);
    painter.end();
    QByteArray pdf = buffer.data();
    const QString title =
        ReportContent::tr("Azure vault security audit report — %1").arg(content.snapshot.name);
    if (!addDocumentInfo(&pdf, title,
                         content.reviewer.isEmpty() ? ReportContent::tr("not recorded") : content.reviewer,
                         content.generated)) {
        *error = ReportContent::tr("%1: the PDF engine wrote no trailer").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        *error = ReportContent::tr("%1: cannot write the report: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace vaultscope
