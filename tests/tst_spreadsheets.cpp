// The official baseline spreadsheets and the benchmark workbook: every corpus file imports with the
// row counts a reader counts by hand (per category), the cells read as Excel shows them, mappings
// are searchable, versions compare, and broken workbooks are refused without touching the store.
#include "baselinetesting.h"
#include "catalogue/baselinediff.h"
#include "import/baselineimporter.h"
#include "import/xlsxreader.h"
#include "itemmodels/entryfilter.h"
#include "services/catalogueimporter.h"
#include "store/cataloguestore.h"
#include "store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace vaultscope;

namespace {

QString xlsx(const char *name)
{
    return QStringLiteral(VAULTSCOPE_TEST_DATA "/xlsx/") + QLatin1String(name);
}

const Entry *findEntry(const Baseline &b, const QString &controlId, const QString &name = {})
{
    for (const Entry &e : b.entries) {
        if (e.controlId == controlId && (name.isEmpty() || e.name == name))
            return &e;
    }
    return nullptr;
}

// A workbook written part by part, so each test states exactly what the XML holds.
struct Part
{
    QString name;
    QByteArray data;
};

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\"?><worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1\"/>"
           "<sheetData>" +
           rows + "</sheetData></worksheet>";
}

QList<Part> workbookParts(const QByteArray &sheetRows, const QByteArray &sharedStrings = {},
                          const QByteArray &sheetName = "Security Baseline")
{
    QList<Part> parts{
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\"?><workbook "
         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
         "name=\"" +
             sheetName + "\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId7\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
         "Target=\"/xl/worksheets/data.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/data.xml"), sheetXml(sheetRows)},
    };
    if (!sharedStrings.isEmpty())
        parts.append(
            {QStringLiteral("xl/sharedStrings.xml"),
             "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
             "main\">" +
                 sharedStrings + "</sst>"});
    return parts;
}

bool writeZip(const QString &path, const QList<Part> &parts, const char *password = nullptr)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Part &p : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(p.name), password, 0, Z_DEFLATED, 1))
            return false;
        file.write(p.data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// The header row of an ASB v1 baseline, as shared strings 0-7, then values from index 8.
const QByteArray kAsb1Header =
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" "
    "t=\"s\"><v>2</v></c>"
    "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>5</v></c>"
    "<c r=\"G1\" t=\"s\"><v>6</v></c><c r=\"H1\" t=\"s\"><v>7</v></c></row>";
const QByteArray kAsb1Strings = "<si><t>Service</t></si><si><t>Azure Control</t></si><si><t>Azure ID</t></si>"
                                "<si><t>CIS Controls</t></si><si><t>Benchmark Recommendation</t></si>"
                                "<si><t>Customer Guidance</t></si><si><t>Responsibility</t></si>"
                                "<si><t>ASC Monitoring</t></si>";

} // namespace

class TestSpreadsheets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus_data();
    void corpus();
    void benchmarkWorkbook();
    void baselineCells();
    void cellsAsExcelShowsThem();
    void mappingsAreSearchableAndStored();
    void diffBackupV2V3();
    void diffKeyVaultV10V11();
    void diffDocumentAndSpreadsheet();
    void rejected_data();
    void rejected();

private:
    QTemporaryDir m_dir;
};

