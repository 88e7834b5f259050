#pragma once

#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace vaultscope::cli {

// Shared by the commands: where output goes, and the --db option.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

// Options every command shares: --help always, --db and --json where asked for.
enum CommonOption { DatabaseOption = 1, JsonOption = 2 };
void addCommonOptions(QCommandLineParser &parser, int which);
// Parses "vaultscope <synopsis's first word> args". --help prints the command's own usage and a
// parse error its message; both set *code and return false. True: the command goes on.
bool parseArguments(QCommandLineParser &parser, const QString &synopsis, const QStringList &args, Io io,
                    int *code);
// The database a command works on: --db PATH, else the user's default store.
QString databasePath(const QCommandLineParser &parser);

int catalogCommand(const QStringList &args, Io io);
int screenshotCommand(const QStringList &args, Io io);
int policyCommand(const QStringList &args, Io io);
int snapshotCommand(const QStringList &args, Io io);
int postureCommand(const QStringList &args, Io io);
int reviewCommand(const QStringList &args, Io io);
int reportCommand(const QStringList &args, Io io);
int loginCommand(const QStringList &args, Io io);
int logoutCommand(const QStringList &args, Io io);
int accountsCommand(const QStringList &args, Io io);
int scanCommand(const QStringList &args, Io io);

} // namespace vaultscope::cli
