#include "workspace.h"

#include "auth/authservice.h"
#include "backupservice.h"
#include "catalogueservice.h"
#include "importjob.h"
#include "reportjob.h"
#include "reviewservice.h"
#include "scanjob.h"
#include "snapshotjob.h"
#include "snapshotsession.h"

namespace vaultscope {

Workspace::Workspace(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_catalogue(new CatalogueService(db, this))
    , m_snapshots(new SnapshotSession(db, this))
    , m_reviews(new ReviewService(db, *m_catalogue, *m_snapshots, this))
    , m_baselineImport(new ImportJob(this))
    , m_estateImport(new SnapshotJob(this))
    , m_reports(new ReportJob(this))
    , m_backups(new BackupService(db, this))
    , m_auth(new AuthService(this))
    , m_scans(new ScanJob(*m_auth, this))
{
    m_reviews->setSignedInReviewer([this] { return m_auth->reviewer(); });
    // What the jobs store joins the shared state at once: no restart, no page reaching into another.
    connect(m_baselineImport, &ImportJob::finished, m_catalogue, &CatalogueService::reload);
    connect(m_estateImport, &SnapshotJob::finished, this, [this](const SnapshotJob::Outcome &outcome) {
        if (outcome.ok)
            m_snapshots->reload(outcome.snapshotId);
    });
    // A finished scan opens at once: it joins the chooser and the trend.
    connect(m_scans, &ScanJob::finished, this, [this](const ScanJob::Outcome &outcome) {
        if (outcome.ok)
            m_snapshots->reload(outcome.snapshotId);
    });
    // A restored store is another store: nothing read from the old one is kept.
    connect(m_backups, &BackupService::storeReplaced, this, [this] {
        m_catalogue->reload();
        m_snapshots->storeReplaced();
        m_reviews->scheduleRefresh();
    });
}

Workspace::~Workspace() = default;

bool Workspace::load()
{
    const bool ok = m_catalogue->reload() && m_snapshots->reload();
    m_reviews->scheduleRefresh();
    return ok;
}

} // namespace vaultscope
