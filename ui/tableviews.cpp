#include "tableviews.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace vaultscope {

void configureTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void setColumnWidths(QTableView *table, const QList<QPair<int, int>> &widths)
{
    const QHeaderView *header = table->horizontalHeader();
    // The header's sort indicator and margins take room beside the text.
    const int chrome = header->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2 +
                       header->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 8;
    for (const auto &[column, minimum] : widths) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        table->setColumnWidth(column,
                              std::max(minimum, header->fontMetrics().horizontalAdvance(title) + chrome));
    }
}

} // namespace vaultscope
