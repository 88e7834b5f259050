#include "snapshotsession.h"

#include "common/logging.h"
#include "itemmodels/vaultfilterproxymodel.h"
#include "itemmodels/vaulttablemodel.h"
#include "posture/dataplane.h"
#include "posture/posture.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

namespace vaultscope {

struct SnapshotSession::Loaded
{
    Snapshot header;
    VaultTableModel::Prepared table;
    PostureView view;
    QHash<QString, PostureCounts> controls;
    PostureChoices choices;
    QString error;
};

SnapshotSession::SnapshotSession(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_model(new VaultTableModel(this))
    , m_proxy(new VaultFilterProxyModel(this))
    , m_trendCache(std::make_shared<SnapshotTrend::Cache>())
{
    m_detailsPool.setMaxThreadCount(1);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VaultTableModel::SortRole);
    m_proxy->setFilterRole(VaultTableModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
}

// Workers hold copies and their own connections; their results are dropped by generation.
SnapshotSession::~SnapshotSession() = default;

const QList<VaultRow> &SnapshotSession::rows() const
{
    return m_model->vaults();
}

bool SnapshotSession::reload(qint64 select)
{
    QList<SnapshotSummary> all;
    QString error;
    if (!SnapshotStore(m_db).list(&all, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    m_list = all;
    Q_EMIT snapshotsChanged();
    qint64 wanted = select ? select : m_header.id;
    const auto exists = [this](qint64 id) {
        return std::any_of(m_list.cbegin(), m_list.cend(),
                           [id](const SnapshotSummary &s) { return s.id == id; });
    };
    if (!exists(wanted))
        wanted = m_list.isEmpty() ? 0 : m_list.constLast().id; // the newest
    if (wanted != m_header.id || select || !wanted)
        open(wanted);
    else
        startTrend(); // same snapshot, but the tenant's list may have changed
    return true;
}

void SnapshotSession::storeReplaced()
{
    m_trendCache = std::make_shared<SnapshotTrend::Cache>(); // a worker may still hold the old one
    const qint64 current = m_header.id;
    m_header = Snapshot();
    reload(current); // the same id, read again, or the newest
}

void SnapshotSession::open(qint64 id)
{
    const int generation = ++m_loadGeneration;
    if (!id) {
        apply(Loaded(), generation);
        return;
    }
    m_loading = true;
    Q_EMIT loadingStarted(id);
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_loadGeneration) // else another snapshot was chosen meanwhile
            apply(watcher->result(), generation);
    });
    // Tens of thousands of vaults are read and counted off the GUI thread; the session only swaps
    // the result in.
    watcher->setFuture(QtConcurrent::run([path = m_db.path(), id] {
        Loaded l;
        QElapsedTimer timer;
        timer.start();
        Database db(path);
        QList<VaultRow> rows;
        if (!db.open(&l.error, Database::Trusted) ||
            !SnapshotStore(db).loadRows(id, &l.header, &rows, &l.error)) {
            l.header = Snapshot();
            return l;
        }
        qCDebug(lcUi) << "snapshot" << id << "read" << timer.restart() << "ms";
        // Counted and prepared side by side on both cores.
        QFuture<VaultTableModel::Prepared> table = QtConcurrent::run(
            [&] { return VaultTableModel::prepare(rows, l.header.estate.subscriptionNames); });
        QFuture<void> controls = QtConcurrent::run([&] {
            l.controls = PostureView::controlsByService(l.header, rows);
            l.choices = PostureChoices::of(l.header, rows);
        });
        l.view = PostureView::compute(l.header, rows, PostureFilter());
        controls.waitForFinished();
        l.table = table.result();
        qCDebug(lcUi) << "snapshot" << id << "counted and prepared" << timer.restart() << "ms";
        return l;
    }));
}

void SnapshotSession::apply(const Loaded &loaded, int generation)
{
    m_header = loaded.header;
    m_unfiltered = loaded.view;
    m_view = loaded.view;
    m_controls = loaded.controls;
    m_choices = loaded.choices;
    m_filter = PostureFilter();
    m_trend.clear();
    m_proxy->setAllowedRows(false, {});
    m_model->setPrepared(loaded.table);
    if (!loaded.error.isEmpty()) {
        qCWarning(lcUi) << "snapshot:" << loaded.error;
        Q_EMIT failed(loaded.error);
    }
    Q_EMIT currentChanged();
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_loadGeneration)
                return;
            m_loading = false;
            Q_EMIT postureChanged();
            startTrend();
        },
        Qt::QueuedConnection);
}