void TestSpreadsheets::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("categories"); // empty: not spelled out for this file

    // Counted per category from the sheets by hand (rows with an id under the header).
    const QString asb1 = QStringLiteral(
        "Network Security=11;Logging and Monitoring=10;Identity and Access Control=13;Data Protection=9;"
        "Vulnerability Management=5;Inventory and Asset Management=13;Secure Configuration=13;Malware "
        "Defense=3;"
        "Data Recovery=4;Incident Response=6;Penetration Tests and Red Team Exercises=1");
    const QString asb2 = QStringLiteral(
        "Network Security=7;Identity Management=8;Privileged Access=8;Data Protection=5;Asset Management=6;"
        "Logging and Threat Detection=7;Incident Response=6;Posture and Vulnerability Management=8;"
        "Endpoint Security=3;Backup and Recovery=4;Governance and Strategy=8");
    QTest::newRow("v1.0 backup") << xlsx("v1.0-azure-backup-security-baseline-v1.0.xlsx") << "asb1"
                                 << "Azure Backup"
                                 << "2020-08-07" << 88 << asb1;
    QTest::newRow("v1.0 key vault") << xlsx("v1.0-key-vault-security-baseline-v1.0.xlsx") << "asb1"
                                    << "Azure Key Vault"
                                    << "2020-08-07" << 88 << asb1;
    QTest::newRow("v1.1 backup") << xlsx("v1.1-azure-backup-security-baseline-v1.1.xlsx") << "asb1"
                                 << "Azure Backup"
                                 << "2020-11-10" << 88 << asb1;
    QTest::newRow("v1.1 key vault") << xlsx("v1.1-key-vault-security-baseline-v1.1.xlsx") << "asb1"
                                    << "Azure Key Vault"
                                    << "2020-11-10" << 88 << asb1;
    QTest::newRow("v2.0 backup") << xlsx("v2.0-azure-backup-security-baseline-v2.0.xlsx") << "asb2"
                                 << "Azure Backup"
                                 << "2021-08-27" << 70 << asb2;
    QTest::newRow("v2.0 key vault") << xlsx("v2.0-key-vault-security-baseline-v2.0.xlsx") << "asb2"
                                    << "Azure Key Vault"
                                    << "2021-08-27" << 70 << asb2;
    QTest::newRow("v3.0 backup") << xlsx("v3.0-backup-security-baseline.xlsx") << "asb3"
                                 << "Azure Backup"
                                 << "2023-10-10" << 36
                                 << "Identity Management=6;Asset Management=2;Endpoint security=3;"
                                    "Posture and Vulnerability Management=6;Backup and recovery=3;"
                                    "Privileged Access=3;Data Protection=7;Logging and threat detection=2;"
                                    "Network Security=4";
    QTest::newRow("v3.0 managed hsm") << xlsx("v3.0-key-vault-managed-hsm-security-baseline.xlsx") << "asb3"
                                      << "Azure Key Vault Managed HSM"
                                      << "2023-02-14" << 35 << QString();
    QTest::newRow("v3.0 key vault") << xlsx("v3.0-key-vault-security-baseline.xlsx") << "asb3"
                                    << "Azure Key Vault"
                                    << "2022-09-12" << 36
                                    << "Identity Management=6;Asset Management=2;Endpoint security=3;"
                                       "Posture and Vulnerability Management=6;Backup and recovery=2;"
                                       "Privileged Access=3;Data Protection=8;Logging and threat detection=2;"
                                       "Network Security=4";
    QTest::newRow("v3.0 storage") << xlsx("v3.0-storage-security-baseline.xlsx") << "asb3"
                                  << "Azure Storage"
                                  << "2022-10-07" << 35 << QString();
    QTest::newRow("MCSB v1 workbook")
        << xlsx("Microsoft_cloud_security_benchmark_v1.xlsx") << "benchmark"
        << "Microsoft Cloud Security Benchmark"
        << "2023-04-03" << 86
        << "Network Security=10;Identity Management=9;Privileged Access=8;Data Protection=8;Asset "
           "Management=5;"
           "Logging and threat detection=7;Incident Response=7;Posture and Vulnerability Management=7;"
           "Endpoint security=3;Backup and recovery=4;DevOps Security=7;Governance and Strategy=11";
}

void TestSpreadsheets::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, service);
    QFETCH(QString, date);
    QFETCH(int, entries);
    QFETCH(QString, categories);
    const Baseline b = loadBaseline(file);
    QCOMPARE(formatKey(b.format), format);
    QCOMPARE(b.service, service);
    QCOMPARE(b.date.toString(Qt::ISODate), date);
    QCOMPARE(b.entries.size(), entries);
    if (!categories.isEmpty())
        QCOMPARE(categoryCounts(b), categories);
    QCOMPARE(b.sourceName, file.section(QLatin1Char('/'), -1));
    QCOMPARE(b.sha256.size(), 64);
    for (const Entry &e : b.entries) {
        QVERIFY2(!e.name.isEmpty() && !e.controlId.isEmpty(), qPrintable(e.controlId + e.name));
        QVERIFY(e.sourceLine > 1); // a sheet row under the header
        QVERIFY2(!e.name.contains(QLatin1Char('\r')) && e.name == e.name.trimmed(), qPrintable(e.name));
    }
}

