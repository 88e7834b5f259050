#pragma once

#include "posture/postureview.h"
#include "posture/snapshot.h"
#include "posture/snapshotdiff.h"
#include "snapshottrend.h"
#include "store/snapshotstore.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace vaultscope {

class Database;
class VaultFilterProxyModel;

// One vault as captured and every definition's result for it, with the condition that decided it
// (recomputed for the one vault: the store keeps outcomes, evaluation is cheap).
struct VaultDetails
{
    struct Result
    {
        char outcome = 0;
        SnapshotDefinition definition;
        QString reason;
        QString remedy; // the definition's description, for failing and unknown results
    };
    // A key, secret or certificate of the vault, with its results as of the capture.
    struct Object
    {
        QString id; // the identifier URL as captured (the resource id of its findings)
        QString name;
        QString type;           // Microsoft.KeyVault.Data/vaults/keys, …
        QJsonObject json;       // as captured
        QJsonObject normalized; // the fields the definitions read
        QList<Result> results;
        char worst = 0; // the first of non-compliant, unknown, compliant among its results
    };
    QJsonObject json;
    QList<Result> results; // failing first, then unknown, then passing: what an auditor reads first
    QList<Object> objects; // worst first
    QString objectsGap;    // why a live scan could not read the vault's objects
    QDateTime evaluatedAt; // the capture: time-relative definitions are judged as of then
    QString portalUrl;
    // What a reviewer can choose: the vault's results, then its objects' failing and unknown ones,
    // each as "✗ name: definition" with its resource id and definition name.
    struct Reviewable
    {
        QString label;
        QString resourceId;
        QString definition;
    };
    QList<Reviewable> reviewable;
};
class VaultTableModel;

// The snapshot the window looks at, and everything derived from it that several pages show: the
// stored snapshots, the current one's header and vault rows (as a table model), its posture
// unfiltered and under the one filter, the filter's choices, the posture per service and control,
// and the trend across the tenant's snapshots. A snapshot is read and counted on a worker with a
// connection of its own; pages observe the signals and never hold each other's data.
class SnapshotSession final : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotSession(Database &db, QObject *parent = nullptr);
    ~SnapshotSession() override;

    // Reads the list again and opens `select`, else keeps the current one, else the newest.
    bool reload(qint64 select = 0);
    // The store's file was replaced (a restored backup): forgets what was read and opens again.
    void storeReplaced();
    // Reads the snapshot on a worker; currentChanged() when it is swapped in. 0 shows none.
    void open(qint64 id);
    bool isLoading() const { return m_loading; }
    bool isTrendPending() const { return m_trendPending; }
    bool isVaultDetailsPending() const { return m_detailsPending; }

    const QList<SnapshotSummary> &snapshots() const { return m_list; }
    qint64 currentId() const { return m_header.id; }
    const Snapshot &header() const { return m_header; }
    const QList<VaultRow> &rows() const;
    const PostureCounts &counts() const { return m_unfiltered.overall; }
    const PostureView &view() const { return m_view; }
    const PostureChoices &choices() const { return m_choices; }
    // Per "<service key>/<control id>": the catalogue's live posture.
    const QHash<QString, PostureCounts> &controlPosture() const { return m_controls; }
    const PostureFilter &filter() const { return m_filter; }
    void setFilter(const PostureFilter &filter);
    // The tenant's snapshots, oldest first, scored under the current filter.
    const QList<TrendPoint> &trend() const { return m_trend; }

    // The vaults of the current snapshot, and the same restricted to the filter's vaults.
    VaultTableModel *vaultModel() const { return m_model; }
    VaultFilterProxyModel *filteredVaults() const { return m_proxy; }

    bool rename(qint64 id, const QString &name, QString *error);
    bool remove(qint64 id, QString *error);
    // Reads and evaluates one vault of the current snapshot on a worker (its objects can number
    // thousands); vaultDetailsReady or vaultDetailsFailed follow. A newer request drops the older
    // one's result.
    void requestVaultDetails(const VaultRow &row);
    // The result changes from another stored snapshot to the current one.
    bool compareWith(qint64 olderId, QList<ResultChange> *changes, QString *olderName, QString *error) const;

Q_SIGNALS:
    void snapshotsChanged();
    void loadingStarted(qint64 id);
    // The current snapshot was swapped in (header, rows, counts; the filter is cleared).
    void currentChanged();
    // A step later, so that the window answers input between them: the posture, the filter's
    // choices and the posture per control are there to draw.
    void postureChanged();
    void filterChanged();
    void trendChanged();
    // Reading the list or a snapshot failed; the message names the cause.
    void failed(const QString &message);
    void vaultDetailsReady(const QString &vaultId, const VaultDetails &details);
    void vaultDetailsFailed(const QString &vaultId, const QString &message);

private:
    struct Loaded;
    // What requestVaultDetails runs on its worker, with the worker's own connection.
    static bool readVaultDetails(Database &db, const Snapshot &header, const VaultRow &row, VaultDetails *out,
                                 QString *error);
    void apply(const Loaded &loaded, int generation);
    void startTrend();

    Database &m_db;
    QList<SnapshotSummary> m_list;
    Snapshot m_header;
    PostureView m_unfiltered;
    PostureView m_view;
    PostureChoices m_choices;
    QHash<QString, PostureCounts> m_controls;
    PostureFilter m_filter;
    QList<TrendPoint> m_trend;
    VaultTableModel *m_model;
    VaultFilterProxyModel *m_proxy;
    std::shared_ptr<SnapshotTrend::Cache> m_trendCache;
    int m_loadGeneration = 0;
    int m_trendGeneration = 0;
    int m_detailsGeneration = 0;
    // Vault details run here, one at a time, and spread their objects over the global pool: a
    // worker of the global pool that waited on it could wait for ever. A superseded request ends
    // before it starts.
    QThreadPool m_detailsPool;
    std::shared_ptr<std::atomic_int> m_latestDetails = std::make_shared<std::atomic_int>(0);
    bool m_loading = false;
    bool m_trendPending = false;
    bool m_detailsPending = false;
};

} // namespace vaultscope
