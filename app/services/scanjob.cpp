#include "scanjob.h"

#include "common/atomicfile.h"
#include "posture/ruleset.h"
#include "posture/snapshot.h"
#include "snapshotservice.h"
#include "store/database.h"
#include "store/snapshotstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace vaultscope {

ScanJob::ScanJob(TokenProvider &tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { end(m_watcher.result()); });
}

ScanJob::~ScanJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ScanJob::listSubscriptions(const CloudOrigins &origins, const QString &tenant, QObject *context,
                                std::function<void(const QList<SubscriptionInfo> &, const QString &)> done)
{
    if (const QString invalid = origins.validity(); !invalid.isEmpty()) {
        QTimer::singleShot(0, context, [done, invalid] { done({}, invalid); });
        return;
    }
    auto *scanner = new Scanner(&m_tokens, origins, tenant, this);
    scanner->setPolicy(m_policy);
    const QPointer<QObject> guard(context);
    scanner->listSubscriptions(
        [scanner, guard, done](const QList<SubscriptionInfo> &subs, const QString &error) {
            scanner->deleteLater();
            if (guard)
                done(subs, error);
        });
}

bool ScanJob::start(const Request &request, QString *refusal)
{
    if (m_running) {
        *refusal = tr("A scan is already running.");
        return false;
    }
    if (const QString invalid = request.origins.validity(); !invalid.isEmpty()) {
        *refusal = invalid;
        return false;
    }
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QDateTime startedAt = Snapshot::now();
    m_scanner = new Scanner(&m_tokens, request.origins, request.tenant, this);
    m_scanner->setPolicy(m_policy);
    connect(m_scanner, &Scanner::progressed, this, &ScanJob::progressed);
    connect(m_scanner, &Scanner::logged, this, &ScanJob::logged);
    connect(m_scanner, &Scanner::waiting, this, &ScanJob::waiting);
    connect(m_scanner, &Scanner::finished, this, [this, request, startedAt](bool ok) {
        if (!ok) {
            Outcome o;
            o.cancelled = m_scanner->isCancelled();
            o.error = m_scanner->error();
            return end(o);
        }
        store(request, startedAt);
    });
    // From the event loop, so that even a failure at once (no token) ends after start() returned.
    QMetaObject::invokeMethod(
        m_scanner, [scanner = m_scanner, ids = request.subscriptions] { scanner->start(ids); },
        Qt::QueuedConnection);
    return true;
}

void ScanJob::store(const Request &request, const QDateTime &startedAt)
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->estate = std::move(m_scanner->estate());
    snapshot->completeness = m_scanner->completeness();
    snapshot->source = QStringLiteral("live scan");
    snapshot->tenant = request.tenant;
    snapshot->capturedAt = startedAt;
    snapshot->name = !request.name.isEmpty()
                         ? request.name
                         : tr("Live scan of %n subscription(s)", nullptr, snapshot->completeness.requested);
    m_scanner->deleteLater();
    m_scanner = nullptr;
    auto cancel = m_cancel;
    const QString path = request.databasePath;
    m_watcher.setFuture(QtConcurrent::run([snapshot, cancel, path] {
        Outcome o;
        o.completeness = snapshot->completeness;
        if (!snapshot->evaluate(RuleSet::shipped(), [cancel] { return cancel->load(); })) {
            o.cancelled = true;
            o.error = tr("The scan was cancelled; nothing was stored.");
            return o;
        }
        Database db(path);
        if (db.open(&o.error) && SnapshotStore(db).save(snapshot.get(), &o.error)) {
            o.ok = true;
            o.snapshotId = snapshot->id;
            return o;
        }
        // A long read is not thrown away for a store that refused it.
        const QString kept = QFileInfo(path).absoluteDir().filePath(
            QStringLiteral("unsaved-scan-%1.json")
                .arg(snapshot->capturedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        QString writeError;
        if (writeAtomically(
                kept, QJsonDocument(SnapshotService::exportJson(*snapshot)).toJson(QJsonDocument::Compact),
                &writeError))
            o.error = tr("The scan could not be stored (%1). What it read is kept in %2: 'vaultscope "
                         "snapshot import "
                         "%2' stores it.")
                          .arg(o.error, QDir::toNativeSeparators(kept));
        else
            o.error =
                tr("The scan could not be stored (%1), nor kept in a file (%2).").arg(o.error, writeError);
        return o;
    }));
}

void ScanJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_scanner)
        m_scanner->cancel();
}

void ScanJob::end(const Outcome &outcome)
{
    if (m_scanner) {
        m_scanner->deleteLater();
        m_scanner = nullptr;
    }
    m_running = false;
    Q_EMIT finished(outcome);
}

} // namespace vaultscope
