#pragma once

#include <QObject>

namespace vaultscope {

class AuthService;
class BackupService;
class CatalogueService;
class Database;
class ImportJob;
class ReportJob;
class ReviewService;
class ScanJob;
class SnapshotJob;
class SnapshotSession;

// One open store and the services that work on it: the state the window's pages share and the
// jobs that run in the background. The composition root makes one; the window and the tests
// observe it.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    // The database stays owned by the caller and must outlive the workspace.
    explicit Workspace(Database &db, QObject *parent = nullptr);
    ~Workspace() override;

    // Reads the catalogue and the snapshots; the reviews follow.
    bool load();

    Database &database() const { return m_db; }
    CatalogueService &catalogue() const { return *m_catalogue; }
    SnapshotSession &snapshots() const { return *m_snapshots; }
    ReviewService &reviews() const { return *m_reviews; }
    ImportJob &baselineImport() const { return *m_baselineImport; }
    SnapshotJob &estateImport() const { return *m_estateImport; }
    ReportJob &reports() const { return *m_reports; }
    BackupService &backups() const { return *m_backups; }
    AuthService &auth() const { return *m_auth; }
    ScanJob &scans() const { return *m_scans; }

private:
    Database &m_db;
    CatalogueService *m_catalogue;
    SnapshotSession *m_snapshots;
    ReviewService *m_reviews;
    ImportJob *m_baselineImport;
    SnapshotJob *m_estateImport;
    ReportJob *m_reports;
    BackupService *m_backups;
    AuthService *m_auth;
    ScanJob *m_scans;
};

} // namespace vaultscope
