#pragma once

#include <QList>
#include <QPair>

class QTableView;

namespace vaultscope {

// The look every data table shares: whole-row single selection, alternating rows, no row numbers,
// compact rows, no word wrap.
void configureTable(QTableView *table);
// Sets each column's width: at least `widths[column]`, and never narrower than its header text in
// the window's language (German headers are longer than English ones).
void setColumnWidths(QTableView *table, const QList<QPair<int, int>> &widths);

} // namespace vaultscope
