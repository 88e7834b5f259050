#include "pagelayout.h"

#include "services/palette.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <cmath>
#include <numeric>

namespace vaultscope {

Metrics::Metrics(QPaintDevice *device)
    : m_device(device)
{
}

const QFontMetricsF &Metrics::of(const QFont &font)
{
    const int key = fontKey(font);
    auto it = m_metrics.find(key);
    if (it == m_metrics.end())
        it = m_metrics.emplace(key, font, m_device);
    return *it;
}
qreal Metrics::advance(const QFont &font, const QString &text)
{
    if (text.size() > 80)
        return of(font).horizontalAdvance(text);
    QHash<QString, qreal> &cache = m_advances[fontKey(font)];
    auto it = cache.constFind(text);
    if (it == cache.cend())
        it = cache.insert(text, of(font).horizontalAdvance(text));
    return *it;
}
void Metrics::draw(QPainter *painter, const QFont &font, const QPointF &topLeft, const QString &text)
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
PageLayout::PageLayout(QPdfWriter *writer, Metrics *metrics, QPainter *painter, const PageFrame &frame,
                       int firstPage, int totalPages)
    : m_writer(writer)
    , m_metrics(metrics)
    , m_painter(painter)
    , m_frame(frame)
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

void PageLayout::newPage()
{
    if (m_cancelled && m_cancelled())
        m_stopped = true;
    if (m_stopped)
        return;
    if (m_painter)
        m_writer->newPage(); // the cover is the first page, so every layout starts a new one
    ++m_page;
    ++m_pagesUsed;
    m_y = m_body.top();
    if (m_painter)
        drawFrame();
}
void PageLayout::heading(const QString &text, int level)
{
    if (m_stopped)
        return;
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
void PageLayout::paragraph(const QString &text, const QFont *font, const QColor &colour)
{
    if (m_stopped)
        return;
    const QFont &f = font ? *font : m_text;
    lines(wrap(text, f, m_body.width()), f, colour);
    m_y += m_metrics->of(f).height() * 0.5;
}
void PageLayout::table(const QList<Column> &allColumns, const QList<QStringList> &allRows)
{
    if (m_stopped)
        return;
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
                m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), height), Palette::HeaderFill);
            m_painter->setFont(font);
            m_painter->setPen(Qt::black);
            qreal x = m_body.left();
            for (int i = 0; i < cells.size(); ++i) {
                for (int l = from; l < from + count && l < cells.at(i).size(); ++l)
                    m_metrics->draw(m_painter, font, QPointF(x + pad, m_y + pad + (l - from) * lineHeight),
                                    cells.at(i).at(l));
                x += widths.at(i);
            }
            m_painter->setPen(Palette::Rule);
            m_painter->drawLine(QPointF(m_body.left(), m_y + height), QPointF(m_body.right(), m_y + height));
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
        if (m_stopped)
            return;
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
            if (m_stopped)
                return;
            startOnPage();
        }
    }
    m_y += lineHeight * 0.8;
}
void PageLayout::bar(const QString &label, const PostureCounts &counts, qreal labelShare)
{
    if (m_stopped)
        return;
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
        const QList<QPair<int, QColor>> parts = {{counts.compliant, Palette::Pass},
                                                 {counts.nonCompliant, Palette::Fail},
                                                 {counts.unknown, Palette::Unknown}};
        for (const auto &[value, colour] : parts) {
            const qreal w = width * value / counts.evaluated();
            m_painter->fillRect(QRectF(x, m_y + 1, w, height - 2), colour);
            x += w;
        }
        m_painter->drawText(
            QPointF(left + width + 6, m_y + fm.ascent() + 1.5),
            QStringLiteral("%1 %").arg(m_frame.locale.toString(counts.score() * 100, 'f', 1)));
    }
    m_y += height + 1;
}
void PageLayout::legend(const QList<QPair<QString, QColor>> &items)
{
    if (m_stopped)
        return;
    const QFontMetricsF &fm = m_metrics->of(m_small);
    ensure(fm.height() * 2);
    if (m_painter) {
        qreal x = m_body.left();
        m_painter->setFont(m_small);
        for (const auto &[label, colour] : items) {
            m_painter->fillRect(QRectF(x, m_y + 2, 9, 7), colour);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QPointF(x + 12, m_y + fm.ascent()), label);
            x += 12 + fm.horizontalAdvance(label) + 16;
        }
    }
    m_y += fm.height() * 1.6;
}
void PageLayout::ensure(qreal height)
{
    if (m_pagesUsed == 0 || m_y + height > m_body.bottom())
        newPage();
}
void PageLayout::lines(const QStringList &text, const QFont &font, const QColor &colour)
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
QStringList PageLayout::wrap(const QString &text, const QFont &font, qreal width) const
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
void PageLayout::drawFrame()
{
    const QRectF page =
        QRectF(QPointF(0, 0), m_writer->pageLayout().paintRectPixels(m_writer->resolution()).size());
    const QFontMetricsF &fm = m_metrics->of(m_small);
    m_painter->setFont(m_small);
    m_painter->setPen(Qt::darkGray);
    m_painter->drawText(QPointF(page.left(), page.top() + fm.ascent()), m_frame.header);
    m_painter->drawLine(QPointF(page.left(), page.top() + fm.height() + 3),
                        QPointF(page.right(), page.top() + fm.height() + 3));
    m_painter->drawText(QPointF(page.left(), page.bottom() - fm.descent()),
                        fm.elidedText(m_frame.footer, Qt::ElideRight, page.width() * 0.7));
    const QString number = m_frame.pageOfTotal.arg(m_page).arg(m_total);
    m_painter->drawText(QPointF(page.right() - fm.horizontalAdvance(number), page.bottom() - fm.descent()),
                        number);
}
} // namespace vaultscope
