#include "cli.h"
#include "commands.h"
#include "services/defaultdata.h"
#include "services/report/reportexport.h"
#include "services/snapshotservice.h"
#include "services/translations.h"
#include "store/database.h"
#include "store/snapshotstore.h"

#include <QCommandLineParser>

namespace vaultscope::cli {

int reportCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("snapshot"), QStringLiteral("Snapshot id or latest."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Report on the built-in demo estate.")});
    parser.addOption({QStringLiteral("pdf"), QStringLiteral("PDF file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("CSV file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("JSON file to write."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("bom"), QStringLiteral("Start the CSV with a byte order mark (Excel).")});
    parser.addOption(
        {QStringLiteral("lang"), QStringLiteral("Report language (en, de, fr)."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("paper"), QStringLiteral("a4 or letter."), QStringLiteral("PAPER"),
                      QStringLiteral("a4")});
    parser.addOption(
        {QStringLiteral("sections"),
         QStringLiteral("Comma-separated: summary, catalogue, findings, appendix (default all)."),
         QStringLiteral("LIST")});
    addCommonOptions(parser, DatabaseOption);
    int code = Success;
    if (!parseArguments(
            parser,
            QStringLiteral("report --snapshot ID|latest | --demo [--pdf FILE] [--csv FILE [--bom]] "
                           "[--json FILE] [--lang de|fr] [--paper a4|letter] [--sections LIST] "
                           "[--db PATH]"),
            args, io, &code))
        return code;
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    const bool demo = parser.isSet(QStringLiteral("demo"));
    if (demo == parser.isSet(QStringLiteral("snapshot")) ||
        (paper != QLatin1String("a4") && paper != QLatin1String("letter")) ||
        !(parser.isSet(QStringLiteral("pdf")) || parser.isSet(QStringLiteral("csv")) ||
          parser.isSet(QStringLiteral("json")))) {
        io.err
            << "vaultscope: report needs --snapshot ID|latest or --demo, and at least one of --pdf, --csv, "
               "--json; --paper is a4 or letter\n";
        return UsageError;
    }
    ReportOptions options;
    options.paper = paper == QLatin1String("letter") ? ReportOptions::Letter : ReportOptions::A4;
    if (parser.isSet(QStringLiteral("sections"))) {
        const QStringList sections = parser.value(QStringLiteral("sections")).split(QLatin1Char(','));
        const QStringList known = {QStringLiteral("summary"), QStringLiteral("catalogue"),
                                   QStringLiteral("findings"), QStringLiteral("appendix")};
        for (const QString &s : sections) {
            if (!known.contains(s.trimmed())) {
                io.err << "vaultscope: unknown section '" << s
                       << "' (summary, catalogue, findings, appendix)\n";
                return UsageError;
            }
        }
        options.summary = sections.contains(QStringLiteral("summary"));
        options.catalogue = sections.contains(QStringLiteral("catalogue"));
        options.findings = sections.contains(QStringLiteral("findings"));
        options.appendix = sections.contains(QStringLiteral("appendix"));
    }
    const QString language = parser.value(QStringLiteral("lang"));
    if (!language.isEmpty() && language != QLatin1String("en") && !availableLanguages().contains(language)) {
        io.err << "vaultscope: unknown language '" << language << "' (en, de, fr)\n";
        return UsageError;
    }

    Database db(databasePath(parser));
    QString error;
    ReportRequest request;
    if (!(demo ? openWithDefaults(db, false, &error) &&
                     SnapshotService::storedDemo(db, &request.snapshotId, &error)
               : db.open(&error) && SnapshotService::resolveId(db, parser.value(QStringLiteral("snapshot")),
                                                               &request.snapshotId, &error))) {
        io.err << error << '\n';
        return DatabaseError;
    }
    request.databasePath = db.path();
    request.options = options;
    request.pdf = parser.value(QStringLiteral("pdf"));
    request.csv = parser.value(QStringLiteral("csv"));
    request.json = parser.value(QStringLiteral("json"));
    request.csvBom = parser.isSet(QStringLiteral("bom"));
    request.language = language.isEmpty() ? QStringLiteral("en") : language;
    if (!writeReports(request, &error)) {
        io.err << error << '\n';
        return InputError;
    }
    const QString pdf = request.pdf, csv = request.csv, json = request.json;
    for (const QString &file : {pdf, csv, json}) {
        if (!file.isEmpty())
            io.out << "wrote " << file << '\n';
    }
    return Success;
}

} // namespace vaultscope::cli
