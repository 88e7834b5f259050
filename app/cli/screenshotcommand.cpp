#include "appearance.h"
#include "cataloguepage.h"
#include "cli.h"
#include "commands.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "services/defaultdata.h"
#include "services/snapshotservice.h"
#include "services/translations.h"
#include "store/database.h"
#include "vaultspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>

namespace vaultscope::cli {

int screenshotCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("page"),
                      QStringLiteral("Page to render: dashboard, catalogue, vaults, vault or open-items."),
                      QStringLiteral("PAGE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("PNG file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"),
                      QStringLiteral("1400x900")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Show the built-in demo estate.")});
    parser.addOption({QStringLiteral("appearance"), QStringLiteral("system, light or dark."),
                      QStringLiteral("MODE"), QStringLiteral("system")});
    if (!parser.parse(QStringList{QStringLiteral("vaultscope screenshot")} + args)) {
        io.err << "vaultscope: " << parser.errorText() << '\n';
        return UsageError;
    }
    const QString page = parser.value(QStringLiteral("page"));
    const QString out = parser.value(QStringLiteral("out"));
    static const QRegularExpression sizeRe(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    const auto size = sizeRe.match(parser.value(QStringLiteral("size")));
    const QStringList pages = {QStringLiteral("dashboard"), QStringLiteral("catalogue"),
                               QStringLiteral("vaults"), QStringLiteral("vault"),
                               QStringLiteral("open-items")};
    if (!pages.contains(page) || out.isEmpty() || !size.hasMatch()) {
        io.err << "vaultscope: screenshot needs --page dashboard|catalogue|vaults|vault|open-items, --out "
                  "FILE.png and a "
                  "--size like 1400x900\n";
        return UsageError;
    }
    installTranslations(resolveLanguage(parser.value(QStringLiteral("lang"))));

    Database db(databasePath(parser));
    QString error;
    if (!openWithDefaults(db, &error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    applyAppearance(parser.value(QStringLiteral("appearance")));
    MainWindow window(db);
    window.setInteractive(false);
    window.resize(size.captured(1).toInt(), size.captured(2).toInt());
    window.loadStore();
    qint64 demo = 0;
    if (parser.isSet(QStringLiteral("demo"))) {
        if (!SnapshotService::storedDemo(db, &demo, &error)) {
            io.err << error << '\n';
            return DatabaseError;
        }
        window.vaultsPage()->reloadSnapshots(demo);
    }
    // The snapshot is read on a worker: wait until it is on screen.
    QElapsedTimer waited;
    waited.start();
    while (window.vaultsPage()->isLoading() && waited.elapsed() < 120000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    window.cataloguePage()->selectService(QStringLiteral("Azure Key Vault"));
    if (page == QLatin1String("catalogue"))
        window.showPage(MainWindow::CatalogueTab);
    if (page == QLatin1String("vaults") || page == QLatin1String("vault")) {
        window.vaultsPage()->selectWorstVault();
        window.showPage(MainWindow::VaultsTab);
        if (page == QLatin1String("vault"))
            window.vaultsPage()->focusVaultDetails();
    }
    if (page == QLatin1String("open-items"))
        window.showPage(MainWindow::ReviewTab);
    window.show();
    QApplication::processEvents();
    if (page == QLatin1String("catalogue"))
        window.cataloguePage()->tableView()->setFocus();
    // Let the dashboard's trend (read on a worker) arrive.
    if (page == QLatin1String("dashboard")) {
        QEventLoop wait;
        QObject::connect(window.dashboardPage(), &DashboardPage::trendReady, &wait, &QEventLoop::quit);
        QTimer::singleShot(15000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    QApplication::processEvents();
    if (!window.grab().save(out, "PNG")) {
        io.err << out << ": cannot write the image\n";
        return InputError;
    }
    io.out << "wrote " << out << '\n';
    return Success;
}

} // namespace vaultscope::cli
