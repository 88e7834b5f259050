#include "cli.h"
#include "commands.h"
#include "common/atomicfile.h"
#include "services/snapshotservice.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vaultscope::cli {

namespace {

bool openDb(Database *db, Io io)
{
    QString error;
    if (db->open(&error))
        return true;
    io.err << error << '\n';
    return false;
}

bool writeJson(const QString &path, const QJsonObject &json, Io io)
{
    QString error;
    if (writeAtomically(path, QJsonDocument(json).toJson(QJsonDocument::Indented), &error))
        return true;
    io.err << error << '\n';
    return false;
}

void printSummary(const Snapshot &s, Io io)
{
    io.out << "snapshot " << s.id << ": " << s.name << " — " << s.estate.vaults.size() << " vaults, ";
    if (!s.objects.isEmpty())
        io.out << s.objects.size() << " Key Vault objects, ";
    io.out << s.estate.subscriptionNames.size() << " subscriptions, sha256 " << s.sha256 << '\n';
}

int import(const QCommandLineParser &parser, Io io)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        io.err << "vaultscope: snapshot import needs at least one FILE\n";
        return UsageError;
    }
    Database db(databasePath(parser));
    if (!openDb(&db, io))
        return DatabaseError;
    // The user's own definitions join the shipped ones; one that cannot run is named and skipped.
    RuleSet rules = RuleSet::shipped();
    for (const QString &definition : parser.values(QStringLiteral("definition"))) {
        if (!rules.addFile(definition))
            io.err << "vaultscope: skipped " << rules.refused.constLast() << '\n';
    }
    Snapshot s;
    QString error;
    if (!SnapshotService::importFiles(db, files, parser.value(QStringLiteral("name")),
                                      parser.value(QStringLiteral("api-version")), &s, &error, {}, &rules)) {
        io.err << error << '\n';
        return InputError;
    }
    printSummary(s, io);
    if (s.estate.ignored > 0)
        io.err << "vaultscope: " << s.estate.ignored << " resources of other types were ignored\n";
    for (const QString &reason : std::as_const(s.estate.skipped))
        io.err << "vaultscope: skipped " << reason << '\n';
    const auto orphans = std::count_if(s.objects.cbegin(), s.objects.cend(),
                                       [](const SnapshotObject &o) { return o.vault < 0; });
    if (orphans > 0)
        io.err << "vaultscope: " << orphans
               << " Key Vault objects belong to vaults that are not in the input: they are kept but not "
                  "counted; import them together with their vaults\n";
    if (s.estate.objectListItems > 0)
        io.err << "vaultscope: " << s.estate.objectListItems
               << " keys or certificates came from list answers, which carry no type, size or policy, and "
                  "were skipped: export each with 'az keyvault key show' or 'az keyvault certificate show' "
                  "(README)\n";
    return Success;
}

int list(const QCommandLineParser &parser, Io io)
{
    Database db(databasePath(parser));
    if (!openDb(&db, io))
        return DatabaseError;
    QList<SnapshotSummary> all;
    QString error;
    if (!SnapshotStore(db).list(&all, &error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SnapshotSummary &s : std::as_const(all))
            array.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("source"), s.source},
                {QStringLiteral("capturedAt"), s.capturedAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("sha256"), s.sha256},
                {QStringLiteral("vaults"), s.vaultCount},
                {QStringLiteral("subscriptions"), s.subscriptionCount},
                // null for imports and the demo: they hold what the file held
                {QStringLiteral("completeness"), s.completeness.recorded ? QJsonValue(s.completeness.toJson())
                                                                         : QJsonValue(QJsonValue::Null)}});
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const SnapshotSummary &s : std::as_const(all))
        io.out << s.id << '\t' << s.capturedAt.toUTC().toString(Qt::ISODate) << '\t' << s.vaultCount
               << " vaults\t" << s.subscriptionCount << " subscriptions\t" << s.source << '\t' << s.name
               << (s.completeness.complete() ? "" : "\tINCOMPLETE") << '\n';
    return Success;
}

int exportSnapshot(const QCommandLineParser &parser, Io io)
{
    const QString which = parser.positionalArguments().value(1);
    const QString out = parser.value(QStringLiteral("out"));
    if (which.isEmpty() || out.isEmpty()) {
        io.err << "vaultscope: snapshot export needs ID or latest, and --out FILE.json\n";
        return UsageError;
    }
    Database db(databasePath(parser));
    if (!openDb(&db, io))
        return DatabaseError;
    qint64 id = 0;
    Snapshot s;
    QString error;
    if (!SnapshotService::resolveId(db, which, &id, &error) || !SnapshotStore(db).load(id, &s, &error)) {
        io.err << error << '\n';
        return InputError;
    }
    if (!writeJson(out, SnapshotService::exportJson(s), io))
        return InputError;
    io.out << "wrote " << out << " (snapshot " << id << ", " << s.estate.vaults.size() << " vaults)\n";
    return Success;
}

