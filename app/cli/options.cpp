#include "cli.h"
#include "commands.h"
#include "store/database.h"

#include <QCommandLineParser>

namespace vaultscope::cli {

void addCommonOptions(QCommandLineParser &parser, int which)
{
    parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Print this command's usage.")});
    if (which & DatabaseOption)
        parser.addOption({QStringLiteral("db"), QStringLiteral("Database file (default: the user's store)."),
                          QStringLiteral("PATH")});
    if (which & JsonOption)
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
}

bool parseArguments(QCommandLineParser &parser, const QString &synopsis, const QStringList &args, Io io,
                    int *code)
{
    const QString command = QStringLiteral("vaultscope ") + synopsis.section(QLatin1Char(' '), 0, 0);
    const bool parsed = parser.parse(QStringList{command} + args);
    if (parsed && parser.isSet(QStringLiteral("help"))) {
        // Qt's own help starts with a usage line naming the program file; ours names the command.
        const QString help = parser.helpText();
        io.out << "Usage: vaultscope " << synopsis << "\n\n"
               << help.mid(help.indexOf(QLatin1String("Options:")));
        *code = Success;
        return false;
    }
    if (!parsed) {
        io.err << "vaultscope: " << parser.errorText() << '\n';
        *code = UsageError;
        return false;
    }
    return true;
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
}

} // namespace vaultscope::cli