void TestSpreadsheets::benchmarkWorkbook()
{
    const Baseline b = loadBaseline(xlsx("Microsoft_cloud_security_benchmark_v1.xlsx"));
    QCOMPARE(b.benchmark, QStringLiteral("Microsoft Cloud Security Benchmark v1")); // the Readme's title
    QCOMPARE(b.categories().size(), 12);
    const Entry *ns2 = findEntry(b, QStringLiteral("NS-2"));
    QVERIFY(ns2);
    QCOMPARE(ns2->name, QStringLiteral("Secure cloud native services with network controls"));
    QCOMPARE(mappingsText(ns2->mappings),
             QStringLiteral(
                 "CIS Controls v7.1 14.1; CIS Controls v8 3.12, 4.4; NIST SP800-53 r4 AC-4, SC-2, SC-7; "
                 "PCI-DSS v3.2.1 1.1, 1.2, 1.3"));
    QVERIFY(
        ns2->description.startsWith(QLatin1String("Secure cloud services by establishing a private access")));
    QCOMPARE(ns2->references.value(0).text, QStringLiteral("Understand Azure Private Link"));
    QCOMPARE(ns2->references.value(0).url,
             QStringLiteral("https://docs.microsoft.com/azure/private-link/private-link-overview"));
    // A PCI id stored as the number 5.0999999999999996 reads as Excel shows it.
    const Entry *es2 = findEntry(b, QStringLiteral("ES-2"));
    QVERIFY(es2);
    QCOMPARE(es2->mappings.last(), (Mapping{QStringLiteral("PCI-DSS v3.2.1"), {QStringLiteral("5.1")}}));
    // The Data Protection sheet maps Azure Policy definitions by name.
    const Entry *dp1 = findEntry(b, QStringLiteral("DP-1"));
    QVERIFY(dp1);
    QCOMPARE(dp1->policies.value(0),
             QStringLiteral("[Preview]: Sensitive data in your SQL databases should be classified"));
    // GS-11 maps to nothing ("N/A" in every framework column).
    const Entry *gs11 = findEntry(b, QStringLiteral("GS-11"));
    QVERIFY(gs11);
    QVERIFY(gs11->mappings.isEmpty());
}

void TestSpreadsheets::baselineCells()
{
    const Baseline v1 = loadBaseline(xlsx("v1.0-azure-backup-security-baseline-v1.0.xlsx"));
    const Entry *e11 = findEntry(v1, QStringLiteral("1.1"));
    QVERIFY(e11);
    QCOMPARE(e11->name, QStringLiteral("Protect Azure resources within virtual networks"));
    QCOMPARE(e11->responsibility, QStringLiteral("Not applicable"));
    QCOMPARE(e11->monitoring, QStringLiteral("Not applicable"));
    // "9.2, 9.4, 14.1-14.3" and "2.3/2.4" are lists of ids.
    QCOMPARE(e11->mappings,
             (QList<Mapping>{{QStringLiteral("CIS Controls"),
                              {QStringLiteral("9.2"), QStringLiteral("9.4"), QStringLiteral("14.1-14.3")}}}));
    const Entry *e66 = findEntry(v1, QStringLiteral("6.6"));
    QVERIFY(e66);
    QCOMPARE(e66->mappings.value(0).ids, (QStringList{QStringLiteral("2.3"), QStringLiteral("2.4")}));

    const Baseline v2 = loadBaseline(xlsx("v2.0-azure-backup-security-baseline-v2.0.xlsx"));
    const Entry *ns1 = findEntry(v2, QStringLiteral("NS-1"));
    QVERIFY(ns1);
    // "9.2: Ensure Only Approved Ports, Protocols and Services\n9.4: ..." — the titles' commas are not ids.
    QCOMPARE(mappingsText(ns1->mappings),
             QStringLiteral("CIS Controls v7.1 9.2, 9.4, 14.1, 14.2, 14.3; NIST SP800-53 r4 SC-7"));
    QCOMPARE(ns1->notes, QStringLiteral("Recommendation scope: Combined Guidance"));
    QCOMPARE(ns1->responsibility, QStringLiteral("Customer"));

    const Baseline v3 = loadBaseline(xlsx("v3.0-backup-security-baseline.xlsx"));
    const Entry *im8 = findEntry(v3, QStringLiteral("IM-8"));
    QVERIFY(im8);
    QCOMPARE(im8->controlTitle, QStringLiteral("Restrict the exposure of credential and secrets"));
    QCOMPARE(im8->supported, QStringLiteral("True"));
    QCOMPARE(im8->enabledByDefault, QStringLiteral("False"));
    QCOMPARE(im8->category, QStringLiteral("Identity Management"));
    QCOMPARE(im8->references.value(0).text,
             QStringLiteral("Configure a vault to encrypt using customer-managed keys"));
    QVERIFY(im8->notes.startsWith(QLatin1String("This feature is supported for all scenarios")));
    const Entry *im1 = findEntry(v3, QStringLiteral("IM-1"));
    QVERIFY(im1);
    QVERIFY(im1->references.isEmpty()); // "None"
    QVERIFY(im1->notes.isEmpty());
}

