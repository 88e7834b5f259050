#include "cli.h"

#include "commands.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace vaultscope::cli {

namespace {

const char *const kCommands[] = {"catalog",    "policy", "snapshot",  "posture",  "review", "report",
                                 "screenshot", "login",  "logout",    "accounts", "scan",   "help",
                                 "--help",     "-h",     "--version", "-v"};

QString usage()
{
    return QStringLiteral(
        "Usage: vaultscope [--lang LANG] [--db PATH]      open the desktop application\n"
        "       vaultscope COMMAND [OPTIONS]              run headless\n"
        "\n"
        "Commands:\n"
        "  catalog show FILE [--json]                    parse one baseline document or .xlsx (no database)\n"
        "  catalog import FILE... [--db PATH]            import baseline documents and .xlsx workbooks\n"
        "  catalog list [--db PATH] [--json]             list the imported baselines\n"
        "  catalog diff A B [--json] [--db PATH]         compare two baselines (FILEs or ids from list)\n"
        "  policy eval --definition DEF.json... --resources FILE.json [--api-version V] [--json]\n"
        "                                                evaluate policy definitions offline\n"
        "  snapshot import FILE... [--name N] [--api-version V] [--definition DEF.json]... [--db PATH]\n"
        "  snapshot list [--json] [--db PATH]\n"
        "  snapshot export ID|latest --out FILE.json [--db PATH]\n"
        "  snapshot demo --subscriptions N --vaults M --seed S [--out FILE.json | --db PATH]\n"
        "  posture --snapshot ID|latest [--json] [--db PATH]\n"
        "  review set --target KEY --status STATUS [--note TEXT] [--reviewer NAME] [--expiry DATE]\n"
        "             [--approver NAME] [--db PATH]\n"
        "  review list [--json] [--status S] [--db PATH]\n"
        "  review export --out FILE [--scope PREFIX]... [--db PATH]\n"
        "  review import FILE [--prefer mine|theirs] [--db PATH]\n"
        "  report --snapshot ID|latest|--demo [--pdf FILE] [--csv FILE [--bom]] [--json FILE] [--lang de]\n"
        "         [--paper a4|letter] [--sections summary,catalogue,findings,appendix] [--db PATH]\n"
        "  screenshot --page dashboard|catalogue|vaults|vault|objects|open-items|compare --out FILE.png "
        "[--demo]\n"
        "             [--size WxH] [--lang LANG] [--db PATH]\n"
        "  login [--device-code | --print-url | --azure-cli] [--tenant T] [--authority URL] [--arm URL]\n"
        "        [--client-id ID] [--allow-http-loopback]  sign in with Entra ID\n"
        "  logout [--account UPN]                        forget an account (default: the active one)\n"
        "  accounts [--json]                             list the signed-in accounts\n"
        "  scan [--subscriptions ID,... | --all] [--name N] [--json-progress] [--db PATH]\n"
        "                                                scan the estate live with the active account\n"
        "  --version                                     print the version\n"
        "\n"
        "Exit status: 0 success, 1 bad input, 2 usage error, 3 database error.\n");
}

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *c : kCommands) {
        if (std::strcmp(argv[1], c) == 0)
            return true;
    }
    return false;
}

int run(int argc, char **argv)
{
    const bool widgets = std::strcmp(argv[1], "screenshot") == 0;
    // login opens the system browser (QDesktopServices needs a GUI application, not a display).
    const bool fonts = widgets || std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "login") == 0;
    const bool display =
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    const bool login = std::strcmp(argv[1], "login") == 0;
    if (fonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !(login && display))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // renders without a display
    std::unique_ptr<QCoreApplication> app(widgets ? new QApplication(argc, argv)
                                          : fonts ? new QGuiApplication(argc, argv)
                                                  : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Vaultscope"));
    QCoreApplication::setApplicationName(QStringLiteral("vaultscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VAULTSCOPE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    int code = Success;
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "vaultscope " << VAULTSCOPE_VERSION << '\n';
    } else if (command == QLatin1String("help") || command == QLatin1String("--help") ||
               command == QLatin1String("-h")) {
        out << usage();
    } else if (command == QLatin1String("catalog")) {
        code = catalogCommand(args.mid(2), {out, err});
    } else if (command == QLatin1String("policy")) {
        code = policyCommand(args.mid(2), {out, err});
    } else if (command == QLatin1String("snapshot")) {
        code = snapshotCommand(args.mid(2), {out, err});
    } else if (command == QLatin1String("posture")) {
        code = postureCommand(args.mid(2), {out, err});
    } else if (command == QLatin1String("review")) {
        code = reviewCommand(args.mid(2), {out, err});
    } else if (command == QLatin1String("report")) {
        code = reportCommand(args.mid(2), {out, err});
    } else if (command == QLatin1String("login")) {
        code = loginCommand(args.mid(2), {out, err});
    } else if (command == QLatin1String("logout")) {
        code = logoutCommand(args.mid(2), {out, err});
    } else if (command == QLatin1String("accounts")) {
        code = accountsCommand(args.mid(2), {out, err});
    } else if (command == QLatin1String("scan")) {
        code = scanCommand(args.mid(2), {out, err});
    } else if (command == QLatin1String("screenshot")) {
        code = screenshotCommand(args.mid(2), {out, err});
    }
    if (code == UsageError)
        err << usage();
    out.flush();
    err.flush();
    return code;
}

} // namespace vaultscope::cli
