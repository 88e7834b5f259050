#include "chartview.h"

#include <QKeyEvent>
#include <QToolTip>

namespace vaultscope {

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing);
}

void ChartView::setElements(QList<Element> elements)
{
    // The old elements' series are gone with the chart's previous content: nothing to un-highlight.
    m_elements = std::move(elements);
    m_current = -1;
}

void ChartView::activateElement(int index)
{
    if (index < 0 || index >= m_elements.size() || !m_elements.at(index).activate)
        return;
    const auto activate = m_elements.at(index).activate; // the elements may be replaced meanwhile
    activate();
}

void ChartView::setCurrent(int index)
{
    if (m_elements.isEmpty())
        return;
    if (m_current >= 0 && m_current < m_elements.size() && m_elements.at(m_current).highlight)
        m_elements.at(m_current).highlight(false);
    m_current = (index + int(m_elements.size())) % int(m_elements.size());
    const Element &e = m_elements.at(m_current);
    if (e.highlight)
        e.highlight(true);
    setAccessibleDescription(e.label);
    QToolTip::showText(mapToGlobal(QPoint(12, 12)), e.label, this);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrent(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrent(m_current < 0 ? -1 : m_current - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activateElement(m_current);
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void ChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    setStyleSheet(QStringLiteral("ChartView { border: 2px solid palette(highlight); }"));
}

void ChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    setStyleSheet(QString());
}

} // namespace vaultscope
