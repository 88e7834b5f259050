// Prints how long reading the official spreadsheets takes: each corpus workbook parsed, all of them
// imported into a fresh database, every pair of one service's versions compared, and a synthetic
// 50,000-row baseline sheet for the reader's throughput. Figures only: nothing asserts a time.
#include "benchsupport.h"
#include "catalogue/baselinediff.h"
#include "import/baselineimporter.h"
#include "services/catalogueimporter.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cstdio>

using namespace vaultscope;

namespace {

bool writeLargeWorkbook(const QString &path, int rows)
{
    QByteArray sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\">";
    const char *headers[] = {
        "Service",           "Azure Control",  "Azure ID",      "CIS Controls", "Benchmark Recommendation",
        "Customer Guidance", "Responsibility", "ASC Monitoring"};
    for (const char *h : headers)
        sheet += QByteArray("<c t=\"inlineStr\"><is><t>") + h + "</t></is></c>";
    sheet += "</row>";
    for (int r = 2; r <= rows + 1; ++r) {
        const QByteArray n = QByteArray::number(r);
        sheet +=
            "<row r=\"" + n +
            "\"><c t=\"inlineStr\"><is><t>Azure Backup</t></is></c>"
            "<c t=\"inlineStr\"><is><t>Domain " +
            QByteArray::number(r % 11) +
            "</t></is></c>"
            "<c t=\"inlineStr\"><is><t>" +
            QByteArray::number(r / 100) + "." + QByteArray::number(r % 100) +
            "</t></is></c><c t=\"inlineStr\"><is><t>9.2, 9.4, 14.1-14.3</t></is></c>"
            "<c t=\"inlineStr\"><is><t>Recommendation " +
            n +
            "</t></is></c>"
            "<c t=\"inlineStr\"><is><t>Guidance for row " +
            n +
            " with a line\nand another line.</t></is></c>"
            "<c t=\"inlineStr\"><is><t>Customer</t></is></c><c t=\"inlineStr\"><is><t>Yes</t></is></c></row>";
    }
    sheet += "</sheetData></worksheet>";
    const QList<QPair<QString, QByteArray>> parts = {
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
         "<sheet name=\"Security Baseline\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QDir dir(QStringLiteral(VAULTSCOPE_TEST_DATA "/xlsx"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));

    constexpr int rounds = 20;
    QList<Baseline> parsed;
    QElapsedTimer timer;
    for (const QString &f : std::as_const(files)) {
        timer.start();
        Baseline b;
        for (int r = 0; r < rounds; ++r) {
            ImportError error;
            if (!BaselineImporter::importFile(f, &b, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
                return 1;
            }
        }
        std::printf("bench_spreadsheets: %-52s %6.0f KB %4lld entries %7.2f ms\n",
                    qPrintable(QFileInfo(f).fileName()), double(QFileInfo(f).size()) / 1024,
                    qlonglong(b.entries.size()), double(timer.nsecsElapsed()) / 1e6 / rounds);
        parsed.append(b);
    }

    QTemporaryDir tmp;
    Database db(tmp.filePath(QStringLiteral("bench.db")));
    QString error;
    timer.restart();
    if (!db.open(&error))
        return 1;
    CatalogueImporter importer(db);
    for (const QString &f : std::as_const(files)) {
        if (importer.importFile(f).status != FileImportResult::Added)
            return 1;
    }
    std::printf("bench_spreadsheets: import all %lld workbooks into a new database: %.1f ms\n",
                qlonglong(files.size()), double(timer.nsecsElapsed()) / 1e6);

    timer.restart();
    int pairs = 0;
    for (const Baseline &a : std::as_const(parsed)) {
        for (const Baseline &b : std::as_const(parsed)) {
            if (&a != &b && serviceKey(a.service) == serviceKey(b.service)) {
                diffBaselines(a, b);
                ++pairs;
            }
        }
    }
    std::printf("bench_spreadsheets: compare %d pairs of versions: %.2f ms\n", pairs,
                double(timer.nsecsElapsed()) / 1e6);

    const QString large = tmp.filePath(QStringLiteral("large.xlsx"));
    constexpr int largeRows = 50000;
    if (!writeLargeWorkbook(large, largeRows))
        return 1;
    timer.restart();
    Baseline b;
    ImportError importError;
    if (!BaselineImporter::importFile(large, &b, &importError) || b.entries.size() != largeRows) {
        std::fprintf(stderr, "%s\n", qPrintable(importError.toString()));
        return 1;
    }
    std::printf("bench_spreadsheets: synthetic workbook, %d rows (%.1f MB zipped): %.0f ms\n", largeRows,
                double(QFileInfo(large).size()) / (1024 * 1024), double(timer.nsecsElapsed()) / 1e6);
    std::printf("bench_spreadsheets: peak memory %ld MB\n", peakRssMb());
    return 0;
}
