// The live scan at scale: a stand-in for Azure (tests/azure/server.mjs) holding 2,000 subscriptions
// and 50,000 vaults answers every request after 50 ms and grants Resource Graph's default quota
// (15 queries per 5-second window). Prints the scan's wall time against the floor that the quota,
// the latency and the bounded concurrency impose, the 429s received, the peak memory, and the
// longest stall of the thread the scanner shares with the window. Asserts only that it succeeded.
#include "../fakeazure.h"
#include "benchsupport.h"
#include "services/auth/tokenprovider.h"
#include "services/scanjob.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace vaultscope;

namespace {
class BenchTokens : public TokenProvider
{
public:
    void bearerToken(const QUrl &, const QString &, QObject *, Done done) override
    {
        done(QStringLiteral("bench-token"), {});
    }
    void forgetToken(const QUrl &) override {}
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int subscriptions = benchSize("BENCH_SUBSCRIPTIONS", 2000);
    const int vaults = benchSize("BENCH_VAULTS", 50000);
    const int latencyMs = benchSize("BENCH_LATENCY_MS", 50);
    FakeAzure azure;
    QString error;
    if (!azure.start({{QStringLiteral("subscriptions"), subscriptions},
                      {QStringLiteral("vaults"), vaults},
                      {QStringLiteral("latencyMs"), latencyMs},
                      {QStringLiteral("graphQuota"), 15},
                      {QStringLiteral("graphWindowMs"), 5000},
                      {QStringLiteral("pageSize"), 1000},
                      {QStringLiteral("acceptToken"), QStringLiteral("bench-token")}},
                     &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.db"));
    {
        Database db(path);
        if (!db.open(&error))
            return 1;
    }
    BenchTokens tokens;
    ScanJob job(tokens);
    Scanner::Policy policy;
    policy.concurrency = benchSize("BENCH_CONCURRENCY", policy.concurrency);
    policy.readObjects =
        false; // Resource Manager's pacing is measured here; the stand-in serves no data plane
    job.setPolicy(policy);

    // The scanner's thread is the window's: the longest gap between 5 ms ticks is its longest stall.
    QElapsedTimer tick;
    qint64 longestStall = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { longestStall = std::max(longestStall, tick.restart() - 5); });
    qint64 readMs = 0;
    QElapsedTimer clock;
    ScanJob::Outcome outcome;
    QObject::connect(&job, &ScanJob::progressed, [&](const ScanProgress &p) {
        if (p.phase == ScanProgress::Evaluation && readMs == 0)
            readMs = clock.elapsed();
    });
    QObject::connect(&job, &ScanJob::finished, [&](const ScanJob::Outcome &o) {
        outcome = o;
        app.quit();
    });
    clock.start();
    tick.start();
    ticker.start();
    if (!job.start({path, azure.origins(), azure.tenant(), {}, QString()}, &error))
        return 1;
    app.exec();
    const qint64 totalMs = clock.elapsed();
    if (!outcome.ok || !outcome.completeness.complete() || outcome.completeness.resources != vaults) {
        std::fprintf(stderr, "scan failed: %s\n", qPrintable(outcome.error));
        return 1;
    }
    const QJsonObject record = azure.requests();
    const int graphQueries = record.value(QLatin1String("graphQueries")).toInt();
    const int armRequests = record.value(QLatin1String("total")).toInt() - graphQueries;
    // The floor: Resource Graph's windows (all but the last wait out their 5 s) against the
    // Resource Manager requests at 50 ms each, `concurrency` at a time; whichever is longer.
    const double graphFloor = std::floor((graphQueries - 1) / 15.0) * 5.0 + latencyMs / 1000.0;
    const double armFloor = double(armRequests) * latencyMs / 1000.0 / policy.concurrency;
    const double floor = std::max(graphFloor, armFloor);
    std::printf("scan of %d subscriptions, %d vaults (50 ms latency, 15 queries / 5 s):\n", subscriptions,
                vaults);
    std::printf("  read %.1f s, with evaluation and storing %.1f s\n", readMs / 1000.0, totalMs / 1000.0);
    std::printf("  floor %.1f s (Resource Graph %d queries: %.1f s; Resource Manager %d requests, %d at a "
                "time: %.1f s); read time / floor = %.2f\n",
                floor, graphQueries, graphFloor, armRequests, policy.concurrency, armFloor,
                readMs / 1000.0 / floor);
    // As the stand-in saw it: requests in flight on average, and how long it held each one.
    const double span =
        record.value(QLatin1String("lastAt")).toDouble() - record.value(QLatin1String("firstAt")).toDouble();
    const double inFlightMs = record.value(QLatin1String("inFlightMs")).toDouble();
    std::printf(
        "  429 answers: %d; requests in flight %.1f on average, %d at most; %.1f ms per answer at the "
        "stand-in\n",
        record.value(QLatin1String("throttled")).toInt(), inFlightMs / span,
        record.value(QLatin1String("maxInFlight")).toInt(),
        inFlightMs / record.value(QLatin1String("total")).toInt());
    std::printf("  peak RSS %ld MB; longest stall of the scanner's (window's) thread %lld ms\n", peakRssMb(),
                longestStall);
    return 0;
}
