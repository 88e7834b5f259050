// Reviews: stable keys, durable writes with history, and the crash test: a writer killed with
// SIGKILL again and again never loses an acknowledged review nor corrupts the store.
#include "review/review.h"
#include "services/catalogueimporter.h"
#include "store/database.h"
#include "store/reviewstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace vaultscope;

class TestReviews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void targets_data();
    void targets();
    void setListHistory();
    void knownTargets();
    void killedWriterLosesNothingAcknowledged();
};

void TestReviews::targets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("control, short service name") << "control:Key Vault/NS-2"
                                                 << "control:Azure Key Vault/NS-2";
    QTest::newRow("control, entry name") << "control:Azure Backup/ API calls encrypted "
                                         << "control:Azure Backup/API calls encrypted";
    QTest::newRow("finding, id case folded")
        << "finding:/subscriptions/AB/resourceGroups/RG/providers/Microsoft.KeyVault/vaults/KV|55615ac9"
        << "finding:/subscriptions/ab/resourcegroups/rg/providers/microsoft.keyvault/vaults/kv|55615ac9";
    QTest::newRow("no kind") << "Key Vault/NS-2"
                             << "";
    QTest::newRow("control without id") << "control:Key Vault/"
                                        << "";
    QTest::newRow("finding without definition") << "finding:/subscriptions/x|"
                                                << "";
    QTest::newRow("finding without resource id") << "finding:kv|abc"
                                                 << "";
}

void TestReviews::targets()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    ReviewTarget t;
    QString error;
    QCOMPARE(ReviewTarget::parse(text, &t, &error), !key.isEmpty());
    if (!key.isEmpty())
        QCOMPARE(t.key(), key);
    else
        QVERIFY(error.contains(text.trimmed()));
}

void TestReviews::setListHistory()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("r.db")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    ReviewStore store(db);
    Review r;
    r.target = QStringLiteral("control:Azure Key Vault/NS-2");
    r.status = ReviewStatus::Finding;
    r.note = QStringLiteral("Public network access is open on **3** vaults.");
    r.reviewer = QStringLiteral("alice");
    bool changed = false;
    QVERIFY2(store.set(r, &error, &changed), qPrintable(error));
    QVERIFY(changed);
    QVERIFY(store.set(r, &error, &changed));
    QVERIFY(!changed); // nothing differs: no history row
    r.status = ReviewStatus::Exception;
    r.expiry = QDate(2027, 3, 31);
    r.approver = QStringLiteral("carol");
    r.reviewer = QStringLiteral("bob");
    QVERIFY(store.set(r, &error, &changed));

    Review back;
    bool found = false;
    QVERIFY(store.get(r.target, &back, &found, &error));
    QVERIFY(found);
    QCOMPARE(back.status, ReviewStatus::Exception);
    QCOMPARE(back.expiry, QDate(2027, 3, 31));
    QCOMPARE(back.approver, QStringLiteral("carol"));
    QCOMPARE(back.reviewer, QStringLiteral("bob"));
    QCOMPARE(back.note, r.note);
    QVERIFY(back.updated.isValid());

    QList<ReviewChange> history;
    QVERIFY(store.history(r.target, &history, &error));
    QStringList seen;
    for (const ReviewChange &c : std::as_const(history))
        seen.append(c.reviewer + QLatin1Char(':') + c.field + QLatin1Char('=') + c.newValue);
    QCOMPARE(seen,
             (QStringList{QStringLiteral("alice:status=finding"), QStringLiteral("alice:note=") + r.note,
                          QStringLiteral("bob:status=exception"), QStringLiteral("bob:expiry=2027-03-31"),
                          QStringLiteral("bob:approver=carol")}));
    QCOMPARE(history.at(2).oldValue, QStringLiteral("finding"));

    QList<Review> all;
    QVERIFY(store.list(&all, &error));
    QCOMPARE(all.size(), 1);
    QVERIFY(store.list(&all, &error, QStringLiteral("finding")));
    QCOMPARE(all.size(), 0);
}

void TestReviews::knownTargets()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("r.db")));
    QString error;
    QVERIFY(db.open(&error));
    QCOMPARE(CatalogueImporter(db)
                 .importFile(QStringLiteral(VAULTSCOPE_SEEDS "/azure-backup-mcsb-baseline.txt"))
                 .status,
             FileImportResult::Added);
    ReviewStore store(db);
    for (const auto &[text, expected] :
         {std::pair{"control:Backup/DP-5", true}, std::pair{"control:Azure Backup/azure resource logs", true},
          std::pair{"control:Azure Backup/NS-99", false}, std::pair{"control:Key Vault/DP-5", false}}) {
        ReviewTarget t;
        QVERIFY(ReviewTarget::parse(QString::fromLatin1(text), &t, &error));
        bool known = !expected;
        QVERIFY(store.targetKnown(t, &known, &error));
        QVERIFY2(known == expected, text);
    }
}

void TestReviews::killedWriterLosesNothingAcknowledged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    QSet<QString> acknowledged;
    auto *rng = QRandomGenerator::global();
    for (int round = 0; round < 12; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(VAULTSCOPE_REVIEW_WRITER), {path, QString::number(round)});
        QVERIFY(writer.waitForStarted(10000));
        // Let it write for a random moment, then kill it without warning.
        QTest::qWait(int(rng->bounded(150, 600)));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("ack "))
                acknowledged.insert(QString::fromUtf8(line.mid(4)));
        }
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error)); // opening runs quick_check
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        ReviewStore store(db);
        for (const QString &target : std::as_const(acknowledged)) {
            Review r;
            bool found = false;
            QVERIFY(store.get(target, &r, &found, &error));
            QVERIFY2(found, qPrintable(target));
        }
    }
    QVERIFY2(acknowledged.size() > 12, "the writer acknowledged too few reviews to test anything");
}

QTEST_GUILESS_MAIN(TestReviews)
#include "tst_reviews.moc"
