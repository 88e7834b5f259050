#pragma once

#include "posture/posture.h"
#include "posture/postureview.h"
#include "posture/snapshot.h"
#include "posture/snapshotdiff.h"
#include "store/snapshotstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace vaultscope {

class Database;
class ReviewPane;
class VaultFilterProxyModel;
class VaultTableModel;

// The vaults of a snapshot with their results; the selected vault's evaluation (every definition,
// its result and the condition that decided it) and its raw JSON as captured.
class VaultsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit VaultsPage(Database &db, QWidget *parent = nullptr);

    bool reloadSnapshots(qint64 select = 0);
    bool showSnapshot(qint64 id);
    qint64 currentSnapshotId() const;
    // Selects the vault with the most failing results (for screenshots and first looks).
    void selectWorstVault();
    // Gives the selected vault's details most of the page (the "vault page").
    void focusVaultDetails();
    // Shows a vault and puts one of its results in the review pane.
    bool selectFinding(const QString &resourceId, const QString &definition);
    const Snapshot &snapshotHeader() const { return m_header; }
    // A snapshot is read on a worker; snapshotShown() says when it is on screen.
    bool isLoading() const { return m_loading; }
    // Made with the snapshot on the worker: its unfiltered posture, and per service and control.
    const PostureView &initialView() const { return m_view; }
    const QHash<QString, PostureCounts> &controlPosture() const { return m_posture; }
    const PostureChoices &filterChoices() const { return m_choices; }
    const QList<VaultRow> &vaultRows() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    QTableView *tableView() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QTextBrowser *resultsView() const { return m_results; }
    QComboBox *snapshotChooser() const { return m_snapshots; }
    QComboBox *findingChooser() const { return m_finding; }
    ReviewPane *reviewPane() const { return m_review; }
    QSortFilterProxyModel *proxyModel() const;
    // Shows only the vaults the posture filter keeps (rows: indexes into vaultRows()).
    void setFilter(const PostureFilter &filter, const QList<int> &rows);
    // Writes the vaults as the table shows them (filter, search, order, visible columns) as CSV.
    bool exportView(const QString &path, QString *error) const;
    // The result changes from another stored snapshot to the one shown.
    bool compareWith(qint64 olderId, QList<ResultChange> *changes, QString *olderName, QString *error) const;

Q_SIGNALS:
    void snapshotShown();
    void importRequested();
    void demoRequested();

private:
    void showCurrentVault();
    void renameSnapshot();
    void deleteSnapshot();
    void updateSummary();
    void reviewCurrentFinding();
    struct Loaded;
    void apply(const Loaded &loaded, int generation);
    void chooseExport();
    void chooseComparison();

    Database &m_db;
    Snapshot m_header;
    PostureCounts m_counts; // of the whole snapshot
    PostureView m_view;
    QHash<QString, PostureCounts> m_posture;
    PostureChoices m_choices;
    bool m_loading = false;
    int m_loadGeneration = 0;
    VaultTableModel *m_model;
    VaultFilterProxyModel *m_proxy;
    QComboBox *m_snapshots;
    QLabel *m_summary;
    QLineEdit *m_search;
    QTableView *m_table;
    QTextBrowser *m_results;
    QPlainTextEdit *m_json;
    QLineEdit *m_jsonSearch;
    QComboBox *m_finding;
    ReviewPane *m_review;
    QString m_vaultId;
    QString m_vaultName;
    QSplitter *m_splitter;
    QSplitter *m_detailsSplitter;
};

} // namespace vaultscope