void SnapshotSession::setFilter(const PostureFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // Clearing the filter comes back to the counts made when the snapshot loaded.
    m_view = filter.isEmpty() ? m_unfiltered : PostureView::compute(m_header, rows(), filter);
    m_proxy->setAllowedRows(!filter.isEmpty(), m_view.vaults);
    Q_EMIT filterChanged();
    startTrend();
}

void SnapshotSession::startTrend()
{
    const int generation = ++m_trendGeneration;
    QList<SnapshotSummary> others;
    for (const SnapshotSummary &s : std::as_const(m_list)) {
        if (m_header.id && s.id != m_header.id && s.tenant == m_header.tenant)
            others.append(s); // other tenants' snapshots are never read
    }
    m_trendPending = true;
    auto *watcher = new QFutureWatcher<QList<TrendPoint>>(this);
    connect(watcher, &QFutureWatcher<QList<TrendPoint>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_trendGeneration)
            return;
        m_trendPending = false;
        m_trend = watcher->result();
        Q_EMIT trendChanged();
    });
    watcher->setFuture(QtConcurrent::run([path = m_db.path(), others, current = m_header,
                                          currentRows = rows(), filter = m_filter, cache = m_trendCache] {
        return SnapshotTrend::compute(path, others, current, currentRows, filter, cache.get());
    }));
}

bool SnapshotSession::rename(qint64 id, const QString &name, QString *error)
{
    if (!SnapshotStore(m_db).rename(id, name, error))
        return false;
    if (id == m_header.id)
        m_header.name = name;
    return reload();
}

bool SnapshotSession::remove(qint64 id, QString *error)
{
    if (!SnapshotStore(m_db).remove(id, error))
        return false;
    return reload();
}

namespace {
// The stored outcomes with the evaluation's reasons, failing first, then unknown, then passing.
QList<VaultDetails::Result> resultsOf(const Snapshot &header, const QByteArray &codes,
                                      const QList<policy::Evaluation> &evaluations)
{
    const RuleSet &rules = RuleSet::shipped();
    QList<VaultDetails::Result> out;
    for (const char wanted : {OutcomeCode::NonCompliant, OutcomeCode::Unknown, OutcomeCode::Compliant}) {
        for (int i = 0; i < header.definitions.size() && i < codes.size(); ++i) {
            if (codes.at(i) != wanted)
                continue;
            const SnapshotDefinition &def = header.definitions.at(i);
            const int rule = rules.indexOf(def.name);
            out.append({wanted, def, rule >= 0 ? evaluations.at(rule).reason : QString(),
                        rule >= 0 && wanted != OutcomeCode::Compliant ? rules.definitions.at(rule).description
                                                                      : QString()});
        }
    }
    return out;
}
} // namespace

void SnapshotSession::requestVaultDetails(const VaultRow &row)
{
    const int generation = ++m_detailsGeneration;
    m_detailsPending = true;
    using Result = std::pair<VaultDetails, QString>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation, id = row.id] {
        watcher->deleteLater();
        if (generation != m_detailsGeneration)
            return; // another vault was chosen meanwhile
        m_detailsPending = false;
        const Result result = watcher->result();
        if (result.second.isEmpty())
            Q_EMIT vaultDetailsReady(id, result.first);
        else
            Q_EMIT vaultDetailsFailed(id, result.second);
    });
    *m_latestDetails = generation;
    watcher->setFuture(QtConcurrent::run(
        &m_detailsPool, [path = m_db.path(), header = m_header, row, latest = m_latestDetails, generation] {
            Result result;
            if (*latest != generation)
                return result; // dropped on arrival anyway
            Database db(path);
            if (db.open(&result.second, Database::Trusted))
                readVaultDetails(db, header, row, &result.first, &result.second);
            return result;
        }));
}

