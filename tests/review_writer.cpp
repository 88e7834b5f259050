// Test helper for tst_reviews: writes reviews in a loop and prints "ack <target>" after each write
// the store reported durable. The test kills it with SIGKILL at a random moment.
#include "store/database.h"
#include "store/reviewstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace vaultscope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Database db(args.value(1));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ReviewStore store(db);
    for (int i = 0; i < 100000; ++i) {
        Review r;
        r.target = QStringLiteral("control:Azure Key Vault/round %1 entry %2").arg(args.value(2)).arg(i);
        r.status = ReviewStatus::Satisfied;
        r.note = QString(200, QLatin1Char('x'));
        r.reviewer = QStringLiteral("writer");
        if (!store.set(r, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("ack %s\n", qPrintable(r.target));
        std::fflush(stdout);
    }
    return 0;
}
