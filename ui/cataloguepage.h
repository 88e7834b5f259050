#pragma once

#include "catalogue/baseline.h"
#include "entrydetailsview.h"
#include "posture/posture.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTreeView;

namespace vaultscope {

class CatalogueTreeModel;
class EntryFilterProxyModel;
class EntryTableModel;

// Browse the control catalogue: service/baseline/category tree, filterable entry table and the
// details of the current entry.
class CataloguePage final : public QWidget
{
    Q_OBJECT
public:
    explicit CataloguePage(QWidget *parent = nullptr);
    // Names of the policies Vaultscope evaluates (CatalogueService::evaluatedPolicies).
    void setEvaluatedPolicies(const QSet<QString> &names);

    void setCatalogue(const QList<Baseline> &baselines);
    // Selects the newest baseline of a service (by name, e.g. "Azure Key Vault"); false if none.
    bool selectService(const QString &service);
    bool selectBaseline(qint64 baselineId);
    void focusSearch();
    // The baseline of the current tree node (0 when a service is current).
    qint64 currentBaselineId() const;
    QString currentBaselineTitle() const;
    const Baseline *baseline(qint64 baselineId) const;
    const QList<Baseline> &baselines() const;
    // Shows the entry (clearing the filter when it hides it).
    bool selectEntry(qint64 baselineId, int entryIndex);
    // Puts the review pane under the entry details.
    void setReviewPane(QWidget *pane);
    void setReviewed(const QSet<QString> &reviewedTargets);
    // Live posture per "<service key>/<control id>", shown next to each control.
    void setPosture(const QHash<QString, PostureCounts> &posture, const QString &snapshotName);

Q_SIGNALS:
    // The user asked to remove a baseline (context menu or Delete on the tree).
    void removeBaselineRequested(qint64 baselineId);
    // The user asked to compare a baseline with another version (context menu).
    void compareRequested(qint64 baselineId);
    void entryShown(qint64 baselineId, const vaultscope::Entry &entry);

public:
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    QTreeView *treeView() const { return m_tree; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *supportedFilter() const { return m_supported; }
    QComboBox *responsibilityFilter() const { return m_responsibility; }
    EntryDetailsView *detailsView() const { return m_details; }
    EntryFilterProxyModel *proxyModel() const { return m_proxy; }

private:
    static QUrl entryLink(qint64 baselineId, int entryIndex);
    EntryContext contextOf(qint64 baselineId, const Entry &entry) const;
    void openEntryLink(const QUrl &url);
    void showEntriesOfCurrentNode();
    void applyFilter();
    void showCurrentEntry();
    void updateCount();

    CatalogueTreeModel *m_treeModel;
    EntryTableModel *m_entries;
    EntryFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_supported;
    QComboBox *m_responsibility;
    QLabel *m_count;
    QSet<QString> m_evaluatedPolicies; // lower-case names and display names of the shipped rules
    EntryDetailsView *m_details;
    QSplitter *m_splitter;
    QSplitter *m_rightSplitter;
};

} // namespace vaultscope
