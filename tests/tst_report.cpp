// Reports read back the way a reader meets them: the PDF through poppler (pdftotext, pdfinfo),
// the CSV and JSON parsed. A small fixture: the bundled baselines, a 12-vault demo estate and a
// few reviews, among them a note full of markup and one in Japanese.
#include "services/catalogueimporter.h"
#include "services/report/reportcontent.h"
#include "services/report/reportexport.h"
#include "services/report/reportpdf.h"
#include "services/snapshotservice.h"
#include "store/database.h"
#include "store/reviewstore.h"
#include "store/snapshotstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vaultscope;

namespace {
const QString kHostileNote = QStringLiteral(
    "<h1>Injected</h1> <img src=\"http://127.0.0.1:9/pixel.png\"> **not bold** & <table><tr><td>x</td></tr>");
const QString kJapaneseNote = QStringLiteral("監査済み：鍵の保護は有効です");

// pdftotext's text with ligatures unfolded and all white space as single spaces, so a cell that
// wrapped still reads as one phrase.
QString flat(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

// Whether the phrase's words appear in order, each soon after the previous: a table cell that
// wrapped reads, in poppler's order, with the neighbouring cells' text between its lines.
bool containsPhrase(const QStringList &words, const QString &phrase)
{
    const QStringList wanted = flat(phrase).split(QLatin1Char(' '));
    for (qsizetype start = 0; start < words.size(); ++start) {
        if (words.at(start) != wanted.first())
            continue;
        qsizetype at = start;
        qsizetype matched = 1;
        for (; matched < wanted.size(); ++matched) {
            qsizetype next = at + 1;
            while (next < words.size() && next <= at + 12 && words.at(next) != wanted.at(matched))
                ++next;
            if (next >= words.size() || words.at(next) != wanted.at(matched))
                break;
            at = next;
        }
        if (matched == wanted.size())
            return true;
    }
    return false;
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfHoldsEveryEntryAndFinding();
    void pdfMetadataAndPages();
    void userTextIsLiteral();
    void manyFailingObjectsAreSummarized();
    void germanReportFromTheCommandLine();
    void csvAndJson();
    void commandLineUsage();

private:
    QString pdfText(const QString &pdf, bool layout = false);
    QByteArray tool(const QString &program, const QStringList &args);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ReportContent m_content;
    QString m_pdf;
};

QByteArray TestReport::tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

QString TestReport::pdfText(const QString &pdf, bool layout)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << pdf << QStringLiteral("-");
    return QString::fromUtf8(tool(QStringLiteral("pdftotext"), args));
}

void TestReport::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "poppler-utils is needed (packaging/install-deps.sh installs it)");
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("report.db")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY2(importBundledBaselines(*m_db, &error), qPrintable(error));
    Snapshot snapshot;
    QVERIFY2(SnapshotService::createDemo(*m_db, {2, 12, 5}, &snapshot, &error), qPrintable(error));
    Snapshot header;
    QList<VaultRow> rows;
    QVERIFY(SnapshotStore(*m_db).loadRows(snapshot.id, &header, &rows, &error));
    QVERIFY2(ReportContent::build(*m_db, header, rows, Translation(), &m_content, &error), qPrintable(error));
    QVERIFY(!m_content.findings.isEmpty());

    // Reviews: a control with the hostile note, a finding with the Japanese one, an exception.
    ReviewStore store(*m_db);
    Review r;
    r.target = ReviewTarget::controlKey(m_content.entries.first().service,
                                        m_content.entries.first().control.isEmpty()
                                            ? m_content.entries.first().name
                                            : m_content.entries.first().control);
    r.status = ReviewStatus::Finding;
    r.note = kHostileNote;
    r.reviewer = QStringLiteral("Dana Auditor");
    QVERIFY(store.set(r, &error));
    const ReportResource failing = m_content.resource(m_content.findings.first(), 0);
    r.target = ReviewTarget::findingKey(failing.resourceId, m_content.findings.first().definition);
    r.status = ReviewStatus::Exception;
    r.note = kJapaneseNote;
    r.expiry = QDate(2027, 6, 30);
    r.approver = QStringLiteral("CISO office");
    QVERIFY(store.set(r, &error));
    QVERIFY(ReportContent::build(*m_db, header, rows, Translation(), &m_content, &error));
    m_pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(writeReportPdf(m_content, ReportOptions(), m_pdf, &error), qPrintable(error));
}