bool SnapshotSession::readVaultDetails(Database &db, const Snapshot &header, const VaultRow &row,
                                       VaultDetails *out, QString *error)
{
    StoredVault stored;
    if (!SnapshotStore(db).loadVault(header.id, row.id, &stored, error))
        return false;
    VaultDetails d;
    d.json = stored.vault;
    Estate estate;
    estate.relatedTypesCaptured = header.estate.relatedTypesCaptured;
    estate.relatedGaps = header.estate.relatedGaps;
    estate.add(d.json, QString());
    for (const QJsonObject &r : std::as_const(stored.related))
        estate.add(r, QString());
    const RuleSet &rules = RuleSet::shipped();
    d.results =
        resultsOf(header, row.outcomes,
                  evaluateVault(rules, estate, d.json, header.apiVersionOverride, true, header.capturedAt));
    QList<qsizetype> indices(stored.objects.size());
    std::iota(indices.begin(), indices.end(), 0);
    // A vault can hold thousands of objects: evaluated on every core.
    d.objects = QtConcurrent::blockingMapped(indices, [&](qsizetype i) {
        VaultDetails::Object o;
        o.json = stored.objects.at(i);
        o.id = DataPlane::identifierOf(o.json);
        o.normalized = DataPlane::normalize(o.json, stored.rotationPolicies.value(DataPlane::keyOf(o.id)));
        o.name = o.normalized.value(QLatin1String("name")).toString();
        o.type = o.normalized.value(QLatin1String("type")).toString();
        o.results = resultsOf(
            header, stored.objectOutcomes.at(i),
            evaluateObject(rules, o.normalized, header.capturedAt, true, header.rotationPoliciesCaptured));
        o.worst = o.results.isEmpty() ? OutcomeCode::NotApplicable : o.results.constFirst().outcome;
        return o;
    });
    const auto rank = [](char c) {
        return c == OutcomeCode::NonCompliant ? 0 : c == OutcomeCode::Unknown ? 1 : 2;
    };
    std::stable_sort(d.objects.begin(), d.objects.end(), [&](const auto &a, const auto &b) {
        return rank(a.worst) != rank(b.worst) ? rank(a.worst) < rank(b.worst) : a.name < b.name;
    });
    for (const VaultDetails::Result &r : std::as_const(d.results))
        d.reviewable.append({outcomeMark(r.outcome) + QLatin1Char(' ') + r.definition.displayName, row.id,
                             r.definition.name});
    for (const VaultDetails::Object &o : std::as_const(d.objects)) {
        for (const VaultDetails::Result &r : o.results) {
            if (r.outcome != OutcomeCode::Compliant)
                d.reviewable.append({outcomeMark(r.outcome) + QLatin1Char(' ') + o.name +
                                         QStringLiteral(": ") + r.definition.displayName,
                                     o.id, r.definition.name});
        }
    }
    d.evaluatedAt = header.capturedAt;
    d.objectsGap = header.estate.relatedGapOf(row.id, Estate::objectsGapType());
    // The portal resolves a resource id under the tenant the snapshot came from.
    d.portalUrl = QStringLiteral("https://portal.azure.com/#@%1/resource%2")
                      .arg(header.tenant, QString::fromLatin1(QUrl::toPercentEncoding(row.id, "/")));
    *out = d;
    return true;
}

bool SnapshotSession::compareWith(qint64 olderId, QList<ResultChange> *changes, QString *olderName,
                                  QString *error) const
{
    Snapshot older;
    QList<VaultRow> olderRows;
    if (!SnapshotStore(m_db).loadRows(olderId, &older, &olderRows, error))
        return false;
    *olderName = older.name;
    *changes = compareSnapshots(older, olderRows, m_header, rows());
    return true;
}

} // namespace vaultscope
