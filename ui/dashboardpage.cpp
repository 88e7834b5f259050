#include "dashboardpage.h"

#include "chartview.h"
#include "heatmapview.h"
#include "store/database.h"
#include "store/snapshotstore.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMutexLocker>
#include <QPieSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

namespace vaultscope {

namespace {

// Okabe–Ito: pass and fail told apart by colour-blind readers too, and always labelled.
const QColor kPass(0x00, 0x72, 0xB2);
const QColor kFail(0xD5, 0x5E, 0x00);
const QColor kUnknown(0x99, 0x99, 0x99);

struct ResultKind
{
    char code;
    QString label;
    QColor colour;
};

QList<ResultKind> resultKinds()
{
    return {{OutcomeCode::Compliant, DashboardPage::tr("Compliant"), kPass},
            {OutcomeCode::NonCompliant, DashboardPage::tr("Non-compliant"), kFail},
            {OutcomeCode::Unknown, DashboardPage::tr("Unknown"), kUnknown}};
}

int countOf(const PostureCounts &c, char code)
{
    return code == OutcomeCode::Compliant      ? c.compliant
           : code == OutcomeCode::NonCompliant ? c.nonCompliant
                                               : c.unknown;
}

// One result kind's bars over the groups; a null group stands for `rest` (the folded ones).
QBarSet *resultBarSet(const ResultKind &kind, const QList<const PostureView::Group *> &groups,
                      const PostureCounts &rest)
{
    auto *set = new QBarSet(kind.label);
    set->setColor(kind.colour);
    set->setBorderColor(kind.colour);
    set->setSelectedColor(kind.colour.darker(150));
    for (const PostureView::Group *g : groups)
        set->append(countOf(g ? g->counts : rest, kind.code));
    return set;
}

QString percent(double score)
{
    return QLocale().toString(score * 100, 'f', 1) + QStringLiteral(" %");
}

QString shortened(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QStringLiteral("…");
}

ChartView *newChart(const QString &title, const QString &accessibleName)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new ChartView(chart);
    view->setAccessibleName(accessibleName);
    view->setMinimumSize(220, 200);
    return view;
}

// Categories down the left in a smaller font, values along the bottom; returns the value axis.
QValueAxis *attachBarAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories,
                          const QString &valueFormat, const QColor &text)
{
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QFont small = axisY->labelsFont();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1.5));
    axisY->setLabelsFont(small);
    axisY->setLabelsColor(text);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(valueFormat);
    axisX->setLabelsColor(text);
    axisX->setTickCount(5);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->setVisible(true);
    return axisX;
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

DashboardPage::DashboardPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_headline(new QLabel)
    , m_results(newChart(tr("Results"), tr("Results: compliant, non-compliant and unknown")))
    , m_subscriptions(newChart(tr("Subscriptions, worst first"), tr("Results per subscription")))
    , m_definitions(
          newChart(tr("Pass rate per policy definition, worst first"), tr("Pass rate per definition")))
    , m_trend(newChart(tr("Trend across snapshots"), tr("Score across snapshots of this tenant")))
    , m_heat(new HeatMapView)
{
    setObjectName(QStringLiteral("dashboard"));
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    auto *heatBox = new QWidget;
    auto *heatLayout = new QVBoxLayout(heatBox);
    heatLayout->setContentsMargins(0, 0, 0, 0);
    auto *heatTitle = new QLabel(tr("Pass rate per subscription and control (worst subscriptions first)"));
    heatTitle->setAlignment(Qt::AlignCenter);
    heatLayout->addWidget(heatTitle);
    heatLayout->addWidget(m_heat, 1);
    m_heat->setObjectName(QStringLiteral("heatMap"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_results, 0, 0);
    grid->addWidget(m_subscriptions, 0, 1);
    grid->addWidget(m_definitions, 0, 2);
    grid->addWidget(m_trend, 1, 0);
    grid->addWidget(heatBox, 1, 1, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 3);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_headline);
    layout->addLayout(grid, 1);
    setTabOrder(m_results, m_subscriptions);
    setTabOrder(m_subscriptions, m_definitions);
    setTabOrder(m_definitions, m_trend);
    setTabOrder(m_trend, m_heat);

    connect(m_heat, &HeatMapView::cellActivated, this, [this](int row, int column) {
        const QString subscription = heatMapSubscription(row);
        const QString control = m_view.controls.value(column).key;
        const PostureCounts &cell =
            row == 0 ? m_view.controls.value(column).counts : m_view.heat.at(row - 1).at(column);
        drill([&](PostureFilter &f) {
            if (!subscription.isEmpty())
                f.subscriptions = {subscription};
            f.control = control;
            if (cell.nonCompliant > 0 && f.results.isEmpty())
                f.results = {OutcomeCode::NonCompliant};
        });
    });
}

