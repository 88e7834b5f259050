#pragma once

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
    // Shows a vault and puts one of its results in the review pane.
    bool selectFinding(const QString &resourceId, const QString &definition);

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
    ReviewPane *m_review;
    QString m_vaultId;
    QString m_vaultName;
    QSplitter *m_splitter;
};

} // namespace vaultscope
