#pragma once

#include "review/reviewprogress.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace vaultscope {

class ReviewItemFilterModel;
class ReviewItemModel;

// "My open items": review progress per category and per subscription, and what is left to review.
// Activating an item opens it where it is reviewed.
class OpenItemsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OpenItemsPage(QWidget *parent = nullptr);

    void setOverview(const ReviewOverview &overview, const QString &snapshotLabel);

    QTreeWidget *progressView() const { return m_progress; }
    QTableView *itemsView() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QSortFilterProxyModel *proxyModel() const;

Q_SIGNALS:
    void itemActivated(const vaultscope::ReviewItem &item);

private:
    void filterByProgressNode();

    QTreeWidget *m_progress;
    ReviewItemModel *m_model;
    ReviewItemFilterModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace vaultscope
