#include "reviewservice.h"

#include "catalogueservice.h"
#include "settings.h"
#include "snapshotsession.h"
#include "store/backups.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace vaultscope {

ReviewService::ReviewService(Database &db, const CatalogueService &catalogue, const SnapshotSession &session,
                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_catalogue(catalogue)
    , m_session(session)
{
    // Progress follows saves a moment later, so typing in a note never waits for it.
    m_delay.setSingleShot(true);
    m_delay.setInterval(300);
    connect(&m_delay, &QTimer::timeout, this, &ReviewService::refreshNow);
    connect(&catalogue, &CatalogueService::changed, this, &ReviewService::scheduleRefresh);
    connect(&session, &SnapshotSession::postureChanged, this, &ReviewService::scheduleRefresh);
}

void ReviewService::scheduleRefresh()
{
    m_delay.start();
}

void ReviewService::refreshNow()
{
    m_delay.stop();
    QList<Review> reviews;
    QString error;
    if (!store().list(&reviews, &error)) {
        Q_EMIT failed(error);
        return;
    }
    QHash<QString, Review> byTarget;
    QSet<QString> reviewed;
    for (const Review &r : std::as_const(reviews)) {
        byTarget.insert(r.target, r);
        if (r.status != ReviewStatus::NotReviewed)
            reviewed.insert(r.target);
    }
    if (reviewed != m_reviewed) {
        m_reviewed = reviewed;
        Q_EMIT reviewedChanged();
    }
    // Tens of thousands of findings: counted on a worker, from copies, so typing never waits.
    const Snapshot &snapshot = m_session.header();
    const QString label = snapshot.id ? QStringLiteral("“%1”").arg(snapshot.name) : tr("no snapshot");
    const int generation = ++m_generation;
    ++m_pending;
    auto *watcher = new QFutureWatcher<ReviewOverview>(this);
    connect(watcher, &QFutureWatcher<ReviewOverview>::finished, this, [this, watcher, generation, label] {
        watcher->deleteLater();
        --m_pending;
        if (generation != m_generation)
            return;
        m_overview = watcher->result();
        m_label = label;
        Q_EMIT overviewChanged();
    });
    watcher->setFuture(
        QtConcurrent::run([baselines = m_catalogue.baselines(), snapshot, rows = m_session.rows(), byTarget] {
            return ReviewOverview::build(baselines, snapshot, rows, byTarget, QDate::currentDate());
        }));
}

bool ReviewService::exportBundle(const QString &path, const QStringList &scope, ReviewBundle *written,
                                 QString *error)
{
    ReviewStore reviews = store();
    return ReviewBundle::collect(reviews, scope, written, error) && written->write(path, error);
}

QString ReviewService::localReviewer() const
{
    for (const QString &name : {signedInReviewer(), Settings::reviewerName(), qEnvironmentVariable("USER")}) {
        if (!name.isEmpty())
            return name;
    }
    return tr("local reviewer");
}

bool ReviewService::importBundle(const QString &path, MergeResult *result, QString *error)
{
    ReviewBundle bundle;
    BackupInfo backup;
    ReviewStore reviews = store();
    if (!ReviewBundle::read(path, &bundle, error) || !Backups::create(m_db, &backup, error) ||
        !mergeBundle(reviews, bundle, localReviewer(), result, error))
        return false;
    Q_EMIT reviewsReplaced();
    scheduleRefresh();
    return true;
}

bool ReviewService::takeTheirs(const MergeConflict &conflict, QString *error)
{
    ReviewStore reviews = store();
    if (!vaultscope::takeTheirs(reviews, conflict, error))
        return false;
    Q_EMIT reviewsReplaced();
    scheduleRefresh();
    return true;
}

} // namespace vaultscope
