#pragma once

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QProgressDialog;

namespace vaultscope {

class CataloguePage;
class DashboardPage;
class Database;
class FilterBar;
struct PostureFilter;
class ImportJob;
class OpenItemsPage;
class ReviewPane;
struct Entry;
struct ReportRequest;
struct ReviewItem;
class SnapshotJob;
class VaultsPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // The database stays owned by the caller and must outlive the window.
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Everything from the store: the catalogue and the snapshots.
    bool loadStore();
    bool reloadCatalogue();
    void importFiles(const QStringList &files);
    CataloguePage *cataloguePage() const { return m_catalogue; }
    VaultsPage *vaultsPage() const { return m_vaults; }
    SnapshotJob *snapshotJob() const { return m_snapshotJob; }
    OpenItemsPage *openItemsPage() const { return m_openItems; }
    ReviewPane *catalogueReviewPane() const { return m_catalogueReview; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    FilterBar *filterBar() const { return m_filterBar; }
    enum Page { DashboardTab, CatalogueTab, VaultsTab, ReviewTab };
    // The one filter of the dashboard and the vault table.
    void applyFilter(const PostureFilter &filter);
    void showPage(Page page);
    void importEstate(const QStringList &files);
    void openDemoEstate();
    ImportJob *importJob() const { return m_importJob; }

    // Tests and the screenshot command turn off modal dialogs (results, confirmations).
    void setInteractive(bool interactive);
    // Another instance holds the store: everything can be looked at, nothing changed.
    void setReadOnly(bool readOnly);

    // Review progress and open items, recomputed from the store.
    void refreshReviews();
    bool exportReviews(const QString &path, const QStringList &scope);
    bool importReviews(const QString &path);
    // Writes a report of the snapshot on a worker thread; reportFinished tells how it went.
    void exportReport(const ReportRequest &request);
    // Makes an automatic backup in the background when the newest is older than six hours.
    void startAutomaticBackup();

Q_SIGNALS:
    void importFinished();
    void snapshotFinished();
    void reportFinished(bool ok, const QString &message);
    // The review tab's progress and open items are current (they are counted on a worker).
    void reviewsRefreshed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void chooseFilesToImport();
    void onImportFinished(bool cancelled);
    void setLanguage(const QString &language);
    void showAbout();
    void removeBaseline(qint64 baselineId);
    void chooseEstateFiles();
    void runSnapshotJob(const QString &label);
    void reviewEntry(qint64 baselineId, const Entry &entry);
    void openReviewItem(const ReviewItem &item);
    void chooseReviewExport();
    void chooseReport();
    // Saves what the review panes still hold before anything reads or replaces the store.
    void flushReviews();
    void chooseReviewImport();
    void restoreBackup();
    void report(const QString &title, const QString &message, bool warning);

    Database &m_db;
    DashboardPage *m_dashboard;
    FilterBar *m_filterBar;
    CataloguePage *m_catalogue;
    VaultsPage *m_vaults;
    ReviewPane *m_catalogueReview;
    OpenItemsPage *m_openItems;
    QTimer m_reviewRefresh;
    QList<QAction *> m_writeActions;
    bool m_readOnly = false;
    int m_reviewGeneration = 0;
    class QTabWidget *m_tabs;
    ImportJob *m_importJob;
    SnapshotJob *m_snapshotJob;
    QProgressDialog *m_snapshotProgress = nullptr;
    QProgressDialog *m_progress = nullptr;
    QLabel *m_status;
    bool m_interactive = true;
};

} // namespace vaultscope
