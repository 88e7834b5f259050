// The report at scale: the PDF (and CSV) of a 2,000-subscription, 50,000-vault demo estate, as
// `vaultscope report` makes it. The store is filled by a child process, so the peak RSS printed
// is the report's alone. Prints time, pages, size and peak RSS; asserts only that it succeeded.
#include "benchsupport.h"
#include "services/catalogueimporter.h"
#include "services/report/reportcontent.h"
#include "services/report/reportexport.h"
#include "services/report/reportpdf.h"
#include "services/snapshotservice.h"
#include "store/database.h"
#include "store/snapshotstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace vaultscope;

namespace {
int fill(const QString &path, int subscriptions, int vaults)
{
    Database db(path);
    QString error;
    Snapshot made;
    if (!db.open(&error) || !importBundledBaselines(db, &error) ||
        !SnapshotService::createDemo(db, {subscriptions, vaults, 1}, &made, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int subscriptions = benchSize("BENCH_SUBSCRIPTIONS", 2000);
    const int vaults = benchSize("BENCH_VAULTS", 50000);
    if (app.arguments().value(1) == QLatin1String("--fill"))
        return fill(app.arguments().value(2), subscriptions, vaults);
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("bench.db"));
    if (QProcess::execute(QCoreApplication::applicationFilePath(), {QStringLiteral("--fill"), dbPath}) != 0)
        return 1;

    QElapsedTimer timer;
    timer.start();
    Database db(dbPath);
    QString error;
    Snapshot header;
    QList<VaultRow> rows;
    ReportContent content;
    if (!db.open(&error, Database::Trusted) || !SnapshotStore(db).loadRows(1, &header, &rows, &error))
        return 1;
    const double rowsRead = double(timer.nsecsElapsed()) / 1e9;
    if (!ReportContent::build(db, header, rows, Translation(), &content, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    rows.clear();
    rows.squeeze();
    const double gathered = double(timer.nsecsElapsed()) / 1e9;
    int resources = 0;
    for (const ReportFinding &f : std::as_const(content.findings))
        resources += int(f.failing.size());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    if (!writeReportPdf(content, ReportOptions(), pdf, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double total = double(timer.nsecsElapsed()) / 1e9;
    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    timer.restart();
    if (!writeReportCsv(content, csv, false, &error))
        return 1;
    const double csvSeconds = double(timer.nsecsElapsed()) / 1e9;
    const QString json = dir.filePath(QStringLiteral("report.json"));
    timer.restart();
    if (!writeReportJson(content, json, &error))
        return 1;
    const double jsonSeconds = double(timer.nsecsElapsed()) / 1e9;
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    info.waitForFinished(120000);
    const QString pages = QString::fromUtf8(info.readAllStandardOutput())
                              .section(QStringLiteral("Pages:"), 1, 1)
                              .section(QLatin1Char('\n'), 0, 0)
                              .trimmed();
    std::printf("bench_report: %d vaults, %d subscriptions, %d failing results listed\n", vaults,
                subscriptions, resources);
    std::printf("bench_report: gather from the store: %.2f s (target 1 s), of which the vault rows %.2f s\n",
                gathered, rowsRead);
    std::printf("bench_report: PDF: %.2f s (target 10 s): %s pages, %.1f MB\n", total - gathered,
                qPrintable(pages.isEmpty() ? QStringLiteral("?") : pages), double(QFile(pdf).size()) / 1e6);
    std::printf("bench_report: CSV: %.2f s (target 1 s), %.1f MB\n", csvSeconds,
                double(QFile(csv).size()) / 1e6);
    std::printf("bench_report: JSON: %.2f s, %.1f MB\n", jsonSeconds, double(QFile(json).size()) / 1e6);
    std::printf("bench_report: peak RSS of the report: %ld MB (target 400 MB)\n", peakRssMb());
    return resources > 0 ? 0 : 1;
}
