// The posture engine at scale: a demo estate of 2,000 subscriptions and 50,000 vaults, whose Key
// Vaults hold BENCH_OBJECTS_PER_KEY_VAULT keys, secrets and certificates on average (8 by default,
// about 140,000 in all; 57 gives the million of the Key Vault objects target), is written as an
// export, then imported, evaluated and stored (the path `vaultscope snapshot import` takes).
// Prints wall time per stage and peak RSS; asserts only that the work succeeded.
#include "benchsupport.h"
#include "posture/demoestate.h"
#include "posture/posture.h"
#include "services/snapshotservice.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace vaultscope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int subscriptions = benchSize("BENCH_SUBSCRIPTIONS", 2000);
    const int vaults = benchSize("BENCH_VAULTS", 50000);
    const int objectsPerKeyVault = benchSize("BENCH_OBJECTS_PER_KEY_VAULT", 8);
    // The export is written by a child process, so that the peak RSS below is the import's alone.
    if (app.arguments().value(1) == QLatin1String("--write-export")) {
        DemoEstateOptions options(subscriptions, vaults, 1);
        options.objectsPerKeyVault = objectsPerKeyVault;
        const Snapshot demo = SnapshotService::demoSnapshot(options);
        QFile f(app.arguments().value(2));
        return f.open(QIODevice::WriteOnly) &&
                       f.write(
                           QJsonDocument(SnapshotService::exportJson(demo)).toJson(QJsonDocument::Compact)) >
                           0
                   ? 0
                   : 1;
    }
    QTemporaryDir dir;
    const QString exportPath = dir.filePath(QStringLiteral("estate.json"));
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--write-export"), exportPath}) != 0)
        return 1;
    std::printf("bench_posture: export of %d vaults in %d subscriptions: %.1f MB\n", vaults, subscriptions,
                double(QFile(exportPath).size()) / 1e6);

    Database db(dir.filePath(QStringLiteral("bench.db")));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Snapshot s;
    if (!SnapshotService::importFiles(db, {exportPath}, QStringLiteral("bench"), QString(), &s, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    PostureCounts counts;
    for (const QByteArray &codes : std::as_const(s.outcomes)) {
        for (char c : codes)
            counts.add(c);
    }
    std::printf(
        "bench_posture: import + evaluate (%lld definitions) + store: %.2f s, %d results, score %.1f%%\n",
        qlonglong(s.definitions.size()), seconds, counts.evaluated(), counts.score() * 100);
    PostureCounts objectCounts;
    for (const QByteArray &codes : std::as_const(s.objectOutcomes)) {
        for (char c : codes)
            objectCounts.add(c);
    }
    std::printf("bench_posture: of which %lld Key Vault objects, %d object results, score %.1f%%\n",
                qlonglong(s.objects.size()), objectCounts.evaluated(), objectCounts.score() * 100);
    std::printf("bench_posture: peak RSS of the import: %ld MB\n", peakRssMb());
    return s.outcomes.size() == vaults ? 0 : 1;
}
