#pragma once

#include <QMainWindow>

class QLabel;
class QProgressDialog;

namespace vaultscope {

class CataloguePage;
class Database;
class ImportJob;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // The database stays owned by the caller and must outlive the window.
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool reloadCatalogue();
    void importFiles(const QStringList &files);
    CataloguePage *cataloguePage() const { return m_catalogue; }
    ImportJob *importJob() const { return m_importJob; }

    // Tests and the screenshot command turn off modal dialogs (results, confirmations).
    void setInteractive(bool interactive) { m_interactive = interactive; }

Q_SIGNALS:
    void importFinished();

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

    Database &m_db;
    CataloguePage *m_catalogue;
    ImportJob *m_importJob;
    QProgressDialog *m_progress = nullptr;
    QLabel *m_status;
    bool m_interactive = true;
};

} // namespace vaultscope