QString DashboardPage::heatMapSubscription(int row) const
{
    return row <= 0 ? QString() : m_view.subscriptions.value(row - 1).key;
}

void DashboardPage::setSnapshot(const Snapshot *snapshot, const QList<VaultRow> *rows,
                                const PostureView &view)
{
    m_snapshot = snapshot;
    m_rows = rows;
    m_filter = PostureFilter();
    m_unfiltered = view;
    m_view = view;
    draw();
}

void DashboardPage::setFilter(const PostureFilter &filter)
{
    m_filter = filter;
    redraw();
}

void DashboardPage::drill(const std::function<void(PostureFilter &)> &narrow)
{
    PostureFilter f = m_filter;
    narrow(f);
    // Queued: the drill-down redraws the charts, and the element clicked must not be deleted
    // while it still reports the click.
    QMetaObject::invokeMethod(
        this, [this, f] { Q_EMIT drillDown(f); }, Qt::QueuedConnection);
}

void DashboardPage::applyTheme(QChart *chart)
{
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    chart->legend()->setLabelColor(palette().text().color());
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        draw();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        redraw();
}

void DashboardPage::redraw()
{
    if (!m_snapshot || !m_rows)
        return;
    // Clearing the filter comes back to the counts made when the snapshot loaded.
    m_view = m_filter.isEmpty() ? m_unfiltered : PostureView::compute(*m_snapshot, *m_rows, m_filter);
    draw();
}

void DashboardPage::draw()
{
    // Charts are rebuilt only where someone can see them: a drill-down to the vault table does
    // not pay for the dashboard it leaves.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_headline->setText(
        tr("Score %1 · %2 compliant · %3 non-compliant · %4 unknown · %5 vaults in %6 subscriptions")
            .arg(percent(m_view.overall.score()))
            .arg(m_view.overall.compliant)
            .arg(m_view.overall.nonCompliant)
            .arg(m_view.overall.unknown)
            .arg(m_view.vaults.size())
            .arg(m_view.subscriptions.size()));
    drawResults();
    drawSubscriptions();
    drawDefinitions();
    drawHeatMap();
    startTrend();
}

void DashboardPage::drawResults()
{
    QChart *chart = m_results->chart();
    clear(chart);
    applyTheme(chart);
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    QList<ChartView::Element> elements;
    for (const ResultKind &kind : resultKinds()) {
        const int value = countOf(m_view.overall, kind.code);
        if (value == 0)
            continue;
        QPieSlice *slice = series->append(kind.label, value);
        slice->setColor(kind.colour);
        slice->setLabel(kind.label); // the counts are in the headline and the element descriptions
        const char code = kind.code;
        const auto open = [this, code] { drill([code](PostureFilter &f) { f.results = {code}; }); };
        connect(slice, &QPieSlice::clicked, this, open);
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
        elements.append({tr("%1: %2 results (%3)")
                             .arg(kind.label)
                             .arg(value)
                             .arg(percent(double(value) / m_view.overall.evaluated())),
                         [slice](bool on) { slice->setExploded(on); }, open});
    }
    chart->addSeries(series);
    chart->setTitle(tr("Score %1").arg(percent(m_view.overall.score())));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_results->setElements(elements);
}

