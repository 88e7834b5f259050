#include "cataloguepage.h"
#include "cli.h"
#include "commands.h"
#include "mainwindow.h"
#include "services/defaultdata.h"
#include "services/translations.h"
#include "store/database.h"
#include "vaultspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTableView>

namespace vaultscope::cli {

int screenshotCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("page"),
                      QStringLiteral("Page to render: catalogue, vaults or open-items."),
                      QStringLiteral("PAGE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("PNG file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"),
                      QStringLiteral("1400x900")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH")});
    if (!parser.parse(QStringList{QStringLiteral("vaultscope screenshot")} + args)) {
        io.err << "vaultscope: " << parser.errorText() << '\n';
        return UsageError;
    }
    const QString page = parser.value(QStringLiteral("page"));
    const QString out = parser.value(QStringLiteral("out"));
    static const QRegularExpression sizeRe(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    const auto size = sizeRe.match(parser.value(QStringLiteral("size")));
    const QStringList pages = {QStringLiteral("catalogue"), QStringLiteral("vaults"),
                               QStringLiteral("review"), QStringLiteral("open-items")};
    if (!pages.contains(page) || out.isEmpty() || !size.hasMatch()) {
        io.err << "vaultscope: screenshot needs --page catalogue|vaults|open-items, --out FILE.png and a "
                  "--size like 1400x900\n";
        return UsageError;
    }
    installTranslations(resolveLanguage(parser.value(QStringLiteral("lang"))));

    Database db(parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                   : Database::defaultPath());
    QString error;
    if (!openWithDefaults(db, &error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    MainWindow window(db);
    window.setInteractive(false);
    window.resize(size.captured(1).toInt(), size.captured(2).toInt());
    window.loadStore();
    window.cataloguePage()->selectService(QStringLiteral("Azure Key Vault"));
    if (page == QLatin1String("vaults")) {
        window.vaultsPage()->selectWorstVault();
        window.showPage(MainWindow::VaultsTab);
    }
    if (page == QLatin1String("open-items"))
        window.showPage(MainWindow::ReviewTab);
    window.show();
    QApplication::processEvents();
    window.cataloguePage()->tableView()->setFocus();
    QApplication::processEvents();
    if (!window.grab().save(out, "PNG")) {
        io.err << out << ": cannot write the image\n";
        return InputError;
    }
    io.out << "wrote " << out << '\n';
    return Success;
}

} // namespace vaultscope::cli
