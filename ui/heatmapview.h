#pragma once

#include "posture/posture.h"

#include <QAbstractScrollArea>

namespace vaultscope {

// Subscription x control pass rates as coloured cells, with the percentage written in each so the
// colour is never the only cue. Arrow keys move the current cell, Enter opens its vaults; a click
// does the same.
class HeatMapView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit HeatMapView(QWidget *parent = nullptr);

    void setData(const QStringList &rows, const QStringList &columns,
                 const QList<QList<PostureCounts>> &cells);
    QPoint currentCell() const { return m_current; }
    void setCurrentCell(const QPoint &cell); // x = column, y = row
    QRect cellRect(int row, int column) const;
    const QStringList &rows() const { return m_rows; }
    const QStringList &columns() const { return m_columns; }
    // What a cell says in words: its tooltip and its accessible description.
    QString describe(int row, int column) const;

Q_SIGNALS:
    void cellActivated(int row, int column);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QPoint cellAt(const QPoint &pos) const;
    void updateScrollBars();

    QStringList m_rows;
    QStringList m_columns;
    QList<QList<PostureCounts>> m_cells;
    QPoint m_current{0, 0};
    int m_rowHeader = 180;
    int m_cellWidth = 64;
    int m_minimumCellWidth = 64;
    int m_cellHeight = 22;
};

// Colour of a pass rate on a blue (good) to orange (bad) scale, readable by colour-blind people.
QColor passRateColour(double score);

} // namespace vaultscope