void TestReport::pdfHoldsEveryEntryAndFinding()
{
    const QString text = flat(pdfText(m_pdf));
    QVERIFY(!text.isEmpty());
    const QStringList words = text.split(QLatin1Char(' '));
    for (const ReportEntry &e : std::as_const(m_content.entries))
        QVERIFY2(containsPhrase(words, e.name), qPrintable(e.name));
    int resources = 0;
    for (const ReportFinding &f : std::as_const(m_content.findings)) {
        QVERIFY2(containsPhrase(words, f.displayName), qPrintable(f.displayName));
        for (qsizetype i = 0; i < f.failing.size(); ++i) {
            const ReportResource r = m_content.resource(f, i);
            QVERIFY2(text.contains(r.vault), qPrintable(r.vault));
            ++resources;
        }
    }
    // Each failing vault is listed once per failing definition: count rows, not just names.
    const QString layout = pdfText(m_pdf, true);
    int rows = 0;
    for (const ReportFinding &f : std::as_const(m_content.findings)) {
        for (qsizetype i = 0; i < f.failing.size(); ++i)
            rows += layout.count(m_content.resource(f, i).vault) > 0 ? 1 : 0;
    }
    QCOMPARE(rows, resources);
    QVERIFY(text.contains(QStringLiteral("Executive summary")));
    QVERIFY(text.contains(QStringLiteral("Appendix")));
    // Key Vault objects: counted in the summary with the instant they were judged at, and their
    // failures listed under their vault.
    const ObjectTally &objects = m_content.objects;
    QVERIFY(objects.total() > 0);
    QVERIFY2(
        text.contains(QStringLiteral("Key Vault objects: %1 keys, %2 secrets and %3 certificates; %4 without "
                                     "expiry")
                          .arg(objects.keys)
                          .arg(objects.secrets)
                          .arg(objects.certificates)
                          .arg(objects.withoutExpiry)),
        qPrintable(text.left(3000)));
    const auto objectFinding = std::find_if(m_content.findings.cbegin(), m_content.findings.cend(),
                                            [](const ReportFinding &f) { return f.dataPlane; });
    QVERIFY(objectFinding != m_content.findings.cend());
    QVERIFY(text.contains(QStringLiteral("evaluated Key Vault objects fail")));
    for (qsizetype i = 0; i < objectFinding->failing.size(); ++i) {
        const ReportResource r = m_content.resource(*objectFinding, i);
        QVERIFY(r.resourceId.startsWith(QStringLiteral("https://")));
        QVERIFY2(text.contains(r.vault + QStringLiteral(" › ") + r.object), qPrintable(r.object));
    }
    QVERIFY(text.contains(m_content.snapshot.sha256.left(40)));
}

void TestReport::pdfMetadataAndPages()
{
    const QString info = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {m_pdf}));
    QVERIFY2(info.contains(QStringLiteral("Title:")) && info.contains(m_content.snapshot.name),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Author:\\s+Dana Auditor"))), qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("CreationDate:\\s+\\S"))));
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY2(pages >= 6 && pages < 60, qPrintable(QString::number(pages)));
    // Every page says where it is and of how many; the contents point at real pages.
    const QString text = pdfText(m_pdf);
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page 2 of %1").arg(pages)));
    QVERIFY(!text.contains(QStringLiteral("Page %1 of").arg(pages + 1)));
}

