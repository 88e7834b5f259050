// Bad input of every kind: a clear error naming the file (and line), and the database as it was.
#include "services/catalogueimporter.h"
#include "store/cataloguestore.h"
#include "store/database.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vaultscope;

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rejected_data();
    void rejected();
    void fiftyMegabytesOfRandomText();
    void randomTextUnderTheLimit();
    void missingFile();

private:
    QStringList storedHashes();
    void expectRejected(const QString &path, const QString &fragment, int line);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("store.db")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    const FileImportResult seed = CatalogueImporter(*m_db).importFile(
        QStringLiteral(VAULTSCOPE_SEEDS "/key-vault-security-attributes-2019.md"));
    QCOMPARE(seed.status, FileImportResult::Added);
    QCOMPARE(storedHashes().size(), 1);
}

QStringList TestBadInput::storedHashes()
{
    QList<Baseline> baselines;
    QList<int> counts;
    QString error;
    if (!CatalogueStore(*m_db).listBaselines(&baselines, &counts, &error))
        return {error};
    QStringList hashes;
    for (int i = 0; i < baselines.size(); ++i)
        hashes.append(baselines.at(i).sha256 + QLatin1Char('/') + QString::number(counts.at(i)));
    return hashes;
}

void TestBadInput::expectRejected(const QString &path, const QString &fragment, int line)
{
    const QStringList before = storedHashes();
    const FileImportResult r = CatalogueImporter(*m_db).importFile(path);
    QCOMPARE(r.status, FileImportResult::Failed);
    const QString where = line > 0
                              ? QString(path + QLatin1Char(':') + QString::number(line) + QLatin1String(": "))
                              : QString(path + QLatin1String(": "));
    QVERIFY2(r.message.startsWith(where), qPrintable(r.message));
    QVERIFY2(r.message.contains(fragment), qPrintable(r.message));
    QCOMPARE(storedHashes(), before);
}

void TestBadInput::rejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("line");
    QTest::newRow("empty") << QByteArray() << "empty" << 0;
    QTest::newRow("white space only") << QByteArray("  \n\r\n\t\n") << "empty" << 0;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "binary file" << 3;
    QTest::newRow("invalid UTF-8") << QByteArray("# Title\n\nabc \xff def\n") << "invalid UTF-8" << 3;
    QTest::newRow("overlong UTF-8") << QByteArray("ok\n\xc0\xaf\n") << "invalid UTF-8" << 2;
    QTest::newRow("truncated UTF-8") << QByteArray("ok\nend \xe2\x82") << "invalid UTF-8" << 2;
    QTest::newRow("no baseline content")
        << QByteArray("# Shopping list\n\n- milk\n- bread\n") << "no baseline content found" << 0;
    QTest::newRow("header-only table")
        << QByteArray("## Preventative\n\n| Security Attribute | Yes/No | Notes |\n|---|---|--|\n")
        << "no rows" << 0;
    QTest::newRow("JSON instead of markdown")
        << QByteArray("{\"value\": []}\n") << "no baseline content found" << 0;
}

void TestBadInput::rejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    QFETCH(int, line);
    const QString path = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) +
        QLatin1String(".md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    expectRejected(path, fragment, line);
}

void TestBadInput::fiftyMegabytesOfRandomText()
{
    const QString path = m_dir.filePath(QStringLiteral("random-50mb.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    auto *rng = QRandomGenerator::global();
    for (int mb = 0; mb < 50; ++mb) {
        for (char &c : chunk)
            c = char(' ' + rng->bounded(95));
        file.write(chunk);
    }
    file.close();
    QCOMPARE(QFileInfo(path).size(), qint64(50) * 1024 * 1024);
    expectRejected(path, QStringLiteral("at most 8 MB"), 0);
}

void TestBadInput::randomTextUnderTheLimit()
{
    const QString path = m_dir.filePath(QStringLiteral("random-4mb.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    auto *rng = QRandomGenerator::global();
    QByteArray text;
    const char *const words[] = {"vault", "| key", "# soft", "delete", "**x**", "- list", "1.1:", "NS-2"};
    while (text.size() < 4 * 1024 * 1024) {
        text += words[rng->bounded(8)];
        text += rng->bounded(10) == 0 ? '\n' : ' ';
    }
    file.write(text);
    file.close();
    expectRejected(path, QStringLiteral("no baseline content found"), 0);
}

void TestBadInput::missingFile()
{
    expectRejected(m_dir.filePath(QStringLiteral("does-not-exist.md")), QStringLiteral("cannot open"), 0);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
