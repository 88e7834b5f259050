#include "dashboardpage.h"

#include "chartview.h"
#include "common/logging.h"
#include "completenessbanner.h"
#include "emptyestateview.h"
#include "heatmapview.h"
#include "services/palette.h"
#include "services/snapshotsession.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace vaultscope {

namespace {

struct ResultKind
{
    char code;
    QString label;
    QColor colour;
};

QList<ResultKind> resultKinds()
{
    QList<ResultKind> kinds;
    for (const char code : {OutcomeCode::Compliant, OutcomeCode::NonCompliant, OutcomeCode::Unknown})
        kinds.append({code, outcomeLabel(code), Palette::outcome(code)});
    return kinds;
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

DashboardPage::DashboardPage(SnapshotSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_headline(new QLabel)
    , m_objects(new QLabel)
    , m_results(newChart(tr("Results"), tr("Results: compliant, non-compliant and unknown")))
    , m_subscriptions(newChart(tr("Subscriptions, worst first"), tr("Results per subscription")))
    , m_definitions(
          newChart(tr("Pass rate per policy definition, worst first"), tr("Pass rate per definition")))
    , m_trend(newChart(tr("Trend across snapshots"), tr("Score across snapshots of this tenant")))
    , m_heat(new HeatMapView)
    , m_empty(new EmptyEstateView)
    , m_stack(new QStackedLayout(this))
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
    auto *charts = new QWidget;
    auto *layout = new QVBoxLayout(charts);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_headline);
    m_objects->setObjectName(QStringLiteral("objectCounts"));
    m_objects->setTextFormat(Qt::RichText);
    m_objects->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_objects->setFocusPolicy(Qt::StrongFocus);
    // "without expiry" opens the vaults whose objects fail the expiration-date definitions.
    connect(m_objects, &QLabel::linkActivated, this, [this](const QString &) {
        drill([](PostureFilter &f) {
            const QStringList names = ObjectTally::expiryDefinitions();
            f.definitions = QSet<QString>(names.cbegin(), names.cend());
            f.results = {OutcomeCode::NonCompliant};
        });
    });
    layout->addWidget(m_objects);
    layout->addWidget(new CompletenessBanner(session));
    layout->addLayout(grid, 1);
    m_stack->addWidget(charts);
    m_stack->addWidget(m_empty);
    setTabOrder(m_results, m_subscriptions);
    setTabOrder(m_subscriptions, m_definitions);
    setTabOrder(m_definitions, m_trend);
    setTabOrder(m_trend, m_heat);

    connect(m_heat, &HeatMapView::cellActivated, this, [this](int row, int column) {
        const QString subscription = heatMapSubscription(row);
        const PostureView &view = m_session.view();
        const QString control = view.controls.value(column).key;
        const PostureCounts &cell =
            row == 0 ? view.controls.value(column).counts : view.heat.at(row - 1).at(column);
        drill([&](PostureFilter &f) {
            if (!subscription.isEmpty())
                f.subscriptions = {subscription};
            f.control = control;
            if (cell.nonCompliant > 0 && f.results.isEmpty())
                f.results = {OutcomeCode::NonCompliant};
        });
    });
    connect(&m_session, &SnapshotSession::postureChanged, this, &DashboardPage::draw);
    connect(&m_session, &SnapshotSession::filterChanged, this, &DashboardPage::draw);
    connect(&m_session, &SnapshotSession::trendChanged, this, &DashboardPage::drawTrend);
    connect(&m_session, &SnapshotSession::snapshotsChanged, this, &DashboardPage::draw);
    m_stale = true; // drawn when first shown, from what the session holds then
}

bool DashboardPage::isEmptyEstate() const
{
    return m_session.snapshots().isEmpty() && !m_session.isLoading();
}

QString DashboardPage::heatMapSubscription(int row) const
{
    return row <= 0 ? QString() : m_session.view().subscriptions.value(row - 1).key;
}

void DashboardPage::drill(const std::function<void(PostureFilter &)> &narrow)
{
    PostureFilter f = m_session.filter();
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
    else if (m_trendStale)
        drawTrend();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
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
    if (isEmptyEstate()) {
        m_stack->setCurrentWidget(m_empty);
        qCInfo(lcUi) << "dashboard: no estate yet";
        return;
    }
    m_stack->setCurrentIndex(0);
    if (m_session.currentId() == 0) {
        // The first snapshot is still being read: no score of nothing, no axes over no data.
        m_headline->setText(m_session.isLoading() ? tr("Reading the snapshot…") : QString());
        return;
    }
    const PostureView &view = m_session.view();
    m_headline->setText(
        tr("Score %1 · %2 compliant · %3 non-compliant · %4 unknown · %5 vaults in %6 subscriptions")
            .arg(percent(view.overall.score()))
            .arg(view.overall.compliant)
            .arg(view.overall.nonCompliant)
            .arg(view.overall.unknown)
            .arg(view.vaults.size())
            .arg(view.subscriptions.size()));
    qCInfo(lcUi).noquote() << "dashboard:" << m_headline->text();
    drawObjects();
    drawResults();
    drawSubscriptions();
    drawDefinitions();
    drawHeatMap();
    drawTrend();
}

void DashboardPage::drawObjects()
{
    const ObjectTally &t = m_session.view().objects;
    m_objects->setVisible(t.total() > 0);
    if (t.total() == 0)
        return;
    QStringList parts{tr("Key Vault objects: %n key(s)", nullptr, t.keys),
                      tr("%n secret(s)", nullptr, t.secrets),
                      tr("%n certificate(s)", nullptr, t.certificates)};
    QString line = parts.join(QStringLiteral(", "));
    if (t.withoutExpiry > 0)
        line += QStringLiteral(" · <a href=\"expiry\">%1</a>")
                    .arg(tr("%n without expiry", nullptr, t.withoutExpiry).toHtmlEscaped());
    if (t.expiringSoon > 0)
        line +=
            QStringLiteral(" · ") + tr("%n expiring within %1 days of the capture", nullptr, t.expiringSoon)
                                        .arg(ObjectTally::SoonDays);
    if (t.expired > 0)
        line += QStringLiteral(" · ") + tr("%n already expired", nullptr, t.expired);
    m_objects->setText(line);
}

void DashboardPage::drawResults()
{
    const PostureView &view = m_session.view();
    QChart *chart = m_results->chart();
    clear(chart);
    applyTheme(chart);
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    QList<ChartView::Element> elements;
    for (const ResultKind &kind : resultKinds()) {
        const int value = countOf(view.overall, kind.code);
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
                             .arg(percent(double(value) / view.overall.evaluated())),
                         [slice](bool on) { slice->setExploded(on); }, open});
    }
    chart->addSeries(series);
    chart->setTitle(tr("Score %1").arg(percent(view.overall.score())));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_results->setElements(elements);
}

