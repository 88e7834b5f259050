#pragma once

#include "posture/posture.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QLocale>
#include <QRectF>

#include <functional>

class QPainter;
class QPaintDevice;
class QPdfWriter;

namespace vaultscope {

// Font metrics and text widths, shared by both passes: the same subscription, group and status
// texts come back on thousands of rows.
class Metrics
{
public:
    explicit Metrics(QPaintDevice *device);
    const QFontMetricsF &of(const QFont &font);
    qreal advance(const QFont &font, const QString &text);
    // Draws a line with its top-left at topLeft; short, repeated texts are shaped once.
    void draw(QPainter *painter, const QFont &font, const QPointF &topLeft, const QString &text);

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

// What every page carries, already in the document's language.
struct PageFrame
{
    QString header;      // top left
    QString footer;      // bottom left, elided
    QString pageOfTotal; // "Page %1 of %2"
    QLocale locale;      // numbers in bars
};

// Lays a document out page by page: headings, paragraphs, tables that break across pages with
// their header repeated, stacked bars. Run once without a painter to count pages and find where
// each heading lands, then again to draw, knowing "page X of Y". Knows nothing of audits.
class PageLayout
{
public:
    PageLayout(QPdfWriter *writer, Metrics *metrics, QPainter *painter, const PageFrame &frame, int firstPage,
               int totalPages);

    int pagesUsed() const { return m_pagesUsed; }
    const QList<QPair<QString, int>> &headings() const { return m_headings; }
    QRectF body() const { return m_body; }
    // Polled at every page break; once it answers true, nothing more is laid out.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    bool stopped() const { return m_stopped; }

    void newPage();
    void heading(const QString &text, int level);
    void paragraph(const QString &text, const QFont *font = nullptr, const QColor &colour = Qt::black);
    // Columns no row fills are left out; every column is at least as wide as its header's
    // longest word, the rest shared as the columns ask.
    void table(const QList<Column> &allColumns, const QList<QStringList> &allRows);
    // Stacked bar: compliant, non-compliant, unknown, with its label on the left. Vector shapes.
    void bar(const QString &label, const PostureCounts &counts, qreal labelShare = 0.3);
    void legend(const QList<QPair<QString, QColor>> &items);

private:
    void ensure(qreal height);
    void lines(const QStringList &text, const QFont &font, const QColor &colour);
    QStringList wrap(const QString &text, const QFont &font, qreal width) const;
    void drawFrame();

    QPdfWriter *m_writer;
    Metrics *m_metrics;
    QPainter *m_painter;
    PageFrame m_frame;
    QRectF m_body;
    QFont m_text, m_small, m_bold;
    int m_page;
    int m_total;
    int m_pagesUsed = 0;
    qreal m_y = 0;
    QList<QPair<QString, int>> m_headings;
    std::function<bool()> m_cancelled;
    bool m_stopped = false;
};

} // namespace vaultscope