void DashboardPage::drawSubscriptions()
{
    QChart *chart = m_subscriptions->chart();
    clear(chart);
    applyTheme(chart);
    const qsizetype shown = std::min<qsizetype>(TopSubscriptions, m_view.subscriptions.size());
    PostureCounts rest;
    for (qsizetype i = shown; i < m_view.subscriptions.size(); ++i) {
        rest.compliant += m_view.subscriptions.at(i).counts.compliant;
        rest.nonCompliant += m_view.subscriptions.at(i).counts.nonCompliant;
        rest.unknown += m_view.subscriptions.at(i).counts.unknown;
    }
    // Bars run bottom to top: the worst goes last so that it is drawn on top.
    QStringList categories;
    QList<const PostureView::Group *> groups;
    if (rest.evaluated() > 0) {
        categories.append(tr("%n other subscription(s)", nullptr, int(m_view.subscriptions.size() - shown)));
        groups.append(nullptr);
    }
    for (qsizetype i = shown - 1; i >= 0; --i) {
        categories.append(shortened(m_view.subscriptions.at(i).label, 28));
        groups.append(&m_view.subscriptions.at(i));
    }
    auto *series = new QHorizontalStackedBarSeries;
    QList<ChartView::Element> elements;
    for (const ResultKind &kind : resultKinds()) {
        QBarSet *set = resultBarSet(kind, groups, rest);
        series->append(set);
        const char code = kind.code;
        connect(set, &QBarSet::clicked, this, [this, code, groups](int index) {
            const PostureView::Group *g = groups.value(index);
            drill([&](PostureFilter &f) {
                if (g)
                    f.subscriptions = {g->key};
                f.results = {code};
            });
        });
        connect(set, &QBarSet::hovered, this, [this, set, groups, kind](bool on, int index) {
            if (!on)
                return;
            const PostureView::Group *g = groups.value(index);
            m_subscriptions->setToolTip(tr("%1 — %2: %3")
                                            .arg(g ? g->label : tr("other subscriptions"), kind.label)
                                            .arg(set->at(index)));
        });
    }
    // Keyboard order: worst subscription first, its failing results first.
    for (qsizetype i = groups.size() - 1; i >= 0; --i) {
        for (int k : {1, 2, 0}) {
            QBarSet *set = series->barSets().at(k);
            const PostureView::Group *g = groups.at(i);
            const char code = resultKinds().at(k).code;
            elements.append({tr("%1 — %2: %3")
                                 .arg(g ? g->label : tr("other subscriptions"), set->label())
                                 .arg(set->at(int(i))),
                             [set, i](bool on) {
                                 set->deselectAllBars();
                                 if (on)
                                     set->selectBar(int(i));
                             },
                             [this, g, code] {
                                 drill([&](PostureFilter &f) {
                                     if (g)
                                         f.subscriptions = {g->key};
                                     f.results = {code};
                                 });
                             }});
        }
    }
    chart->addSeries(series);
    attachBarAxes(chart, series, categories, QStringLiteral("%d"), palette().text().color())
        ->applyNiceNumbers();
    m_subscriptions->setElements(elements);
}

void DashboardPage::drawDefinitions()
{
    QChart *chart = m_definitions->chart();
    clear(chart);
    applyTheme(chart);
    const qsizetype shown = std::min<qsizetype>(12, m_view.definitions.size());
    QStringList categories;
    QList<const PostureView::Group *> groups;
    for (qsizetype i = shown - 1; i >= 0; --i) {
        categories.append(shortened(m_view.definitions.at(i).label, 34));
        groups.append(&m_view.definitions.at(i));
    }
    auto *series = new QHorizontalPercentBarSeries;
    for (const ResultKind &kind : resultKinds()) {
        QBarSet *set = resultBarSet(kind, groups, {});
        series->append(set);
        const char code = kind.code;
        connect(set, &QBarSet::clicked, this, [this, code, groups](int index) {
            const PostureView::Group *g = groups.value(index);
            drill([&](PostureFilter &f) {
                f.definitions = {g->key};
                f.results = {code};
            });
        });
        connect(set, &QBarSet::hovered, this, [this, groups](bool on, int index) {
            if (on && groups.value(index))
                m_definitions->setToolTip(
                    tr("%1: %2 compliant")
                        .arg(groups.value(index)->label, percent(groups.value(index)->counts.score())));
        });
    }
    QList<ChartView::Element> elements;
    QBarSet *failing = series->barSets().at(1);
    for (qsizetype i = groups.size() - 1; i >= 0; --i) {
        const PostureView::Group *g = groups.at(i);
        elements.append({tr("%1: %2 compliant, %3 non-compliant")
                             .arg(g->label, percent(g->counts.score()))
                             .arg(g->counts.nonCompliant),
                         [failing, i](bool on) {
                             failing->deselectAllBars();
                             if (on)
                                 failing->selectBar(int(i));
                         },
                         [this, g] {
                             drill([&](PostureFilter &f) {
                                 f.definitions = {g->key};
                                 f.results = {OutcomeCode::NonCompliant};
                             });
                         }});
    }
    chart->addSeries(series);
    attachBarAxes(chart, series, categories, QStringLiteral("%d %"), palette().text().color());
    m_definitions->setElements(elements);
}

