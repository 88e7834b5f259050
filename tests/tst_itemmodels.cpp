// Item models under QAbstractItemModelTester (kept alive across every change), the plain filter
// object, and the proxy's sorting and filtering.
#include "import/baselineimporter.h"
#include "itemmodels/cataloguetreemodel.h"
#include "itemmodels/entryfilter.h"
#include "itemmodels/entryfilterproxymodel.h"
#include "itemmodels/entrytablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace vaultscope;

namespace {
Baseline parse(const char *seed, qint64 id)
{
    Baseline b;
    ImportError error;
    BaselineImporter::importFile(QStringLiteral(VAULTSCOPE_SEEDS "/") + QLatin1String(seed), &b, &error);
    b.id = id;
    return b;
}

QList<EntryTableModel::Row> rowsOf(const Baseline &b)
{
    QList<EntryTableModel::Row> rows;
    for (const Entry &e : b.entries)
        rows.append({e, b.id, b.title, b.service, b.sourceName});
    return rows;
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void treeModel();
    void filter_data();
    void filter();
    void proxyFiltersAndSorts();
    void naturalSortKey();
};

void TestItemModels::treeModel()
{
    CatalogueTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const QList<Baseline> catalogue = {parse("azure-backup-security-attributes-2019.md", 1),
                                       parse("azure-backup-mcsb-baseline.txt", 2),
                                       parse("key-vault-security-attributes-2019.md", 3)};
    model.setCatalogue(catalogue);
    QCOMPARE(model.rowCount(), 2); // Azure Backup, Azure Key Vault
    const QModelIndex backup = model.index(0, 0);
    QCOMPARE(backup.data().toString(), QStringLiteral("Azure Backup"));
    QCOMPARE(model.rowCount(backup), 2);
    QCOMPARE(model.index(0, CatalogueTreeModel::EntriesColumn).data().toInt(), 15 + 15);
    const QModelIndex keyVault = model.index(1, 0);
    const QModelIndex kvBaseline = model.index(0, 0, keyVault);
    QCOMPARE(kvBaseline.data(CatalogueTreeModel::BaselineIdRole).toLongLong(), 3);
    QCOMPARE(model.rowCount(kvBaseline), 6);
    const QModelIndex preventative = model.index(0, 0, kvBaseline);
    QCOMPARE(preventative.data().toString(), QStringLiteral("Preventative"));
    QCOMPARE(preventative.data(CatalogueTreeModel::EntryCountRole).toInt(), 5);
    QCOMPARE(model.entriesBelow(preventative).size(), 5);
    QCOMPARE(model.entriesBelow(kvBaseline).size(), 16);
    QCOMPARE(model.entriesBelow(backup).size(), 30);
    QCOMPARE(model.parent(preventative), kvBaseline);
    QCOMPARE(model.findBaseline(2).parent(), backup);

    model.setCatalogue({catalogue.at(2)});
    QCOMPARE(model.rowCount(), 1);
    model.setCatalogue({});
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("supported");
    QTest::addColumn<QString>("responsibility");
    QTest::addColumn<int>("matches"); // among the 15 features of the Backup MCSB baseline
    QTest::newRow("everything") << ""
                                << ""
                                << "" << 15;
    QTest::newRow("word anywhere") << "encryption"
                                   << ""
                                   << "" << 4;
    QTest::newRow("case-insensitive, every word") << "KEY vault"
                                                  << ""
                                                  << "" << 4;
    QTest::newRow("control id") << "dp-5"
                                << ""
                                << "" << 1;
    QTest::newRow("no match") << "quantum"
                              << ""
                              << "" << 0;
    QTest::newRow("supported False") << ""
                                     << "False"
                                     << "" << 3;
    QTest::newRow("supported True") << ""
                                    << "True"
                                    << "" << 12;
    QTest::newRow("Yes matches nothing here") << ""
                                              << "Yes"
                                              << "" << 0;
    QTest::newRow("Customer") << ""
                              << ""
                              << "Customer" << 8;
    QTest::newRow("Microsoft") << ""
                               << ""
                               << "Microsoft" << 4;
    QTest::newRow("Customer and text") << "key"
                                       << ""
                                       << "Customer" << 5;
    QTest::newRow("True and Microsoft") << ""
                                        << "True"
                                        << "Microsoft" << 4;
}

void TestItemModels::filter()
{
    QFETCH(QString, text);
    QFETCH(QString, supported);
    QFETCH(QString, responsibility);
    QFETCH(int, matches);
    const Baseline b = parse("azure-backup-mcsb-baseline.txt", 1);
    EntryFilter f;
    f.setText(text);
    if (!supported.isEmpty())
        f.setSupported({supported});
    if (!responsibility.isEmpty())
        f.setResponsibility({responsibility});
    const auto n =
        std::count_if(b.entries.cbegin(), b.entries.cend(), [&f](const Entry &e) { return f.accepts(e); });
    QCOMPARE(int(n), matches);
}

void TestItemModels::proxyFiltersAndSorts()
{
    EntryTableModel entries;
    EntryFilterProxyModel proxy;
    proxy.setEntryModel(&entries);
    QAbstractItemModelTester sourceTester(&entries, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const Baseline kv = parse("key-vault-security-attributes-2019.md", 7);
    entries.setRows(rowsOf(kv));
    QCOMPARE(proxy.rowCount(), 16);
    QCOMPARE(
        entries.index(3, EntryTableModel::SupportedColumn).data(EntryTableModel::NormalizedRole).toString(),
        QStringLiteral("N/A"));

    EntryFilter f;
    f.setSupported({QStringLiteral("No")});
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 2);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, EntryTableModel::SupportedColumn).data().toString(), QStringLiteral("No"));

    f.setSupported({});
    f.setText(QStringLiteral("log analytics"));
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setFilter(EntryFilter());
    proxy.sort(EntryTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, EntryTableModel::NameColumn).data().toString(),
             QStringLiteral("Access management - Authentication"));

    const Baseline mcsb = parse("azure-backup-mcsb-baseline.txt", 8);
    entries.setRows(rowsOf(mcsb));
    proxy.sort(EntryTableModel::ControlColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, EntryTableModel::ControlColumn).data().toString(), QStringLiteral("PA-7"));
    entries.setRows({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestItemModels::naturalSortKey()
{
    QVERIFY(EntryTableModel::naturalSortKey(QStringLiteral("1.9")) <
            EntryTableModel::naturalSortKey(QStringLiteral("1.10")));
    QVERIFY(EntryTableModel::naturalSortKey(QStringLiteral("NS-2")) <
            EntryTableModel::naturalSortKey(QStringLiteral("NS-10")));
    QVERIFY(EntryTableModel::naturalSortKey(QStringLiteral("10.1")) >
            EntryTableModel::naturalSortKey(QStringLiteral("9.4")));
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
