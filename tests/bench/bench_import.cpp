// Prints how long importing every bundled and corpus document takes, parse only and into a fresh
// database on disk. Figures only: nothing here asserts a time.
#include "import/baselineimporter.h"
#include "services/catalogueimporter.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace vaultscope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList files;
    for (const char *root : {VAULTSCOPE_SEEDS, VAULTSCOPE_TEST_DATA}) {
        QDirIterator it(QString::fromUtf8(root), {QStringLiteral("*.md"), QStringLiteral("*.txt")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            // Notes about the data, and the fuzzers' hostile inputs, are not baseline documents.
            if (!f.endsWith(QLatin1String("MANIFEST.md")) && !f.endsWith(QLatin1String("ATTRIBUTION.md")) &&
                !f.endsWith(QLatin1String("README.md")) && !f.contains(QLatin1String("/fuzz-regressions/")))
                files.append(f);
        }
    }
    constexpr int rounds = 20;
    QElapsedTimer timer;
    timer.start();
    int entries = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &f : std::as_const(files)) {
            Baseline b;
            ImportError error;
            if (!BaselineImporter::importFile(f, &b, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
                return 1;
            }
            entries += int(b.entries.size());
        }
    }
    const double parseMs = double(timer.nsecsElapsed()) / 1e6 / rounds;

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.db")));
    QString error;
    timer.restart();
    if (!db.open(&error))
        return 1;
    CatalogueImporter importer(db);
    for (const QString &f : std::as_const(files)) {
        if (importer.importFile(f).status != FileImportResult::Added)
            return 1;
    }
    const double importMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("bench_import: %lld documents, %d entries\n", qlonglong(files.size()), entries / rounds);
    std::printf("bench_import: parse all documents: %.1f ms (mean of %d rounds)\n", parseMs, rounds);
    std::printf("bench_import: import all into a new database (create, parse, store): %.1f ms\n", importMs);
    return 0;
}
