#include "heatmapview.h"

#include "services/palette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace vaultscope {

QColor passRateColour(double score)
{
    // Okabe–Ito orange to blue through a light neutral.
    const QColor &bad = Palette::Fail, &mid = Palette::Neutral, &good = Palette::Pass;
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                                float(a.greenF() + (b.greenF() - a.greenF()) * t),
                                float(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    return score < 0.5 ? mix(bad, mid, score * 2) : mix(mid, good, (score - 0.5) * 2);
}

HeatMapView::HeatMapView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Heat map: pass rate per subscription and control"));
    viewport()->setMouseTracking(true);
}

void HeatMapView::setData(const QStringList &rows, const QStringList &columns,
                          const QList<QList<PostureCounts>> &cells)
{
    m_rows = rows;
    m_columns = columns;
    m_cells = cells;
    m_current = QPoint(0, 0);
    const QFontMetrics fm(font());
    m_rowHeader = 24;
    for (const QString &r : rows)
        m_rowHeader = std::max(m_rowHeader, fm.horizontalAdvance(r) + 16);
    m_rowHeader = std::min(m_rowHeader, 260);
    m_cellHeight = fm.height() + 8;
    m_minimumCellWidth = std::max(fm.horizontalAdvance(QStringLiteral("100 %")) + 14, 56);
    for (const QString &c : columns)
        m_minimumCellWidth = std::max(m_minimumCellWidth, fm.horizontalAdvance(c) + 12);
    updateScrollBars();
    viewport()->update();
}

void HeatMapView::setCurrentCell(const QPoint &cell)
{
    if (m_rows.isEmpty() || m_columns.isEmpty())
        return;
    m_current = QPoint(std::clamp(cell.x(), 0, int(m_columns.size()) - 1),
                       std::clamp(cell.y(), 0, int(m_rows.size()) - 1));
    const QRect r = cellRect(m_current.y(), m_current.x());
    if (r.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + r.bottom() - viewport()->height());
    else if (r.top() < m_cellHeight)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (m_cellHeight - r.top()));
    setAccessibleDescription(describe(m_current.y(), m_current.x()));
    viewport()->update();
}

QRect HeatMapView::cellRect(int row, int column) const
{
    return QRect(m_rowHeader + column * m_cellWidth - horizontalScrollBar()->value(),
                 m_cellHeight + row * m_cellHeight - verticalScrollBar()->value(), m_cellWidth, m_cellHeight);
}

QPoint HeatMapView::cellAt(const QPoint &pos) const
{
    const int column = (pos.x() + horizontalScrollBar()->value() - m_rowHeader) / m_cellWidth;
    const int row = (pos.y() + verticalScrollBar()->value() - m_cellHeight) / m_cellHeight;
    if (pos.x() < m_rowHeader || pos.y() < m_cellHeight || row >= m_rows.size() || column >= m_columns.size())
        return {-1, -1};
    return {column, row};
}

QString HeatMapView::describe(int row, int column) const
{
    const PostureCounts &c = m_cells.at(row).at(column);
    if (c.evaluated() == 0)
        return tr("%1, control %2: no vaults").arg(m_rows.at(row), m_columns.at(column));
    if (c.compliant == 0 && c.nonCompliant == 0)
        return tr("%1, control %2: only unknown results (%3): the data they need was not captured")
            .arg(m_rows.at(row), m_columns.at(column))
            .arg(c.unknown);
    return tr("%1, control %2: %3 % compliant (%4 compliant, %5 non-compliant, %6 unknown)")
        .arg(m_rows.at(row), m_columns.at(column), QLocale().toString(c.score() * 100, 'f', 1))
        .arg(c.compliant)
        .arg(c.nonCompliant)
        .arg(c.unknown);
}

void HeatMapView::updateScrollBars()
{
    // Few controls: wider cells fill the space; many: the minimum, and a scroll bar.
    m_cellWidth = m_columns.isEmpty()
                      ? m_minimumCellWidth
                      : std::clamp(int((viewport()->width() - m_rowHeader) / m_columns.size()),
                                   m_minimumCellWidth, 3 * m_minimumCellWidth);
    const int width = m_rowHeader + int(m_columns.size()) * m_cellWidth;
    const int height = m_cellHeight * (1 + int(m_rows.size()));
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    verticalScrollBar()->setRange(0, std::max(0, height - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(m_cellHeight);
}

void HeatMapView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HeatMapView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    p.fillRect(viewport()->rect(), pal.base());
    for (int r = 0; r < m_rows.size(); ++r) {
        const QRect first = cellRect(r, 0);
        if (first.bottom() < m_cellHeight || first.top() > viewport()->height())
            continue;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QRect cell = cellRect(r, c).adjusted(1, 1, -1, -1);
            const PostureCounts &counts = m_cells.at(r).at(c);
            if (counts.evaluated() == 0) { // said in the cell, not left blank
                p.fillRect(cell, pal.alternateBase());
                p.setPen(pal.color(QPalette::PlaceholderText));
                p.drawText(cell, Qt::AlignCenter,
                           fontMetrics().elidedText(tr("no vaults"), Qt::ElideRight, cell.width() - 4));
                continue;
            }
            // Only unknowns (related resources not read, say): no pass rate to show, and not a 0 %.
            const bool onlyUnknown = counts.compliant == 0 && counts.nonCompliant == 0;
            const QColor fill = onlyUnknown ? Palette::Unknown : passRateColour(counts.score());
            p.fillRect(cell, fill);
            p.setPen(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
            p.drawText(cell, Qt::AlignCenter,
                       onlyUnknown ? QStringLiteral("?")
                                   : QLocale().toString(counts.score() * 100, 'f', 0) + QStringLiteral(" %"));
        }
        p.setPen(pal.text().color());
        p.fillRect(QRect(0, first.top(), m_rowHeader, m_cellHeight), pal.base());
        p.drawText(QRect(4, first.top(), m_rowHeader - 8, m_cellHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(m_rows.at(r), Qt::ElideRight, m_rowHeader - 8));
    }
    p.fillRect(QRect(0, 0, viewport()->width(), m_cellHeight), pal.base());
    p.setPen(pal.text().color());
    for (int c = 0; c < m_columns.size(); ++c)
        p.drawText(QRect(cellRect(0, c).left(), 0, m_cellWidth, m_cellHeight), Qt::AlignCenter,
                   m_columns.at(c));
    if (!m_rows.isEmpty() && !m_columns.isEmpty() && hasFocus()) {
        p.setPen(QPen(pal.highlight().color(), 2));
        p.drawRect(cellRect(m_current.y(), m_current.x()).adjusted(1, 1, -1, -1));
    }
}

void HeatMapView::keyPressEvent(QKeyEvent *event)
{
    QPoint next = m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        next.rx() -= 1;
        break;
    case Qt::Key_Right:
        next.rx() += 1;
        break;
    case Qt::Key_Up:
        next.ry() -= 1;
        break;
    case Qt::Key_Down:
        next.ry() += 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_rows.isEmpty() && !m_columns.isEmpty())
            Q_EMIT cellActivated(m_current.y(), m_current.x());
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    setCurrentCell(next);
    QToolTip::showText(viewport()->mapToGlobal(cellRect(m_current.y(), m_current.x()).bottomLeft()),
                       describe(m_current.y(), m_current.x()), viewport());
}

void HeatMapView::mousePressEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() < 0)
        return;
    setCurrentCell(cell);
    Q_EMIT cellActivated(cell.y(), cell.x());
}

bool HeatMapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0)
            QToolTip::showText(help->globalPos(), describe(cell.y(), cell.x()), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace vaultscope
