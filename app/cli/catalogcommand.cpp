#include "cli.h"
#include "commands.h"
#include "import/baselineimporter.h"
#include "services/catalogjson.h"
#include "services/catalogueimporter.h"
#include "store/cataloguestore.h"
#include "store/database.h"

#include <QCommandLineParser>
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

} // namespace

int catalogCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("show, import or list"));
    addCommonOptions(parser, DatabaseOption | JsonOption);
    int code = Success;
    if (!parseArguments(parser,
                        QStringLiteral("catalog show FILE [--json] | catalog import FILE... [--db PATH] | "
                                       "catalog list [--json] [--db PATH]"),
                        args, io, &code))
        return code;
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("show"))
        return show(parser, io);
    if (action == QLatin1String("import"))
        return import(parser, io);
    if (action == QLatin1String("list"))
        return list(parser, io);
    io.err << "vaultscope: unknown catalog action '" << action << "'\n";
    return UsageError;
}

} // namespace vaultscope::cli
