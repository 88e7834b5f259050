// The review pane as a user drives it (offscreen): edits are saved without a save button and are
// there again after the window is closed and opened anew; open items lead to what is left.
#include "cataloguepage.h"
#include "mainwindow.h"
#include "openitemspage.h"
#include "posture/posture.h"
#include "reviewpane.h"
#include "services/defaultdata.h"
#include "services/importjob.h"
#include "services/report/reportexport.h"
#include "services/reviewservice.h"
#include "services/snapshotjob.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"
#include "store/database.h"
#include "store/reviewstore.h"
#include "vaultspage.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vaultscope;

class TestReviewWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editsSurviveARestart();
    void openItemsLeadToTheItem();
    void readOnlyWindowChangesNothing();
    void reportFromTheWindow();
    void reportIsCancelledAndOneAtATime();
    void reportLanguageIsTheReportsOwn();

private:
    std::unique_ptr<MainWindow> openWindow();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace; // the open window's
};

void TestReviewWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VaultscopeTests"));
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("r.db")));
    QString error;
    QVERIFY2(openWithDefaults(*m_db, true, &error), qPrintable(error));
}

std::unique_ptr<MainWindow> TestReviewWindow::openWindow()
{
    m_workspace = std::make_unique<Workspace>(*m_db);
    m_workspace->load();
    auto window = std::make_unique<MainWindow>(*m_workspace);
    window->setInteractive(false);
    window->show();
    // The snapshot is read on a worker: wait until it is on screen.
    QElapsedTimer waited;
    waited.start();
    while ((m_workspace->snapshots().isLoading() || m_workspace->reviews().isRefreshing()) &&
           waited.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return window;
}

void TestReviewWindow::editsSurviveARestart()
{
    QString controlTarget, findingTarget, vaultId, definition;
    {
        auto window = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        ReviewPane *pane = window->catalogueReviewPane();
        controlTarget = pane->target();
        QVERIFY2(controlTarget.startsWith(QStringLiteral("control:")), qPrintable(controlTarget));
        pane->statusBox()->setCurrentIndex(pane->statusBox()->findData(QStringLiteral("finding")));
        pane->noteEdit()->setFocus();
        QTest::keyClicks(pane->noteEdit(), QStringLiteral("Public access is **on**"));
        // Saved by the autosave timer, not by a flush: the window stays open meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(pane->stateLabel()->text().startsWith(QStringLiteral("Saved")), 5000);

        window->showPage(MainWindow::VaultsTab);
        VaultsPage *vaults = window->vaultsPage();
        vaults->selectWorstVault();
        QTRY_VERIFY(vaults->isVaultShown());
        ReviewPane *findingPane = vaults->reviewPane();
        findingTarget = findingPane->target();
        QVERIFY2(findingTarget.startsWith(QStringLiteral("finding:")), qPrintable(findingTarget));
        definition = vaults->findingChooser()->currentData().toStringList().value(1);
        vaultId = findingTarget.mid(8, findingTarget.indexOf(QLatin1Char('|')) - 8);
        findingPane->statusBox()->setCurrentIndex(
            findingPane->statusBox()->findData(QStringLiteral("exception")));
        QVERIFY(findingPane->approverEdit()->isVisibleTo(findingPane));
        QTest::keyClicks(findingPane->approverEdit(), QStringLiteral("CISO"));
        QTest::keyClicks(findingPane->noteEdit(), QStringLiteral("Accepted until migration"));
        QTRY_VERIFY_WITH_TIMEOUT(findingPane->stateLabel()->text().startsWith(QStringLiteral("Saved")), 5000);
        // The store already holds both, before the window closes.
        Review stored;
        bool found = false;
        QString error;
        QVERIFY(ReviewStore(*m_db).get(findingTarget, &stored, &found, &error) && found);
        QCOMPARE(stored.approver, QStringLiteral("CISO"));
        QVERIFY(stored.context.startsWith(QStringLiteral("snapshot:")));
        window->close();
    }
    auto window = openWindow();
    ReviewPane *pane = window->catalogueReviewPane();
    QCOMPARE(pane->target(), controlTarget);
    QCOMPARE(pane->noteEdit()->toPlainText(), QStringLiteral("Public access is **on**"));
    QCOMPARE(pane->statusBox()->currentData().toString(), QStringLiteral("finding"));
    QVERIFY(pane->originLabel()->text().startsWith(QStringLiteral("Last changed by")));

    QVERIFY(window->vaultsPage()->selectFinding(vaultId, definition));
    ReviewPane *findingPane = window->vaultsPage()->reviewPane();
    QTRY_COMPARE(findingPane->target(), findingTarget); // once the vault's results are read
    QCOMPARE(findingPane->statusBox()->currentData().toString(), QStringLiteral("exception"));
    QCOMPARE(findingPane->approverEdit()->text(), QStringLiteral("CISO"));
    QCOMPARE(findingPane->noteEdit()->toPlainText(), QStringLiteral("Accepted until migration"));
}

void TestReviewWindow::openItemsLeadToTheItem()
{
    auto window = openWindow();
    QSignalSpy refreshed(&m_workspace->reviews(), &ReviewService::overviewChanged);
    m_workspace->reviews().refreshNow();
    QVERIFY(refreshed.wait());
    OpenItemsPage *page = window->openItemsPage();
    // Controls first: the progress tree says how many are reviewed, the table lists the rest.
    QTreeWidgetItem *controls = page->progressView()->topLevelItem(0);
    QVERIFY(controls->text(1).contains(QStringLiteral(" reviewed")));
    QVERIFY(page->proxyModel()->rowCount() > 0);
    const QModelIndex first = page->proxyModel()->index(0, 0);
    const QString target = first.data(Qt::ToolTipRole).toString();
    QVERIFY(target.startsWith(QStringLiteral("control:")));
    Q_EMIT page->itemsView()->activated(first);
    QCOMPARE(window->findChild<QTabWidget *>()->currentIndex(), int(MainWindow::CatalogueTab));
    QCOMPARE(window->catalogueReviewPane()->target(), target);

    // Findings of the snapshot, per subscription; reviewing one removes it from the open items.
    QTreeWidgetItem *findings = page->progressView()->topLevelItem(1);
    QVERIFY(findings->childCount() > 0);
    page->progressView()->setCurrentItem(findings->child(0));
    const int openBefore = page->proxyModel()->rowCount();
    QVERIFY(openBefore > 0);
    const QModelIndex finding = page->proxyModel()->index(0, 0);
    const QString findingTarget = finding.data(Qt::ToolTipRole).toString();
    Q_EMIT page->itemsView()->activated(finding);
    QCOMPARE(window->findChild<QTabWidget *>()->currentIndex(), int(MainWindow::VaultsTab));
    ReviewPane *pane = window->vaultsPage()->reviewPane();
    QTRY_COMPARE(pane->target(), findingTarget);
    pane->statusBox()->setCurrentIndex(pane->statusBox()->findData(QStringLiteral("satisfied")));
    QVERIFY(pane->flush());
    refreshed.clear();
    m_workspace->reviews().refreshNow();
    QTRY_COMPARE(page->proxyModel()->rowCount(), openBefore - 1);
}

void TestReviewWindow::readOnlyWindowChangesNothing()
{
    auto window = openWindow();
    window->setReadOnly(true);
    ReviewPane *pane = window->catalogueReviewPane();
    QVERIFY(!pane->target().isEmpty());
    QVERIFY(pane->noteEdit()->isReadOnly());
    QVERIFY(!pane->statusBox()->isEnabled());
    QVERIFY(window->windowTitle().contains(QStringLiteral("read-only")));
}

void TestReviewWindow::reportFromTheWindow()
{
    auto window = openWindow();
    QSignalSpy finished(window.get(), &MainWindow::reportFinished);
    ReportRequest request;
    request.snapshotId = window->vaultsPage()->currentSnapshotId();
    request.pdf = m_dir.filePath(QStringLiteral("window.pdf"));
    request.json = m_dir.filePath(QStringLiteral("window.json"));
    window->exportReport(request);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QFile pdf(request.pdf);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QFile json(request.json);
    QVERIFY(json.open(QIODevice::ReadOnly));
    // The review written in the first test is in the report.
    QVERIFY(json.readAll().contains("Accepted until migration"));
}

void TestReviewWindow::reportIsCancelledAndOneAtATime()
{
    auto window = openWindow();
    QSignalSpy finished(window.get(), &MainWindow::reportFinished);
    ReportRequest first;
    first.pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QVERIFY(window->exportReport(first));
    // A second export while the first runs is refused, and says so.
    ReportRequest second;
    second.pdf = m_dir.filePath(QStringLiteral("second.pdf"));
    QVERIFY(!window->exportReport(second));
    QVERIFY2(window->statusLabel()->text().contains(QStringLiteral("being written already")),
             qPrintable(window->statusLabel()->text()));
    window->cancelReport();
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("cancelled")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!QFile::exists(first.pdf));
    QVERIFY(!QFile::exists(second.pdf));
}

void TestReviewWindow::reportLanguageIsTheReportsOwn()
{
    auto window = openWindow();
    QSignalSpy finished(window.get(), &MainWindow::reportFinished);
    ReportRequest request;
    request.pdf = m_dir.filePath(QStringLiteral("german.pdf"));
    request.language = QStringLiteral("de");
    QVERIFY(window->exportReport(request));
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {request.pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const char *heading : {"Zusammenfassung", "Katalog", "Befunde", "Ausnahmen", "Anhang", "Inhalt"})
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(!text.contains(QStringLiteral("Executive summary")));
    // The window kept its own language, English, throughout.
    QCOMPARE(window->findChild<QTabWidget *>()->tabText(MainWindow::CatalogueTab),
             QStringLiteral("&Catalogue"));
    QCOMPARE(outcomeLabel(OutcomeCode::NonCompliant), QStringLiteral("Non-compliant"));
    QCOMPARE(statusLabel(ReviewStatus::NotReviewed), QStringLiteral("Not reviewed"));
    QVERIFY(window->statusLabel()->text().startsWith(QStringLiteral("Report written")));
}

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