int demo(const QCommandLineParser &parser, Io io)
{
    DemoEstateOptions options;
    bool ok1 = true, ok2 = true, ok3 = true;
    if (parser.isSet(QStringLiteral("subscriptions")))
        options.subscriptions = parser.value(QStringLiteral("subscriptions")).toInt(&ok1);
    if (parser.isSet(QStringLiteral("vaults")))
        options.vaults = parser.value(QStringLiteral("vaults")).toInt(&ok2);
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || options.subscriptions < 1 || options.vaults < 0 || options.vaults > 1000000) {
        io.err << "vaultscope: --subscriptions, --vaults and --seed take whole numbers (at least 1 "
                  "subscription)\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("out"))) {
        const Snapshot s = SnapshotService::demoSnapshot(options);
        if (!writeJson(parser.value(QStringLiteral("out")), SnapshotService::exportJson(s), io))
            return InputError;
        io.out << "wrote " << parser.value(QStringLiteral("out")) << " (" << s.estate.vaults.size()
               << " vaults)\n";
        return Success;
    }
    Database db(databasePath(parser));
    if (!openDb(&db, io))
        return DatabaseError;
    Snapshot s;
    QString error;
    if (!SnapshotService::createDemo(db, options, &s, &error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    printSummary(s, io);
    return Success;
}

} // namespace

int snapshotCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    addCommonOptions(parser, DatabaseOption | JsonOption);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("import, list, export or demo"));
    parser.addOption({QStringLiteral("name"), QStringLiteral("Snapshot name."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("api-version"),
                      QStringLiteral("api-version the resources were read with."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("definition"),
                      QStringLiteral("Import: a custom policy definition to evaluate too."),
                      QStringLiteral("DEF.json")});
    parser.addOption(
        {QStringLiteral("subscriptions"), QStringLiteral("Demo: subscriptions."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("vaults"), QStringLiteral("Demo: vaults."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Demo: seed."), QStringLiteral("S")});
    int code = Success;
    if (!parseArguments(
            parser,
            QStringLiteral("snapshot import FILE... [--name N] [--api-version V] [--definition "
                           "DEF.json]... | snapshot list [--json] | snapshot export ID|latest --out "
                           "FILE.json | snapshot demo --subscriptions N --vaults M --seed S [--out "
                           "FILE.json]   (each with [--db PATH])"),
            args, io, &code))
        return code;
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("import"))
        return import(parser, io);
    if (action == QLatin1String("list"))
        return list(parser, io);
    if (action == QLatin1String("export"))
        return exportSnapshot(parser, io);
    if (action == QLatin1String("demo"))
        return demo(parser, io);
    io.err << "vaultscope: unknown snapshot action '" << action << "'\n";
    return UsageError;
}

int postureCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    addCommonOptions(parser, DatabaseOption | JsonOption);
    parser.addOption(
        {QStringLiteral("snapshot"), QStringLiteral("Snapshot id or latest."), QStringLiteral("ID")});
    int code = Success;
    if (!parseArguments(parser, QStringLiteral("posture --snapshot ID|latest [--json] [--db PATH]"), args, io,
                        &code))
        return code;
    if (!parser.isSet(QStringLiteral("snapshot"))) {
        io.err << "vaultscope: posture needs --snapshot ID|latest\n";
        return UsageError;
    }
    Database db(databasePath(parser));
    if (!openDb(&db, io))
        return DatabaseError;
    qint64 id = 0;
    Snapshot header;
    QList<VaultRow> rows;
    QString error;
    if (!SnapshotService::resolveId(db, parser.value(QStringLiteral("snapshot")), &id, &error) ||
        !SnapshotStore(db).loadRows(id, &header, &rows, &error)) {
        io.err << error << '\n';
        return InputError;
    }
    const QJsonObject posture = SnapshotService::postureJson(header, rows);
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(posture).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QJsonObject counts = posture.value(QLatin1String("counts")).toObject();
    io.out << "snapshot " << id << ": " << header.name << '\n'
           << "score " << posture.value(QLatin1String("score")).toDouble() << "% — compliant "
           << counts.value(QLatin1String("compliant")).toInt() << ", noncompliant "
           << counts.value(QLatin1String("noncompliant")).toInt() << ", unknown "
           << counts.value(QLatin1String("unknown")).toInt() << " (" << rows.size() << " vaults)\n\n";
    for (const QJsonValue &d : posture.value(QLatin1String("definitions")).toArray()) {
        const QJsonObject o = d.toObject();
        if (o.value(QLatin1String("compliant")).toInt() + o.value(QLatin1String("noncompliant")).toInt() +
                o.value(QLatin1String("unknown")).toInt() ==
            0)
            continue;
        QStringList controls;
        for (const QJsonValue &c : o.value(QLatin1String("controls")).toArray())
            controls.append(c.toString());
        io.out << qSetFieldWidth(6) << o.value(QLatin1String("score")).toDouble() << qSetFieldWidth(0)
               << "%  " << o.value(QLatin1String("noncompliant")).toInt() << " failing, "
               << o.value(QLatin1String("unknown")).toInt() << " unknown  "
               << o.value(QLatin1String("displayName")).toString()
               << (controls.isEmpty()
                       ? QString()
                       : QLatin1String(" [") + controls.join(QLatin1String(", ")) + QLatin1Char(']'))
               << '\n';
    }
    return Success;
}

} // namespace vaultscope::cli
