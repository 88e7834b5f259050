#pragma once

#include "store/snapshotstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace vaultscope {

class ReviewPane;
class ReviewService;
class SnapshotSession;
class VaultDetailsView;
class FindingList;
struct VaultDetails;

// The vaults of the session's snapshot with their results; the selected vault's evaluation and
// configuration (VaultDetailsView) and the review of one of its results. Observes the session.
class VaultsPage final : public QWidget
{
    Q_OBJECT
public:
    VaultsPage(SnapshotSession &session, ReviewService &reviews, QWidget *parent = nullptr);

    qint64 currentSnapshotId() const;
    // Selects the vault with the most failing results (for screenshots and first looks).
    void selectWorstVault();
    // Gives the selected vault's details most of the page (the "vault page").
    void focusVaultDetails();
    // Shows a vault and, once its details are read, puts one of its results in the review pane
    // (the first when `definition` names none there). False when no vault of the snapshot matches.
    bool selectFinding(const QString &resourceId, const QString &definition);
    // Whether the selected vault's results are shown (they are read on a worker).
    bool isVaultShown() const { return m_detailsShown; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    QTableView *tableView() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QTextBrowser *resultsView() const;
    QComboBox *snapshotChooser() const { return m_snapshots; }
    QComboBox *findingChooser() const { return m_finding; }
    ReviewPane *reviewPane() const { return m_review; }
    QSortFilterProxyModel *proxyModel() const;
    // Writes the vaults as the table shows them (filter, search, order, visible columns) as CSV.
    bool exportView(const QString &path, QString *error) const;

Q_SIGNALS:
    void scanRequested();
    void importRequested();
    void demoRequested();

private:
    void fillChooser();
    void snapshotChanged();
    void showCurrentVault();
    void showVaultDetails(const QString &vaultId, const VaultDetails &details);
    void listFindings(const QString &vaultId, const VaultDetails &details);
    void renameSnapshot();
    void deleteSnapshot();
    void updateSummary();
    void reviewCurrentFinding();
    void chooseExport();
    void chooseComparison();

    SnapshotSession &m_session;
    QComboBox *m_snapshots;
    QLabel *m_summary;
    QLineEdit *m_search;
    QTableView *m_table;
    VaultDetailsView *m_details;
    QComboBox *m_finding;
    FindingList *m_findings;
    ReviewPane *m_review;
    VaultRow m_vault;             // the selected one; an empty id when none
    QStringList m_pendingFinding; // chosen once the vault's details arrive
    bool m_detailsShown = false;
    QSplitter *m_splitter;
};

} // namespace vaultscope
