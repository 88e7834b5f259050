// Replays every input under tests/data/fuzz-regressions/<target>/ through the fuzz target's entry
// point (tests/fuzz/fuzzentries.h), in the release and the sanitizer pass: each once crashed, hung,
// leaked or ran out of bounds, and must now simply return.
#include "fuzzentries.h"

#include <QDirIterator>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(QStringLiteral(VAULTSCOPE_TEST_DATA "/fuzz-regressions"), QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &f : std::as_const(files)) {
        if (!f.endsWith(QLatin1String(".md")))
            QTest::newRow(qPrintable(f.section(QLatin1Char('/'), -2))) << f;
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, path);
    const QString target = path.section(QLatin1Char('/'), -2, -2);
    const vaultscope::fuzz::Entry entry = vaultscope::fuzz::entryFor(target);
    QVERIFY2(entry, qPrintable(QStringLiteral("no fuzz target named %1").arg(target)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    entry(file.readAll()); // returns: no crash, no sanitizer report, no endless loop
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