void DashboardPage::drawSubscriptions()
{
    const PostureView &view = m_session.view();
    QChart *chart = m_subscriptions->chart();
    clear(chart);
    applyTheme(chart);
    const qsizetype shown = std::min<qsizetype>(TopSubscriptions, view.subscriptions.size());
    PostureCounts rest;
    for (qsizetype i = shown; i < view.subscriptions.size(); ++i) {
        rest.compliant += view.subscriptions.at(i).counts.compliant;
        rest.nonCompliant += view.subscriptions.at(i).counts.nonCompliant;
        rest.unknown += view.subscriptions.at(i).counts.unknown;
    }
    // Bars run bottom to top: the worst goes last so that it is drawn on top.
    QStringList categories;
    QList<const PostureView::Group *> groups;
    if (rest.evaluated() > 0) {
        categories.append(tr("%n other subscription(s)", nullptr, int(view.subscriptions.size() - shown)));
        groups.append(nullptr);
    }
    for (qsizetype i = shown - 1; i >= 0; --i) {
        categories.append(shortened(view.subscriptions.at(i).label, 28));
        groups.append(&view.subscriptions.at(i));
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
    // The range from the data before it is rounded: rounding the axis's own, not yet computed,
    // range gave NaN (and Qt Charts' "invalid range" warning).
    qreal most = 1;
    for (int i = 0; i < categories.size(); ++i) {
        qreal stacked = 0;
        for (const QBarSet *set : series->barSets())
            stacked += set->at(i);
        most = std::max(most, stacked);
    }
    QValueAxis *values =
        attachBarAxes(chart, series, categories, QStringLiteral("%d"), palette().text().color());
    values->setRange(0, most);
    values->applyNiceNumbers();
    m_subscriptions->setElements(elements);
}

void DashboardPage::drawDefinitions()
{
    const PostureView &view = m_session.view();
    QChart *chart = m_definitions->chart();
    clear(chart);
    applyTheme(chart);
    const qsizetype shown = std::min<qsizetype>(12, view.definitions.size());
    QStringList categories;
    QList<const PostureView::Group *> groups;
    for (qsizetype i = shown - 1; i >= 0; --i) {
        categories.append(shortened(view.definitions.at(i).label, 34));
        groups.append(&view.definitions.at(i));
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
    const PostureView &view = m_session.view();
    QStringList rows{tr("All subscriptions")};
    QList<QList<PostureCounts>> cells;
    QList<PostureCounts> all;
    QStringList columns;
    for (const PostureView::Group &c : std::as_const(view.controls)) {
        columns.append(c.label);
        all.append(c.counts);
    }
    cells.append(all);
    for (qsizetype i = 0; i < view.subscriptions.size() && i < HeatMapRows; ++i) {
        rows.append(view.subscriptions.at(i).label);
        cells.append(view.heat.at(i));
    }
    m_heat->setData(rows, columns, cells);
}

void DashboardPage::drawTrend()
{
    if (!isVisible()) {
        m_trendStale = true;
        return;
    }
    m_trendStale = false;
    const QList<TrendPoint> &points = m_session.trend();
    QChart *chart = m_trend->chart();
    clear(chart);
    applyTheme(chart);
    auto *line = new QLineSeries;
    line->setName(tr("Score"));
    line->setColor(Palette::Pass);
    auto *dots = new QScatterSeries;
    dots->setName(tr("Snapshot"));
    dots->setColor(Palette::Pass);
    dots->setMarkerSize(9);
    QList<ChartView::Element> elements;
    for (const TrendPoint &point : points) {
        const qreal x = qreal(point.capturedAt.toMSecsSinceEpoch());
        line->append(x, point.score * 100);
        dots->append(x, point.score * 100);
        const qint64 id = point.id;
        elements.append(
            {tr("%1: %2").arg(QLocale().toString(point.capturedAt.toLocalTime(), QLocale::ShortFormat),
                              percent(point.score)),
             {},
             [this, id] { m_session.open(id); }});
    }
    connect(dots, &QScatterSeries::clicked, this, [this, points](const QPointF &p) {
        for (const TrendPoint &point : points) {
            if (qAbs(qreal(point.capturedAt.toMSecsSinceEpoch()) - p.x()) < 1000)
                m_session.open(point.id);
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
        const QDateTime first = points.first().capturedAt, last = points.last().capturedAt;
        axisX->setRange(first.addDays(-1), last.addDays(1));
        // One tick a day at most: two ticks on the same day would repeat its label.
        axisX->setTickCount(int(std::clamp<qint64>(first.daysTo(last) + 3, 2, 5)));
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