void TestSpreadsheets::cellsAsExcelShowsThem()
{
    // Rich-text runs joined, phonetic guides dropped, _x000D_ + LF and CR LF as one line break, a cell
    // without a reference after B2 is C2, gaps stay empty, numbers and booleans as Excel shows them,
    // rows without a number follow on, an empty row is dropped; the <dimension> says A1 and is ignored.
    const QByteArray rows =
        kAsb1Header +
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>Azure </t></r><r><rPr><b/></rPr><t>Backup</t></r>"
        "<rPh><t>ignored</t></rPh></is></c><c r=\"B2\" t=\"s\"><v>8</v></c><c t=\"str\"><v>1.1</v></c>"
        "<c r=\"E2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Line one_x000D_\nline two\r\nthree "
        "</t></is></c>"
        "<c r=\"G2\" t=\"b\"><v>1</v></c><c r=\"H2\"><v>0.30000000000000004</v></c></row>"
        "<row><c r=\"B3\" t=\"s\"><v>8</v></c><c r=\"C3\"><v>2</v></c><c r=\"E3\" "
        "t=\"inlineStr\"><is><t>Second</t></is></c></row>"
        "<row r=\"7\"><c r=\"A7\"/><c r=\"B7\" t=\"inlineStr\"><is><t>  </t></is></c></row>";
    const QString path = m_dir.filePath(QStringLiteral("cells.xlsx"));
    QVERIFY(writeZip(
        path, workbookParts(rows, kAsb1Strings + "<si><r><t>Network </t></r><r><t>Security</t></r></si>")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Workbook workbook;
    ImportError error;
    QVERIFY2(XlsxReader::read(file.readAll(), QStringLiteral("cells.xlsx"), &workbook, &error),
             qPrintable(error.toString()));
    QCOMPARE(workbook.sheets.size(), 1);
    const Sheet &sheet = workbook.sheets.first();
    QCOMPARE(sheet.name, QStringLiteral("Security Baseline"));
    QCOMPARE(sheet.rows.size(), 3); // row 7 holds only blanks
    const SheetRow &r2 = sheet.rows.at(1);
    QCOMPARE(r2.number, 2);
    QCOMPARE(r2.cells.value(0), QStringLiteral("Azure Backup"));
    QCOMPARE(r2.cells.value(1), QStringLiteral("Network Security"));
    QCOMPARE(r2.cells.value(2), QStringLiteral("1.1"));
    QCOMPARE(r2.cells.value(3), QString());
    QCOMPARE(r2.cells.value(4), QStringLiteral("Line one\nline two\nthree "));
    QCOMPARE(r2.cells.value(6), QStringLiteral("TRUE"));
    QCOMPARE(r2.cells.value(7), QStringLiteral("0.3"));
    QCOMPARE(sheet.rows.at(2).number, 3);
    QCOMPARE(sheet.rows.at(2).cells.value(2), QStringLiteral("2"));

    Baseline b;
    QVERIFY2(BaselineImporter::importFile(path, &b, &error), qPrintable(error.toString()));
    QCOMPARE(b.entries.size(), 2);
    QCOMPARE(b.service, QStringLiteral("Azure Backup"));
    QCOMPARE(b.entries.first().name, QStringLiteral("Line one\nline two\nthree"));
    QCOMPARE(b.entries.first().sourceLine, 2);
    QCOMPARE(b.entries.last().sourceLine, 3);
}

void TestSpreadsheets::mappingsAreSearchableAndStored()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("mappings.db"));
    Database db(dbPath);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    const FileImportResult r =
        CatalogueImporter(db).importFile(xlsx("Microsoft_cloud_security_benchmark_v1.xlsx"));
    QCOMPARE(r.status, FileImportResult::Added);
    QCOMPARE(r.entries, 86);
    QCOMPARE(r.categories, 12);
    QList<Baseline> stored;
    QVERIFY2(CatalogueStore(db).loadAll(&stored, &error), qPrintable(error));
    QCOMPARE(stored.size(), 1);
    const Baseline parsed = loadBaseline(xlsx("Microsoft_cloud_security_benchmark_v1.xlsx"));
    QCOMPARE(stored.first().format, BaselineFormat::Benchmark);
    for (int i = 0; i < parsed.entries.size(); ++i)
        QCOMPARE(stored.first().entries.at(i).mappings, parsed.entries.at(i).mappings);

    // An auditor working against NIST types the framework and the id.
    EntryFilter filter;
    filter.setText(QStringLiteral("NIST AC-4"));
    QStringList ids;
    for (const Entry &e : stored.first().entries) {
        if (filter.accepts(e))
            ids.append(e.controlId);
    }
    QCOMPARE(ids.join(QLatin1Char(' ')),
             QStringLiteral("NS-1 NS-2 NS-3 NS-7 NS-9 PA-8 DP-2 GS-2 GS-3 GS-4 GS-6"));
    // Ids match whole: SC-2 is not SC-20, SC-21 or SC-28.
    filter.setText(QStringLiteral("nist SC-2"));
    QVERIFY(filter.accepts(*findEntry(stored.first(), QStringLiteral("NS-2"))));
    QVERIFY(!filter.accepts(*findEntry(stored.first(), QStringLiteral("NS-3")))); // AC-4, SC-7, CM-7
    // The framework counts: PCI 5.1 is ES-2's; CIS v8 3.12 is NS-2's but CIS v7.1 3.12 is nobody's.
    filter.setText(QStringLiteral("PCI 5.1"));
    QVERIFY(filter.accepts(*findEntry(stored.first(), QStringLiteral("ES-2"))));
    QVERIFY(!filter.accepts(*findEntry(stored.first(), QStringLiteral("NS-2"))));
    filter.setText(QStringLiteral("CIS v8 3.12"));
    QVERIFY(filter.accepts(*findEntry(stored.first(), QStringLiteral("NS-2"))));
    filter.setText(QStringLiteral("CIS v7.1 3.12"));
    QVERIFY(!filter.accepts(*findEntry(stored.first(), QStringLiteral("NS-2"))));
    // With other words: they still match anywhere.
    filter.setText(QStringLiteral("NIST AC-4 private"));
    QVERIFY(filter.accepts(*findEntry(stored.first(), QStringLiteral("NS-2"))));
    QVERIFY(!filter.accepts(*findEntry(stored.first(), QStringLiteral("GS-6"))));
}

