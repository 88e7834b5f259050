#pragma once

#include "posture/postureview.h"
#include "posture/snapshot.h"
#include "store/snapshotstore.h"

#include <QMutex>
#include <QWidget>

#include <memory>

class QChart;
class QLabel;

namespace vaultscope {

class ChartView;
class Database;
class HeatMapView;

// Posture of a snapshot under the current filter: the result donut, subscriptions worst first,
// pass rate per definition, the subscription x control heat map and the trend across earlier
// snapshots of the same tenant. Every element opens the vaults behind it (drillDown).
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TopSubscriptions = 25;
    static constexpr int HeatMapRows = 30;

    explicit DashboardPage(Database &db, QWidget *parent = nullptr);

    // The snapshot and its rows stay owned by the caller (the vaults page) and must outlive the
    // next call.
    // view: the snapshot's posture without a filter, already counted (on the loading worker).
    void setSnapshot(const Snapshot *snapshot, const QList<VaultRow> *rows, const PostureView &view);
    void setFilter(const PostureFilter &filter);
    const PostureView &view() const { return m_view; }
    PostureFilter filter() const { return m_filter; }

    ChartView *resultChart() const { return m_results; }
    ChartView *subscriptionChart() const { return m_subscriptions; }
    ChartView *definitionChart() const { return m_definitions; }
    ChartView *trendChart() const { return m_trend; }
    HeatMapView *heatMap() const { return m_heat; }
    // Heat map rows: the first is all subscriptions together.
    QString heatMapSubscription(int row) const;

Q_SIGNALS:
    void drillDown(const vaultscope::PostureFilter &filter);
    void snapshotRequested(qint64 id);
    void trendReady();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void redraw();
    void draw();
    void drawResults();
    void drawSubscriptions();
    void drawDefinitions();
    void drawHeatMap();
    void startTrend();
    void drawTrend(const QList<QPair<qint64, QPair<QDateTime, double>>> &points);
    void applyTheme(QChart *chart);
    void drill(const std::function<void(PostureFilter &)> &narrow);

    Database &m_db;
    const Snapshot *m_snapshot = nullptr;
    const QList<VaultRow> *m_rows = nullptr;
    PostureFilter m_filter;
    PostureView m_view;
    PostureView m_unfiltered;
    bool m_stale = false; // drawn data is older than m_view: redraw when shown
    QLabel *m_headline;
    ChartView *m_results;
    ChartView *m_subscriptions;
    ChartView *m_definitions;
    ChartView *m_trend;
    HeatMapView *m_heat;
    int m_trendGeneration = 0;
    // The tenant's other snapshots, read once per shown snapshot by the trend worker.
    struct TrendCache
    {
        struct Entry
        {
            Snapshot header;
            QList<VaultRow> rows;
        };
        QMutex mutex;
        bool loaded = false;
        QList<Entry> entries;
    };
    std::shared_ptr<TrendCache> m_trendCache = std::make_shared<TrendCache>();
};

} // namespace vaultscope