void TestReport::manyFailingObjectsAreSummarized()
{
    // 250 failing secrets of one definition, the last one reviewed: the PDF lists the reviewed one
    // and 199 others, and says how many more the exports hold.
    ReportContent content = m_content;
    ReportFinding f;
    f.definition = QStringLiteral("98728c90-32c7-4049-8429-847dc0f4fe37");
    f.displayName = QStringLiteral("Key Vault secrets should have an expiration date");
    f.dataPlane = true;
    VaultRow vault;
    vault.id =
        QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-many");
    vault.subscriptionId = QStringLiteral("s");
    vault.resourceGroup = QStringLiteral("rg");
    vault.name = QStringLiteral("kv-many");
    content.rows = {vault};
    content.failingObjects.clear();
    for (int i = 0; i < 250; ++i) {
        content.failingObjects.append({QStringLiteral("https://kv-many.vault.azure.net/secrets/s%1").arg(i),
                                       QStringLiteral("secret-%1").arg(i, 3, 10, QLatin1Char('0')), 0});
        f.failing.append(i);
    }
    Review exception;
    exception.status = ReviewStatus::Exception;
    content.findingReviews.clear();
    content.findingReviews[QStringLiteral("https://kv-many.vault.azure.net/secrets/s249")].insert(
        f.definition, exception);
    content.findings = {f};
    ReportOptions options;
    options.catalogue = false;
    QString error;
    const QString pdf = m_dir.filePath(QStringLiteral("many.pdf"));
    QVERIFY2(writeReportPdf(content, options, pdf, &error), qPrintable(error));
    const QString text = flat(pdfText(pdf));
    QVERIFY(text.contains(QStringLiteral("secret-249"))); // the reviewed one, beyond the first 200
    QVERIFY(text.contains(QStringLiteral("secret-198")));
    QVERIFY(!text.contains(QStringLiteral("secret-199")));
    QVERIFY2(text.contains(flat(QStringLiteral("… and 50 more failing Key Vault objects"))),
             qPrintable(text.right(2000)));
}

void TestReport::userTextIsLiteral()
{
    const QString text = flat(pdfText(m_pdf));
    // Literal, whole, in order (the note is the last column, so its lines follow each other).
    const auto compact = [](QString t) { return t.remove(QRegularExpression(QStringLiteral("\\s"))); };
    QVERIFY2(compact(text).contains(compact(flat(kHostileNote))), qPrintable(text.left(3000)));
    // Japanese has no spaces to wrap at: the cell breaks between characters.
    QVERIFY(QString(text).remove(QLatin1Char(' ')).contains(flat(kJapaneseNote).left(8)));
    QVERIFY(text.contains(QStringLiteral("CISO office")));
}

void TestReport::germanReportFromTheCommandLine()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command picks offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    const QString pdf = m_dir.filePath(QStringLiteral("bericht.pdf"));
    p.start(QStringLiteral(VAULTSCOPE_BINARY),
            {QStringLiteral("report"), QStringLiteral("--snapshot"), QStringLiteral("latest"),
             QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("de"),
             QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--db"), m_db->path()});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QString text = flat(pdfText(pdf));
    for (const char *german : {"Zusammenfassung", "Katalog", "Befunde", "Anhang", "Inhalt", "Ausnahmen"})
        QVERIFY2(text.contains(QString::fromUtf8(german)), german);
    QVERIFY(text.contains(QStringLiteral("Seite 2 von")));
    QVERIFY(!text.contains(QStringLiteral("Executive summary")));
    QVERIFY(QString(text).remove(QLatin1Char(' ')).contains(flat(kJapaneseNote).left(8)));
    const QString info = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {pdf}));
    QVERIFY2(info.contains(QStringLiteral("612 x 792")), qPrintable(info)); // US Letter
}

