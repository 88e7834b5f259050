// The markdown layer under every importer: table repair, cell flattening, labels and links.
#include "import/linkresolver.h"
#include "import/markdownblocks.h"

#include <QTest>

using namespace vaultscope;

class TestMarkdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repairsDelimiterRows_data();
    void repairsDelimiterRows();
    void raggedTableIsRecognised();
    void htmlListsInCellsBecomeItems();
    void headingAnchorsAreDropped();
    void labelledParagraphs();
    void linksResolve_data();
    void linksResolve();
    void serviceDirectory_data();
    void serviceDirectory();
};

void TestMarkdown::repairsDelimiterRows_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fewer delimiter cells") << "| a | b | c |\n|---|--|\n| 1 | 2 | 3 |"
                                           << "| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |";
    QTest::newRow("empty header cell, no closing pipe")
        << "| a | b | c| | d\n|---|---|--|\n| 1 | 2 |"
        << "| a | b | c| | d\n|---|---|---|---|---|\n| 1 | 2 |";
    QTest::newRow("already matching") << "| a | b |\n|---|---|"
                                      << "| a | b |\n|---|---|";
    QTest::newRow("not a table") << "text | with pipe\nplain line"
                                 << "text | with pipe\nplain line";
}

void TestMarkdown::repairsDelimiterRows()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(repairTableDelimiters(input), expected);
}

void TestMarkdown::raggedTableIsRecognised()
{
    const QString md = QStringLiteral("## Network\n\n| Security control | Yes/No | Notes| | Documentation\n"
                                      "|---|---|--|\n| Service endpoint support| No |  |  |\n");
    const QList<Block> blocks = parseMarkdown(md, LinkResolver());
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(1).kind, Block::Table);
    QCOMPARE(blocks.at(1).rows.size(), 2);
    QCOMPARE(blocks.at(1).rows.at(1).value(0).text, QStringLiteral("Service endpoint support"));
    QCOMPARE(blocks.at(1).rows.at(1).value(1).text, QStringLiteral("No"));
    QCOMPARE(blocks.at(1).line, 3);
}

void TestMarkdown::htmlListsInCellsBecomeItems()
{
    const QString md =
        QStringLiteral("| Security Attribute | Yes/No | Notes |\n|---|---|--|\n"
                       "| Encryption at rest:<ul><li>Server-side</li><li>CMK &amp; BYOK</ul>| Yes | "
                       "See <b>this</b>. |\n");
    const QList<Block> blocks = parseMarkdown(md, LinkResolver());
    QCOMPARE(blocks.size(), 1);
    const RichText cell = blocks.at(0).rows.at(1).at(0);
    QCOMPARE(cell.lead, QStringLiteral("Encryption at rest:"));
    QCOMPARE(cell.items, (QStringList{QStringLiteral("Server-side"), QStringLiteral("CMK & BYOK")}));
    QVERIFY(!cell.text.contains(QLatin1Char('<')));
    QCOMPARE(blocks.at(0).rows.at(1).at(2).text, QStringLiteral("See this."));
}

void TestMarkdown::headingAnchorsAreDropped()
{
    const QList<Block> blocks =
        parseMarkdown(QStringLiteral("## <a name=\"network\"></a>Network Segmentation\n"), LinkResolver());
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.at(0).level, 2);
    QCOMPARE(blocks.at(0).content.text, QStringLiteral("Network Segmentation"));
}

void TestMarkdown::labelledParagraphs()
{
    const QString md = QStringLiteral("**Guidance**: Use *private* links.\n\n**Responsabilité** : Client\n\n"
                                      "**Bold** start without colon.\n");
    const QList<Block> blocks = parseMarkdown(md, LinkResolver());
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(0).label, QStringLiteral("Guidance"));
    QCOMPARE(blocks.at(0).content.text, QStringLiteral("Use private links."));
    QCOMPARE(blocks.at(1).label, QStringLiteral("Responsabilité"));
    QCOMPARE(blocks.at(1).content.text, QStringLiteral("Client"));
    QVERIFY(blocks.at(2).label.isEmpty());
}

void TestMarkdown::linksResolve_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sibling") << "backup-encryption.md"
                             << "https://learn.microsoft.com/azure/backup/backup-encryption";
    QTest::newRow("dot slash with anchor")
        << "./backup-rbac-rs-vault.md#roles"
        << "https://learn.microsoft.com/azure/backup/backup-rbac-rs-vault#roles";
    QTest::newRow("other service") << "../key-vault/general/overview.md"
                                   << "https://learn.microsoft.com/azure/key-vault/general/overview";
    QTest::newRow("index.yml") << "../expressroute/index.yml"
                               << "https://learn.microsoft.com/azure/expressroute";
    QTest::newRow("site relative") << "/azure/backup/backup-rbac-rs-vault"
                                   << "https://learn.microsoft.com/azure/backup/backup-rbac-rs-vault";
    QTest::newRow("absolute") << "https://aka.ms/apimdevops"
                              << "https://aka.ms/apimdevops";
    QTest::newRow("anchor only") << "#enhanced-soft-delete"
                                 << "";
}

void TestMarkdown::linksResolve()
{
    QFETCH(QString, href);
    QFETCH(QString, expected);
    QCOMPARE(LinkResolver(QStringLiteral("backup")).resolve(href), expected);
}

void TestMarkdown::serviceDirectory_data()
{
    QTest::addColumn<QString>("msService");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("expected");
    QTest::newRow("agrees") << "key-vault"
                            << "Key Vault"
                            << "key-vault";
    QTest::newRow("initials") << "azure-cdn"
                              << "Content Delivery Network"
                              << "cdn";
    QTest::newRow("generic") << "security"
                             << "Azure Key Vault"
                             << "key-vault";
    QTest::newRow("wrong metadata") << "load-balancer"
                                    << "Azure SQL Database"
                                    << "sql-database";
    QTest::newRow("no title") << "backup"
                              << ""
                              << "backup";
}

void TestMarkdown::serviceDirectory()
{
    QFETCH(QString, msService);
    QFETCH(QString, service);
    QFETCH(QString, expected);
    QCOMPARE(LinkResolver::directoryForService(msService, service), expected);
}

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
