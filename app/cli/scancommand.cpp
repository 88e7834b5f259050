#include "cli.h"
#include "commands.h"
#include "services/auth/authservice.h"
#include "services/scanjob.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vaultscope::cli {

namespace {

void printLine(QTextStream &out, const QJsonObject &line)
{
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

// The public summary: {"snapshot", "resources", "subscriptions": {"ok", "failed": [...]}, "complete"}.
QJsonObject summaryOf(const ScanJob::Outcome &o)
{
    const QJsonValue failed =
        o.completeness.toJson()[QLatin1String("subscriptions")][QLatin1String("failed")];
    return {{QStringLiteral("snapshot"), o.ok ? QJsonValue(o.snapshotId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("resources"), o.completeness.resources},
            {QStringLiteral("subscriptions"), QJsonObject{{QStringLiteral("ok"), o.completeness.succeeded},
                                                          {QStringLiteral("failed"), failed}}},
            {QStringLiteral("complete"), o.ok && o.completeness.complete()}};
}

} // namespace

int scanCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    addCommonOptions(parser, DatabaseOption);
    parser.addOption({QStringLiteral("subscriptions"),
                      QStringLiteral("Subscription ids to scan, comma-separated."),
                      QStringLiteral("ID,...")});
    parser.addOption(
        {QStringLiteral("all"), QStringLiteral("Scan every subscription the account can read.")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("The snapshot's name."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("json-progress"), QStringLiteral("Print progress as one JSON object per line.")});
    int code = Success;
    if (!parseArguments(
            parser,
            QStringLiteral("scan [--subscriptions ID,... | --all] [--name N] [--json-progress] [--db PATH]"),
            args, io, &code))
        return code;
    if (parser.isSet(QStringLiteral("all")) == parser.isSet(QStringLiteral("subscriptions"))) {
        io.err << "vaultscope: choose --all or --subscriptions ID,...\n";
        return UsageError;
    }
    QStringList subscriptions;
    for (const QString &id :
         parser.value(QStringLiteral("subscriptions")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        subscriptions.append(id.trimmed());
    AuthService auth;
    const Account *account = auth.activeAccount();
    if (!account) {
        io.err << "vaultscope: not signed in: run 'vaultscope login' first\n";
        return InputError;
    }
    Database db(databasePath(parser));
    QString error;
    if (!db.open(&error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    const bool progress = parser.isSet(QStringLiteral("json-progress"));
    ScanJob job(auth);
    QEventLoop loop;
    ScanJob::Outcome outcome;
    QObject::connect(&job, &ScanJob::progressed, &loop, [&](const ScanProgress &p) {
        if (progress)
            printLine(io.out, p.toJson());
    });
    QObject::connect(&job, &ScanJob::waiting, &loop, [&](int ms, const QString &reason) {
        if (progress)
            printLine(io.out, {{QStringLiteral("waitMs"), ms}, {QStringLiteral("reason"), reason}});
    });
    QObject::connect(&job, &ScanJob::logged, &loop, [&](const QString &line) {
        if (progress)
            printLine(io.out, {{QStringLiteral("log"), line}});
        else
            io.err << "vaultscope: " << line << '\n';
    });
    QObject::connect(&job, &ScanJob::finished, &loop, [&](const ScanJob::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    const ScanJob::Request request{db.path(), account->config.origins(), account->tenantId, subscriptions,
                                   parser.value(QStringLiteral("name"))};
    if (!job.start(request, &error)) {
        io.err << "vaultscope: " << error << '\n';
        return InputError;
    }
    loop.exec();
    if (!outcome.ok)
        io.err << "vaultscope: " << outcome.error << '\n';
    else if (!outcome.completeness.complete())
        io.err << "vaultscope: incomplete: " << outcome.completeness.summary() << '\n';
    printLine(io.out, summaryOf(outcome));
    return outcome.ok && outcome.completeness.complete() ? Success : InputError;
}

} // namespace vaultscope::cli
