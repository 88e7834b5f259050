#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QProgressDialog;
class QTabWidget;
class QToolButton;

namespace vaultscope {

class CataloguePage;
class DeviceCodeDialog;
class DashboardPage;
class FilterBar;
class OpenItemsPage;
class ReviewPane;
class VaultsPage;
class ScanDialog;
class Workspace;
struct Entry;
struct ReportRequest;
struct ReviewItem;

// Composes the pages and the menus over one workspace and connects them; the state the pages share
// and the work behind the menus live in the workspace's services.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // The workspace stays owned by the caller and must outlive the window.
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Page { DashboardTab, CatalogueTab, VaultsTab, ReviewTab };
    void showPage(Page page);
    CataloguePage *cataloguePage() const { return m_catalogue; }
    VaultsPage *vaultsPage() const { return m_vaults; }
    OpenItemsPage *openItemsPage() const { return m_openItems; }
    ReviewPane *catalogueReviewPane() const { return m_catalogueReview; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    FilterBar *filterBar() const { return m_filterBar; }
    QLabel *statusLabel() const { return m_status; }
    // The account in the status area: "Sign in", or who is signed in; its menu is the Account menu.
    QToolButton *accountButton() const { return m_account; }
    DeviceCodeDialog *deviceCodeDialog() const { return m_deviceDialog; }

    void signInWithBrowser();
    void signInWithCode();
    void useAzureCliSignIn();
    void signOut();

    // The scan dialog: scope, then progress; not modal, the scan runs in the workspace.
    void openScan();
    ScanDialog *scanDialog() const { return m_scanDialog; }
    QAction *scanAction() const { return m_scanAction; }
    void importFiles(const QStringList &files);
    void importEstate(const QStringList &files);
    void openDemoEstate();
    bool exportReviews(const QString &path, const QStringList &scope);
    bool importReviews(const QString &path);
    // Writes a report of the current snapshot on a worker; reportFinished tells how it went. While
    // one is being written another is refused with a message (false).
    bool exportReport(const ReportRequest &request);
    void cancelReport();

    // Tests and the screenshot command turn off modal dialogs (results, confirmations).
    void setInteractive(bool interactive);
    // Another instance holds the store: everything can be looked at, nothing changed.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void reportFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectServices();
    void connectJobs();       // mainwindowjobs.cpp: the menus' background work and its dialogs
    void createAccountMenu(); // mainwindowaccount.cpp: sign-in, accounts, settings
    void connectAuth();
    void updateAccount();
    void chooseSignInSettings();
    void cancelJobs();
    void createMenus();
    void chooseFilesToImport();
    void onImportFinished(bool cancelled);
    void chooseEstateFiles();
    // An open-files dialog in the folder last imported from; remembers the folder chosen.
    QStringList chooseFiles(const QString &title, const QString &filter);
    void showProgress(QProgressDialog **dialog, const QString &title, const QString &label, int maximum);
    void reviewEntry(qint64 baselineId, const Entry &entry);
    void openReviewItem(const ReviewItem &item);
    void chooseReviewExport();
    void chooseReviewImport();
    void chooseReport();
    void restoreBackup();
    void removeBaseline(qint64 baselineId);
    void compareBaselines(qint64 newerId = 0); // 0: the current baseline
    void setLanguage(const QString &language);
    void showAbout();
    void updateStatus();
    // Saves what the review panes still hold before anything reads or replaces the store.
    void flushReviews();
    void report(const QString &title, const QString &message, bool warning);

    Workspace &m_workspace;
    DashboardPage *m_dashboard;
    FilterBar *m_filterBar;
    CataloguePage *m_catalogue;
    VaultsPage *m_vaults;
    ReviewPane *m_catalogueReview;
    OpenItemsPage *m_openItems;
    QTabWidget *m_tabs;
    QList<QAction *> m_writeActions;
    QProgressDialog *m_importProgress = nullptr;
    QProgressDialog *m_estateProgress = nullptr;
    QProgressDialog *m_reportProgress = nullptr;
    QLabel *m_status;
    QToolButton *m_account;
    QMenu *m_accountMenu = nullptr;
    DeviceCodeDialog *m_deviceDialog = nullptr;
    ScanDialog *m_scanDialog = nullptr;
    QAction *m_scanAction = nullptr;
    bool m_readOnly = false;
    bool m_interactive = true;
};

} // namespace vaultscope
