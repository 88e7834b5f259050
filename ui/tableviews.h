#pragma once

class QTableView;

namespace vaultscope {

// The look every data table shares: whole-row single selection, alternating rows, no row numbers,
// compact rows, no word wrap.
void configureTable(QTableView *table);

} // namespace vaultscope