void TestSpreadsheets::diffBackupV2V3()
{
    // ASB v2 recommendations and ASB v3 features share control ids but are different things, so the
    // restructuring shows as removed and added, and nothing is paired by id alone.
    const Baseline v2 = loadBaseline(xlsx("v2.0-azure-backup-security-baseline-v2.0.xlsx"));
    const Baseline v3 = loadBaseline(xlsx("v3.0-backup-security-baseline.xlsx"));
    const BaselineDiff d = diffBaselines(v2, v3);
    QCOMPARE(d.count(EntryChange::Removed), 70);
    QCOMPARE(d.count(EntryChange::Added), 36);
    QCOMPARE(d.count(EntryChange::Changed), 0);
    QCOMPARE(d.unchanged, 0);
    QCOMPARE(d.matchedById, 0);
    QCOMPARE(d.changes.first().kind, EntryChange::Added);
    QCOMPARE(v3.entries.at(d.changes.first().newer).controlId, QStringLiteral("IM-1"));
    // Same file on both sides: nothing differs.
    const BaselineDiff same = diffBaselines(v3, v3);
    QVERIFY(same.changes.isEmpty());
    QCOMPARE(same.unchanged, 36);
}

void TestSpreadsheets::diffKeyVaultV10V11()
{
    const Baseline v10 = loadBaseline(xlsx("v1.0-key-vault-security-baseline-v1.0.xlsx"));
    const Baseline v11 = loadBaseline(xlsx("v1.1-key-vault-security-baseline-v1.1.xlsx"));
    const BaselineDiff d = diffBaselines(v10, v11);
    // Every recommendation is still there; v1.1 names the CIS version and spells out ranges, and
    // rewrote eight guidance texts with their links.
    QCOMPARE(d.count(EntryChange::Added), 0);
    QCOMPARE(d.count(EntryChange::Removed), 0);
    QCOMPARE(d.count(EntryChange::Changed), 88);
    int guidance = 0;
    for (const EntryChange &c : d.changes) {
        QVERIFY(c.fields.contains(QStringLiteral("mappings")));
        guidance += c.fields.contains(QStringLiteral("guidance"));
    }
    QCOMPARE(guidance, 8);
    const EntryChange &first = d.changes.first();
    QCOMPARE(entryField(v10.entries.at(first.older), QStringLiteral("mappings")),
             QStringLiteral("CIS Controls 9.2, 9.4, 14.1-14.3"));
    QCOMPARE(entryField(v11.entries.at(first.newer), QStringLiteral("mappings")),
             QStringLiteral("CIS Controls v7.1 9.2, 9.4, 14.1, 14.2, 14.3"));
}

