#pragma once

#include "posture/postureview.h"

#include <QWidget>

#include <functional>

class QChart;
class QLabel;
class QStackedLayout;

namespace vaultscope {

class ChartView;
class EmptyEstateView;
class HeatMapView;
class SnapshotSession;
struct TrendPoint;

// Posture of a snapshot under the current filter: the result donut, subscriptions worst first,
// pass rate per definition, the subscription x control heat map and the trend across earlier
// snapshots of the same tenant, all read from the session. Every element opens the vaults behind it
// (drillDown).
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TopSubscriptions = 25;
    static constexpr int HeatMapRows = 30;

    explicit DashboardPage(SnapshotSession &session, QWidget *parent = nullptr);

    ChartView *resultChart() const { return m_results; }
    ChartView *subscriptionChart() const { return m_subscriptions; }
    ChartView *definitionChart() const { return m_definitions; }
    ChartView *trendChart() const { return m_trend; }
    HeatMapView *heatMap() const { return m_heat; }
    // Shown instead of the charts while the store holds no snapshot.
    EmptyEstateView *emptyEstateView() const { return m_empty; }
    bool isEmptyEstate() const;
    // Heat map rows: the first is all subscriptions together.
    QString heatMapSubscription(int row) const;

Q_SIGNALS:
    void drillDown(const vaultscope::PostureFilter &filter);
    // The trend chart shows the session's trend.
    void trendReady();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void draw();
    void drawResults();
    void drawSubscriptions();
    void drawDefinitions();
    void drawHeatMap();
    void drawTrend();
    void drawObjects();
    void applyTheme(QChart *chart);
    void drill(const std::function<void(PostureFilter &)> &narrow);

    SnapshotSession &m_session;
    bool m_stale = false;      // drawn data is older than the session's: redraw when shown
    bool m_trendStale = false; // likewise for the trend
    QLabel *m_headline;
    QLabel *m_objects; // the Key Vault objects' counts, when the snapshot has any
    ChartView *m_results;
    ChartView *m_subscriptions;
    ChartView *m_definitions;
    ChartView *m_trend;
    HeatMapView *m_heat;
    EmptyEstateView *m_empty;
    QStackedLayout *m_stack;
};

} // namespace vaultscope
