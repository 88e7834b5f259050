#include "appearance.h"
#include "cli.h"
#include "commands.h"
#include "screenshot.h"
#include "services/defaultdata.h"
#include "services/snapshotservice.h"
#include "services/translations.h"
#include "services/workspace.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QImage>
#include <QRegularExpression>

namespace vaultscope::cli {

int screenshotCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("page"),
         QStringLiteral(
             "Page to render: dashboard, catalogue, vaults, vault, objects, open-items or compare."),
         QStringLiteral("PAGE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("PNG file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"),
                      QStringLiteral("1400x900")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("service"),
                      QStringLiteral("The catalogue's service (its newest baseline)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("filter"), QStringLiteral("The catalogue's filter text."), QStringLiteral("TEXT")});
    addCommonOptions(parser, DatabaseOption);
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Show the built-in demo estate.")});
    parser.addOption({QStringLiteral("appearance"), QStringLiteral("system, light or dark."),
                      QStringLiteral("MODE"), QStringLiteral("system")});
    int code = Success;
    if (!parseArguments(
            parser,
            QStringLiteral("screenshot --page dashboard|catalogue|vaults|vault|objects|open-items|compare "
                           "--out FILE.png [--demo] [--appearance system|light|dark] [--size WxH] "
                           "[--service NAME] [--filter TEXT] [--lang LANG] [--db PATH]"),
            args, io, &code))
        return code;
    const QString page = parser.value(QStringLiteral("page"));
    const QString out = parser.value(QStringLiteral("out"));
    static const QRegularExpression sizeRe(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    const auto size = sizeRe.match(parser.value(QStringLiteral("size")));
    if (!screenshotPages().contains(page) || out.isEmpty() || !size.hasMatch()) {
        io.err << "vaultscope: screenshot needs --page "
                  "dashboard|catalogue|vaults|vault|objects|open-items|compare, --out "
                  "FILE.png and a "
                  "--size like 1400x900\n";
        return UsageError;
    }
    installTranslations(resolveLanguage(parser.value(QStringLiteral("lang"))));

    Database db(databasePath(parser));
    QString error;
    if (!openWithDefaults(db, !parser.isSet(QStringLiteral("db")), &error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    applyAppearance(parser.value(QStringLiteral("appearance")));
    Workspace workspace(db);
    workspace.load();
    qint64 demo = 0;
    if (parser.isSet(QStringLiteral("demo")) && !SnapshotService::storedDemo(db, &demo, &error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    const QImage image =
        renderScreenshot(workspace, page, QSize(size.captured(1).toInt(), size.captured(2).toInt()), demo,
                         parser.value(QStringLiteral("service")), parser.value(QStringLiteral("filter")));
    if (!image.save(out, "PNG")) {
        io.err << out << ": cannot write the image\n";
        return InputError;
    }
    io.out << "wrote " << out << '\n';
    return Success;
}

} // namespace vaultscope::cli