void TestSpreadsheets::diffDocumentAndSpreadsheet()
{
    // The bundled MCSB document for Backup lists 15 features; the ASB v3 spreadsheet has 36 rows.
    const Baseline doc = loadBaseline(QStringLiteral(VAULTSCOPE_SEEDS "/azure-backup-mcsb-baseline.txt"));
    const Baseline sheet = loadBaseline(xlsx("v3.0-backup-security-baseline.xlsx"));
    QCOMPARE(doc.entries.size(), 15);
    const BaselineDiff d = diffBaselines(doc, sheet);
    QCOMPARE(d.count(EntryChange::Removed), 0); // every feature of the document is in the spreadsheet
    QCOMPARE(d.count(EntryChange::Added), 21);
    QCOMPARE(d.count(EntryChange::Changed) + d.unchanged, 15);
    // "Network security" and "Network Security" are the same domain: case is not a change.
    for (const EntryChange &c : d.changes)
        QVERIFY(!c.fields.contains(QStringLiteral("category")));
    const auto disable = std::find_if(d.changes.cbegin(), d.changes.cend(), [&](const EntryChange &c) {
        return c.newer >= 0 &&
               sheet.entries.at(c.newer).name == QLatin1String("Disable Public Network Access");
    });
    QVERIFY(disable != d.changes.cend());
    QCOMPARE(disable->kind, EntryChange::Changed);
    QVERIFY(!disable->fields.contains(QStringLiteral("supported")));
}

void TestSpreadsheets::rejected_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("truncated zip") << "truncated"
                                   << "zip archive is damaged or incomplete";
    QTest::newRow("encrypted entries") << "zip-password"
                                       << "password-protected";
    QTest::newRow("office encryption") << "ole-encrypted"
                                       << "password-protected (encrypted)";
    QTest::newRow("legacy xls") << "ole"
                                << "Excel 97-2003 (.xls)";
    QTest::newRow("zip bomb") << "bomb"
                              << "unpacks to more than 64 MB";
    QTest::newRow("no recognizable sheet") << "shopping"
                                           << "no baseline or benchmark sheet found (sheets: Shopping)";
    QTest::newRow("headers without rows") << "header-only"
                                          << "no rows under them";
    QTest::newRow("shared string out of range") << "bad-index"
                                                << "names shared string 99, but the workbook has 8";
    QTest::newRow("broken sheet XML") << "bad-xml"
                                      << "xl/worksheets/data.xml, line 1:";
    QTest::newRow("no workbook part") << "no-workbook"
                                      << "has no part xl/workbook.xml";
}