void DashboardPage::drawHeatMap()
{
    QStringList rows{tr("All subscriptions")};
    QList<QList<PostureCounts>> cells;
    QList<PostureCounts> all;
    QStringList columns;
    for (const PostureView::Group &c : std::as_const(m_view.controls)) {
        columns.append(c.label);
        all.append(c.counts);
    }
    cells.append(all);
    for (qsizetype i = 0; i < m_view.subscriptions.size() && i < HeatMapRows; ++i) {
        rows.append(m_view.subscriptions.at(i).label);
        cells.append(m_view.heat.at(i));
    }
    m_heat->setData(rows, columns, cells);
}

void DashboardPage::startTrend()
{
    const int generation = ++m_trendGeneration;
    const QString path = m_db.path();
    const QString tenant = m_snapshot->tenant;
    const PostureFilter filter = m_filter;
    using Points = QList<QPair<qint64, QPair<QDateTime, double>>>;
    auto *watcher = new QFutureWatcher<Points>(this);
    connect(watcher, &QFutureWatcher<Points>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_trendGeneration)
            drawTrend(watcher->result());
    });
    // Earlier snapshots are read once, on a worker with its own connection, and kept: a filter
    // change only recounts them. The shown snapshot comes from memory.
    watcher->setFuture(QtConcurrent::run(
        [path, tenant, filter, cache = m_trendCache, current = *m_snapshot, currentRows = *m_rows] {
            Points points;
            const QMutexLocker locker(&cache->mutex);
            if (!cache->loaded) {
                Database db(path);
                QString error;
                QList<SnapshotSummary> all;
                if (!db.open(&error, Database::Trusted) || !SnapshotStore(db).list(&all, &error))
                    return points;
                for (const SnapshotSummary &s : std::as_const(all)) {
                    if (s.id == current.id || s.tenant != tenant)
                        continue; // other tenants' snapshots are never read
                    TrendCache::Entry entry;
                    if (SnapshotStore(db).loadRows(s.id, &entry.header, &entry.rows, &error))
                        cache->entries.append(entry);
                }
                cache->loaded = true;
            }
            points.append(
                {current.id,
                 {current.capturedAt, PostureView::compute(current, currentRows, filter).overall.score()}});
            for (const TrendCache::Entry &e : std::as_const(cache->entries))
                points.append(
                    {e.header.id,
                     {e.header.capturedAt, PostureView::compute(e.header, e.rows, filter).overall.score()}});
            std::sort(points.begin(), points.end(),
                      [](const auto &a, const auto &b) { return a.second.first < b.second.first; });
            return points;
        }));
}

void DashboardPage::drawTrend(const QList<QPair<qint64, QPair<QDateTime, double>>> &points)
{
    QChart *chart = m_trend->chart();
    clear(chart);
    applyTheme(chart);
    auto *line = new QLineSeries;
    line->setName(tr("Score"));
    line->setColor(kPass);
    auto *dots = new QScatterSeries;
    dots->setName(tr("Snapshot"));
    dots->setColor(kPass);
    dots->setMarkerSize(9);
    QList<ChartView::Element> elements;
    for (const auto &[id, point] : points) {
        const qreal x = qreal(point.first.toMSecsSinceEpoch());
        line->append(x, point.second * 100);
        dots->append(x, point.second * 100);
        const qint64 snapshotId = id;
        elements.append({tr("%1: %2").arg(QLocale().toString(point.first.toLocalTime(), QLocale::ShortFormat),
                                          percent(point.second)),
                         {},
                         [this, snapshotId] { Q_EMIT snapshotRequested(snapshotId); }});
    }
    connect(dots, &QScatterSeries::clicked, this, [this, points](const QPointF &p) {
        for (const auto &[id, point] : points) {
            if (qAbs(qreal(point.first.toMSecsSinceEpoch()) - p.x()) < 1000)
                Q_EMIT snapshotRequested(id);
        }
    });
    chart->addSeries(line);
    chart->addSeries(dots);
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("MM-dd"));
    axisX->setTickCount(4);
    axisX->setLabelsColor(palette().text().color());
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%d %"));
    axisY->setLabelsColor(palette().text().color());
    if (!points.isEmpty()) {
        const QDateTime first = points.first().second.first, last = points.last().second.first;
        axisX->setRange(first.addDays(-1), last.addDays(1));
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(dots)}) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    chart->legend()->setVisible(false);
    chart->setTitle(points.size() < 2 ? tr("Trend: one snapshot of this tenant so far")
                                      : tr("Trend across %n snapshot(s)", nullptr, int(points.size())));
    m_trend->setElements(elements);
    Q_EMIT trendReady();
}

} // namespace vaultscope