void TestReport::csvAndJson()
{
    QString error;
    const QString csvPath = m_dir.filePath(QStringLiteral("report.csv"));
    const QString jsonPath = m_dir.filePath(QStringLiteral("report.json"));
    QVERIFY(writeReportCsv(m_content, csvPath, true, &error));
    QVERIFY(writeReportJson(m_content, jsonPath, &error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    // The hostile note is one quoted field: its quotes doubled, nothing split.
    QString quoted = kHostileNote;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    QVERIFY(QString::fromUtf8(bytes).contains(QLatin1Char('"') + quoted + QLatin1Char('"')));
    QVERIFY(QString::fromUtf8(bytes).contains(kJapaneseNote));
    int findingRows = 0;
    for (const ReportFinding &f : std::as_const(m_content.findings))
        findingRows += int(f.failing.size());
    QCOMPARE(bytes.count("\r\nfinding,"), findingRows);
    QCOMPARE(bytes.count("\r\ncontrol,"), m_content.entries.size());

    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("entries")).toArray().size(), m_content.entries.size());
    QCOMPARE(root.value(QStringLiteral("findings")).toArray().size(), m_content.findings.size());
    QCOMPARE(root.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("sha256")).toString(),
             m_content.snapshot.sha256);
    QCOMPARE(root.value(QStringLiteral("objects")).toObject().value(QStringLiteral("keys")).toInt(),
             m_content.objects.keys);
    int objectRows = 0;
    for (const QJsonValue &f : root.value(QStringLiteral("findings")).toArray()) {
        for (const QJsonValue &r : f[QLatin1String("resources")].toArray())
            objectRows += r[QLatin1String("object")].isString() ? 1 : 0;
    }
    QVERIFY(objectRows > 0);

    // Every resource as the writer streams it reads back as the content holds it, even a note
    // with quotes, backslashes and control characters.
    ReportContent tricky = m_content;
    const ReportFinding &first = tricky.findings.constFirst();
    Review odd;
    odd.status = ReviewStatus::Finding;
    odd.note = QStringLiteral("a \"quoted\" \\ back\nslash\t\x01 ") + kJapaneseNote;
    tricky.findingReviews[tricky.resource(first, 0).resourceId.toLower()][first.definition] = odd;
    QVERIFY(writeReportJson(tricky, jsonPath, &error));
    QFile again(jsonPath);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonArray findings = QJsonDocument::fromJson(again.readAll(), &parseError)
                                    .object()
                                    .value(QStringLiteral("findings"))
                                    .toArray();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(findings.size(), tricky.findings.size());
    for (qsizetype n = 0; n < findings.size(); ++n) {
        const ReportFinding &f = tricky.findings.at(n);
        const QJsonArray resources = findings.at(n)[QLatin1String("resources")].toArray();
        QCOMPARE(resources.size(), f.failing.size());
        for (qsizetype i = 0; i < resources.size(); ++i) {
            const ReportResource r = tricky.resource(f, i);
            const QJsonObject o = resources.at(i).toObject();
            QCOMPARE(o.value(QStringLiteral("resourceId")).toString(), r.resourceId);
            QCOMPARE(o.value(QStringLiteral("vault")).toString(), r.vault);
            QCOMPARE(o.value(QStringLiteral("subscription")).toString(), r.subscription);
            QCOMPARE(o.value(QStringLiteral("object")).toString(), r.object);
            QCOMPARE(o.value(QStringLiteral("review"))[QLatin1String("note")].toString(), r.review.note);
            QCOMPARE(o.value(QStringLiteral("review"))[QLatin1String("status")].toString(),
                     statusKey(r.review.status));
        }
    }
    QCOMPARE(findings.first()[QLatin1String("resources")][0][QLatin1String("review")][QLatin1String("note")]
                 .toString(),
             odd.note);
}

void TestReport::commandLineUsage()
{
    QProcess p;
    p.start(QStringLiteral(VAULTSCOPE_BINARY),
            {QStringLiteral("report"), QStringLiteral("--snapshot"), QStringLiteral("latest"),
             QStringLiteral("--paper"), QStringLiteral("a3"), QStringLiteral("--pdf"),
             m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--db"), m_db->path()});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