void TestSpreadsheets::rejected()
{
    QFETCH(QString, kind);
    QFETCH(QString, fragment);
    const QString path = m_dir.filePath(kind + QLatin1String(".xlsx"));
    const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    auto writeBytes = [&](const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    const QByteArray validRow = "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>1.1</t></is></c>"
                                "<c r=\"E2\" t=\"inlineStr\"><is><t>Protect</t></is></c></row>";
    if (kind == QLatin1String("truncated")) {
        QFile real(xlsx("v3.0-backup-security-baseline.xlsx"));
        QVERIFY(real.open(QIODevice::ReadOnly));
        QVERIFY(writeBytes(real.readAll().left(4000)));
    } else if (kind == QLatin1String("zip-password")) {
        QVERIFY(writeZip(path, workbookParts(kAsb1Header + validRow, kAsb1Strings), "secret"));
    } else if (kind == QLatin1String("ole-encrypted")) {
        QVERIFY(writeBytes(ole + QByteArray(512, '\0') +
                           QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28)));
    } else if (kind == QLatin1String("ole")) {
        QVERIFY(writeBytes(ole + QByteArray(1024, '\0')));
    } else if (kind == QLatin1String("bomb")) {
        // 65 MB of one repeated row compress to well under a megabyte.
        QByteArray rows = kAsb1Header;
        const QByteArray row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
        rows += row.repeated(65 * 1024 * 1024 / row.size());
        QVERIFY(writeZip(path, workbookParts(rows, kAsb1Strings)));
        QVERIFY(QFileInfo(path).size() < 1024 * 1024);
    } else if (kind == QLatin1String("shopping")) {
        QVERIFY(
            writeZip(path, workbookParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Item</t></is></c>"
                                         "<c r=\"B1\" t=\"inlineStr\"><is><t>Price</t></is></c></row>",
                                         {}, "Shopping")));
    } else if (kind == QLatin1String("header-only")) {
        QVERIFY(writeZip(path, workbookParts(kAsb1Header, kAsb1Strings)));
    } else if (kind == QLatin1String("bad-index")) {
        QVERIFY(
            writeZip(path, workbookParts(kAsb1Header + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>99</v></c></row>",
                                         kAsb1Strings)));
    } else if (kind == QLatin1String("bad-xml")) {
        QVERIFY(writeZip(path, workbookParts("<row r=\"1\"><c r=\"A1\"><v>1</c></row>", kAsb1Strings)));
    } else if (kind == QLatin1String("no-workbook")) {
        QList<Part> parts = workbookParts(kAsb1Header + validRow, kAsb1Strings);
        parts.removeFirst();
        QVERIFY(writeZip(path, parts));
    }

    // Refused with the file named and the cause, and the catalogue as it was.
    Database db(m_dir.filePath(QStringLiteral("rejected.db")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    auto stored = [&db] {
        QList<Baseline> baselines;
        QList<int> counts;
        QString e;
        CatalogueStore(db).listBaselines(&baselines, &counts, &e);
        QStringList out;
        for (int i = 0; i < baselines.size(); ++i)
            out.append(baselines.at(i).sha256 + QLatin1Char('/') + QString::number(counts.at(i)));
        return out;
    };
    if (stored().isEmpty())
        QCOMPARE(CatalogueImporter(db).importFile(xlsx("v3.0-key-vault-security-baseline.xlsx")).status,
                 FileImportResult::Added);
    const QStringList before = stored();
    const FileImportResult r = CatalogueImporter(db).importFile(path);
    QCOMPARE(r.status, FileImportResult::Failed);
    QVERIFY2(r.message.startsWith(path + QLatin1String(": ")), qPrintable(r.message));
    QVERIFY2(r.message.contains(fragment), qPrintable(r.message));
    QCOMPARE(stored(), before);
}

QTEST_GUILESS_MAIN(TestSpreadsheets)
#include "tst_spreadsheets.moc"
