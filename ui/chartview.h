#pragma once

#include <QChartView>

#include <functional>

namespace vaultscope {

// A chart whose elements (slices, bars) can be reached from the keyboard: arrow keys move between
// them, Enter or Space opens the current one, as a click does.
class ChartView final : public QChartView
{
    Q_OBJECT
public:
    struct Element
    {
        QString label;                       // read out and shown as a tooltip
        std::function<void(bool)> highlight; // on/off
        std::function<void()> activate;
    };

    explicit ChartView(QChart *chart, QWidget *parent = nullptr);
    void setElements(QList<Element> elements);
    int currentElement() const { return m_current; }
    const QList<Element> &elements() const { return m_elements; }
    void activateElement(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void setCurrent(int index);

    QList<Element> m_elements;
    int m_current = -1;
};

} // namespace vaultscope
