#include "cli.h"
#include "commands.h"
#include "import/baselineimporter.h"
#include "services/catalogjson.h"
#include "services/catalogueimporter.h"
#include "store/cataloguestore.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace vaultscope::cli {

namespace {

int show(const QCommandLineParser &parser, Io io)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        io.err << "vaultscope: catalog show takes exactly one FILE\n";
        return UsageError;
    }
    Baseline baseline;
    ImportError error;
    if (!BaselineImporter::importFile(files.constFirst(), &baseline, &error)) {
        io.err << error.toString() << '\n';
        return InputError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(baselineToJson(baseline)).toJson(QJsonDocument::Indented);
        return Success;
    }
    io.out << baseline.service << " — " << baseline.title << " [" << formatKey(baseline.format) << "]\n";
    for (const QString &category : baseline.categories()) {
        io.out << "\n" << category << '\n';
        for (const Entry &e : std::as_const(baseline.entries)) {
            if (e.category != category)
                continue;
            io.out << "  " << (e.controlId.isEmpty() ? QString() : e.controlId + QLatin1Char(' ')) << e.name;
            if (!e.supported.isEmpty())
                io.out << " | " << e.supported;
            if (!e.responsibility.isEmpty())
                io.out << " | " << e.responsibility;
            io.out << '\n';
        }
    }
    return Success;
}

int import(const QCommandLineParser &parser, Io io)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        io.err << "vaultscope: catalog import needs at least one FILE\n";
        return UsageError;
    }
    Database db(databasePath(parser));
    QString error;
    if (!db.open(&error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    CatalogueImporter importer(db);
    int failed = 0;
    for (const QString &file : files) {
        const FileImportResult r = importer.importFile(file);
        switch (r.status) {
        case FileImportResult::Added:
            io.out << "imported " << file << ": " << r.service << " — " << r.title << " (" << r.entries
                   << " entries in " << r.categories << " categories)\n";
            break;
        case FileImportResult::AlreadyPresent:
            io.out << "unchanged " << file << ": already in the catalogue\n";
            break;
        case FileImportResult::Failed:
            io.err << r.message << '\n';
            ++failed;
            break;
        }
    }
    if (failed > 0)
        io.err << "vaultscope: " << failed << " of " << files.size() << " files not imported\n";
    return failed > 0 ? InputError : Success;
}

int list(const QCommandLineParser &parser, Io io)
{
    Database db(databasePath(parser));
    QString error;
    if (!db.open(&error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    QList<Baseline> baselines;
    QList<int> counts;
    if (!CatalogueStore(db).listBaselines(&baselines, &counts, &error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (int i = 0; i < baselines.size(); ++i)
            array.append(baselineSummaryToJson(baselines.at(i), counts.at(i)));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (int i = 0; i < baselines.size(); ++i) {
        const Baseline &b = baselines.at(i);
        io.out << b.id << '\t' << b.service << '\t' << b.title << '\t' << formatKey(b.format) << '\t'
               << (b.date.isValid() ? b.date.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
               << counts.at(i) << " entries\t" << b.sourceName << '\n';
    }
    return Success;
}

// A FILE to parse, or the id of a baseline in the catalogue (`catalog list` shows ids).
bool loadSide(const QCommandLineParser &parser, const QString &arg, Baseline *out, Io io, int *code)
{
    if (QFileInfo::exists(arg)) {
        ImportError error;
        if (BaselineImporter::importFile(arg, out, &error))
            return true;
        io.err << error.toString() << '\n';
        *code = InputError;
        return false;
    }
    bool isId = false;
    const qint64 id = arg.toLongLong(&isId);
    if (!isId) {
        io.err << "vaultscope: " << arg << ": no such file, and not a baseline id from catalog list\n";
        *code = InputError;
        return false;
    }
    Database db(databasePath(parser));
    QString error;
    QList<Baseline> baselines;
    if (!db.open(&error) || !CatalogueStore(db).loadAll(&baselines, &error)) {
        io.err << error << '\n';
        *code = DatabaseError;
        return false;
    }
    for (const Baseline &b : std::as_const(baselines)) {
        if (b.id == id) {
            *out = b;
            return true;
        }
    }
    io.err << "vaultscope: no baseline with id " << id << " in the catalogue (see catalog list)\n";
    *code = InputError;
    return false;
}

QString sideLabel(const Baseline &b)
{
    return b.service + QStringLiteral(" — ") + b.title + QLatin1String(" [") + formatKey(b.format) +
           (b.date.isValid() ? QLatin1String(", ") + b.date.toString(Qt::ISODate) : QString()) +
           QLatin1String(", ") + b.sourceName + QLatin1Char(']');
}

int diff(const QCommandLineParser &parser, Io io)
{
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.size() != 2) {
        io.err << "vaultscope: catalog diff takes two baselines: FILE or id, older first\n";
        return UsageError;
    }
    Baseline older;
    Baseline newer;
    int code = Success;
    if (!loadSide(parser, args.at(0), &older, io, &code) || !loadSide(parser, args.at(1), &newer, io, &code))
        return code;
    const BaselineDiff d = diffBaselines(older, newer);
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(diffToJson(older, newer, d)).toJson(QJsonDocument::Indented);
        return Success;
    }
    io.out << "older: " << sideLabel(older) << "\nnewer: " << sideLabel(newer) << '\n';
    io.out << older.entries.size() << " → " << newer.entries.size()
           << " entries: " << d.count(EntryChange::Changed) << " changed, " << d.count(EntryChange::Added)
           << " added, " << d.count(EntryChange::Removed) << " removed, " << d.unchanged << " unchanged\n";
    if (d.matchedById + d.matchedByName > 0)
        io.out << "matched by control id alone (renamed): " << d.matchedById
               << "; by name alone (renumbered): " << d.matchedByName << '\n';
    if (d.count(EntryChange::Added) > 0 && d.count(EntryChange::Removed) > 0)
        io.out << d.count(EntryChange::Removed) << " older and " << d.count(EntryChange::Added)
               << " newer entries could not be matched by control id or name: they are listed as removed and "
                  "added\n";
    static const char *const kinds[] = {"added  ", "removed", "changed"};
    for (const EntryChange &c : d.changes) {
        const Entry &e =
            c.kind == EntryChange::Removed ? older.entries.at(c.older) : newer.entries.at(c.newer);
        io.out << kinds[c.kind] << ' ' << (e.controlId.isEmpty() ? QString() : e.controlId + QLatin1Char(' '))
               << e.name;
        if (c.kind == EntryChange::Changed)
            io.out << "  [" << c.fields.join(QLatin1String(", ")) << ']';
        io.out << '\n';
    }
    return Success;
}

} // namespace

int catalogCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("show, import, list or diff"));
    addCommonOptions(parser, DatabaseOption | JsonOption);
    int code = Success;
    if (!parseArguments(
            parser,
            QStringLiteral("catalog show FILE [--json] | catalog import FILE... [--db PATH] | "
                           "catalog list [--json] [--db PATH] | catalog diff A B [--json] [--db PATH]"),
            args, io, &code))
        return code;
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("show"))
        return show(parser, io);
    if (action == QLatin1String("import"))
        return import(parser, io);
    if (action == QLatin1String("list"))
        return list(parser, io);
    if (action == QLatin1String("diff"))
        return diff(parser, io);
    io.err << "vaultscope: unknown catalog action '" << action << "'\n";
    return UsageError;
}

} // namespace vaultscope::cli
