#pragma once

#include <QStringList>

class QCommandLineParser;
#include <QTextStream>

namespace vaultscope::cli {

// Shared by the commands: where output goes, and the --db option.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

// The database a command works on: --db PATH, else the user's default store.
QString databasePath(const QCommandLineParser &parser);

int catalogCommand(const QStringList &args, Io io);
int screenshotCommand(const QStringList &args, Io io);
int policyCommand(const QStringList &args, Io io);
int snapshotCommand(const QStringList &args, Io io);
int postureCommand(const QStringList &args, Io io);
int reviewCommand(const QStringList &args, Io io);
int reportCommand(const QStringList &args, Io io);

} // namespace vaultscope::cli
