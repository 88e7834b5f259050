// The vault page of a Key Vault with BENCH_OBJECTS (10,000 by default) keys, secrets and
// certificates: the time until its name shows, until its results and objects are filled in, and
// the GUI thread's longest stall meanwhile and when the next page of objects is asked for
// (measured by a 5 ms timer; target 50 ms). Asserts only that the work happened.
#include "benchsupport.h"
#include "mainwindow.h"
#include "services/snapshotservice.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"
#include "store/database.h"
#include "store/snapshotstore.h"
#include "vaultspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

using namespace vaultscope;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int objects = benchSize("BENCH_OBJECTS", 10000);
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.db")));
    QString error;
    Snapshot made;
    // A small estate whose Key Vaults hold about `objects` each; the fullest is the one shown.
    DemoEstateOptions options(1, 20, 3);
    options.objectsPerKeyVault = objects / 2;
    if (!db.open(&error) || !SnapshotService::createDemo(db, options, &made, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Workspace workspace(db);
    MainWindow window(workspace);
    window.setInteractive(false);
    window.resize(1400, 900);
    window.show();
    workspace.load();
    while (workspace.snapshots().isLoading())
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    window.showPage(MainWindow::VaultsTab);
    VaultsPage *page = window.vaultsPage();
    const QList<VaultRow> &rows = workspace.snapshots().rows();
    int fullest = 0;
    for (int i = 1; i < rows.size(); ++i) {
        if (rows.at(i).objectTally.total() > rows.at(fullest).objectTally.total())
            fullest = i;
    }
    const QString name = rows.at(fullest).name;
    const int held = rows.at(fullest).objectTally.total();
    QApplication::processEvents();

    QElapsedTimer sinceTick;
    double longest = 0;
    QTimer meter;
    meter.setInterval(5);
    QObject::connect(&meter, &QTimer::timeout, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6 - 5);
        sinceTick.restart();
    });
    sinceTick.start();
    meter.start();
    QElapsedTimer timer;
    timer.start();
    page->selectFinding(rows.at(fullest).id, QString());
    const bool named = page->resultsView()->toPlainText().contains(name);
    const double headerMs = double(timer.nsecsElapsed()) / 1e6;
    while (!page->isVaultShown())
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double filledMs = double(timer.nsecsElapsed()) / 1e6;
    QApplication::processEvents();
    const double loadStall = longest;

    // The next page of objects, as a click on "Show … more" asks for it.
    longest = 0;
    timer.restart();
    Q_EMIT page->resultsView()->anchorClicked(QUrl(QStringLiteral("more:objects")));
    QApplication::processEvents();
    const double moreMs = double(timer.nsecsElapsed()) / 1e6;
    QApplication::processEvents();
    meter.stop();
    const double moreStall = longest;

    std::printf("bench_vaultpage: Key Vault %s with %d objects\n", qPrintable(name), held);
    std::printf("bench_vaultpage: name shown after %.1f ms (target 100 ms); results and objects filled in "
                "after %.0f ms\n",
                headerMs, filledMs);
    std::printf("bench_vaultpage: longest GUI stall while it loads: %.0f ms (target 50 ms)\n", loadStall);
    std::printf("bench_vaultpage: the next page of objects: %.0f ms, longest stall %.0f ms\n", moreMs,
                moreStall);
    return named && held > 0 ? 0 : 1;
}
