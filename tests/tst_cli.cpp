// The command line is a public contract: subcommands, JSON fields and exit codes, checked by
// running the real executable.
#include "commands.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void showJson();
    void showEveryDocument_data();
    void showEveryDocument();
    void showBadFile();
    void usageErrors();
    void importAndList();
    void refusesForeignDatabase();
    void spreadsheetShowAndDiff();
    void screenshot();
    void policyEval();
    void policyEvalInProcess();
    void everyCommandAnswersHelp_data();
    void everyCommandAnswersHelp();
    void snapshotsAndPosture();
    void reviews();

private:
    Run run(const QStringList &args);
    QString seed(const char *name) const
    {
        return QStringLiteral(VAULTSCOPE_SEEDS "/") + QLatin1String(name);
    }

    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

Run TestCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VAULTSCOPE_BINARY), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("vaultscope " VAULTSCOPE_VERSION));
}

void TestCli::showJson()
{
    const Run r = run({QStringLiteral("catalog"), QStringLiteral("show"),
                       seed("key-vault-security-attributes-2019.md"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("attributes"));
    QCOMPARE(o.value(QLatin1String("service")).toString(), QStringLiteral("Azure Key Vault"));
    QCOMPARE(o.value(QLatin1String("date")).toString(), QStringLiteral("2019-01-31"));
    QVERIFY(o.contains(QLatin1String("title")));
    const QJsonArray entries = o.value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 16);
    const QJsonObject first = entries.at(0).toObject();
    for (const char *key : {"category", "controlId", "name", "supported", "enabledByDefault",
                            "responsibility", "notes", "guidance", "references"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QLatin1String("category")).toString(), QStringLiteral("Preventative"));
    QVERIFY(first.value(QLatin1String("controlId")).isNull());
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("Encryption at rest"));
    QCOMPARE(first.value(QLatin1String("supported")).toString(), QStringLiteral("Yes"));
    QVERIFY(first.value(QLatin1String("responsibility")).isNull());
    QVERIFY(first.value(QLatin1String("references")).isArray());
    // Parsing touches no database.
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("data/Vaultscope/vaultscope/vaultscope.db"))));

    const Run mcsb = run({QStringLiteral("catalog"), QStringLiteral("show"),
                          seed("azure-backup-mcsb-baseline.txt"), QStringLiteral("--json")});
    QCOMPARE(mcsb.code, 0);
    const QJsonObject m = QJsonDocument::fromJson(mcsb.out).object();
    QCOMPARE(m.value(QLatin1String("format")).toString(), QStringLiteral("mcsb"));
    QVERIFY(m.value(QLatin1String("date")).isNull());
    const QJsonObject ns2 = m.value(QLatin1String("entries")).toArray().at(1).toObject();
    QCOMPARE(ns2.value(QLatin1String("controlId")).toString(), QStringLiteral("NS-2"));
    QCOMPARE(ns2.value(QLatin1String("enabledByDefault")).toString(), QStringLiteral("False"));
    QCOMPARE(ns2.value(QLatin1String("references"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("text"))
                 .toString(),
             QStringLiteral("Deny public network access to the vault"));
}

void TestCli::showEveryDocument_data()
{
    QTest::addColumn<QString>("path");
    QDir data(QStringLiteral(VAULTSCOPE_TEST_DATA "/baselines"));
    const QStringList dirs = data.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &dir : dirs) {
        const QStringList files = QDir(data.filePath(dir)).entryList(QDir::Files);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << data.filePath(dir + QLatin1Char('/') + f);
    }
}

void TestCli::showEveryDocument()
{
    QFETCH(QString, path);
    const Run r = run({QStringLiteral("catalog"), QStringLiteral("show"), path, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(QLatin1String("entries")).toArray().size() > 0);
    const QJsonArray entries = o.value(QLatin1String("entries")).toArray();
    for (const QJsonValue &e : entries) {
        const QJsonArray refs = e.toObject().value(QLatin1String("references")).toArray();
        for (const QJsonValue &ref : refs) {
            const QJsonValue url = ref.toObject().value(QLatin1String("url"));
            QVERIFY(url.isNull() || url.toString().startsWith(QLatin1String("http")));
        }
    }
}

void TestCli::showBadFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.md"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# Security controls\n\nok\n\xfe\xff bad\n");
    f.close();
    const Run r = run({QStringLiteral("catalog"), QStringLiteral("show"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith((path + QLatin1String(":4: invalid UTF-8")).toUtf8()), r.err.constData());
}

void TestCli::usageErrors()
{
    QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("show")}).code, 2);
    QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("frobnicate")}).code, 2);
    QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("import")}).code, 2);
    QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--nope")}).code, 2);
    QCOMPARE(run({QStringLiteral("screenshot"), QStringLiteral("--page"), QStringLiteral("nowhere"),
                  QStringLiteral("--out"), QStringLiteral("x.png")})
                 .code,
             2);
}

void TestCli::importAndList()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("catalogue.db"));
    const QString bad = dir.filePath(QStringLiteral("empty.md"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    Run r = run({QStringLiteral("catalog"), QStringLiteral("import"),
                 seed("key-vault-security-attributes-2019.md"), bad, seed("azure-backup-mcsb-baseline.txt"),
                 QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains((bad + QLatin1String(": the file is empty")).toUtf8()), r.err.constData());
    QVERIFY(r.out.contains("imported"));

    r = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--db"), db,
             QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    QStringList services;
    for (const QJsonValue &v : list) {
        services.append(v[QLatin1String("service")].toString());
        QVERIFY(v[QLatin1String("id")].toInteger() > 0);
    }
    services.sort();
    QCOMPARE(services, (QStringList{QStringLiteral("Azure Backup"), QStringLiteral("Azure Key Vault")}));

    r = run({QStringLiteral("catalog"), QStringLiteral("import"), seed("azure-backup-mcsb-baseline.txt"),
             QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("already in the catalogue"));

    r = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count('\n'), 2);
}

void TestCli::spreadsheetShowAndDiff()
{
    const QString xlsx = QStringLiteral(VAULTSCOPE_TEST_DATA "/xlsx/");
    const QString v20 = xlsx + QLatin1String("v2.0-azure-backup-security-baseline-v2.0.xlsx");
    const QString v30 = xlsx + QLatin1String("v3.0-backup-security-baseline.xlsx");
    Run r = run({QStringLiteral("catalog"), QStringLiteral("show"), v20, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown[QLatin1String("format")].toString(), QStringLiteral("asb2"));
    QCOMPARE(shown[QLatin1String("entries")].toArray().size(), 70);
    const QJsonObject first = shown[QLatin1String("entries")].toArray().first().toObject();
    QCOMPARE(first[QLatin1String("controlId")].toString(), QStringLiteral("NS-1"));
    QCOMPARE(first[QLatin1String("category")].toString(), QStringLiteral("Network Security"));
    const QJsonArray mappings = first[QLatin1String("mappings")].toArray();
    QCOMPARE(mappings.size(), 2);
    QCOMPARE(mappings.at(1)[QLatin1String("framework")].toString(), QStringLiteral("NIST SP800-53 r4"));
    QCOMPARE(mappings.at(1)[QLatin1String("ids")].toArray().first().toString(), QStringLiteral("SC-7"));
    // Documents keep their JSON as it was: no mappings field.
    r = run({QStringLiteral("catalog"), QStringLiteral("show"), seed("azure-backup-mcsb-baseline.txt"),
             QStringLiteral("--json")});
    QVERIFY(!r.out.contains("\"mappings\""));

    // Files on both sides.
    r = run({QStringLiteral("catalog"), QStringLiteral("diff"), v20, v30, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject diff = QJsonDocument::fromJson(r.out).object();
    const QJsonObject counts = diff[QLatin1String("counts")].toObject();
    QCOMPARE(counts[QLatin1String("added")].toInt(), 36);
    QCOMPARE(counts[QLatin1String("removed")].toInt(), 70);
    QCOMPARE(counts[QLatin1String("changed")].toInt(), 0);
    QCOMPARE(diff[QLatin1String("older")][QLatin1String("format")].toString(), QStringLiteral("asb2"));
    QCOMPARE(diff[QLatin1String("newer")][QLatin1String("entryCount")].toInt(), 36);
    const QJsonObject added = diff[QLatin1String("changes")].toArray().first().toObject();
    QCOMPARE(added[QLatin1String("change")].toString(), QStringLiteral("added"));
    QCOMPARE(added[QLatin1String("entry")][QLatin1String("name")].toString(),
             QStringLiteral("Azure AD Authentication Required for Data Plane Access"));

    // Ids from the catalogue, and the text form.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("diff.db"));
    r = run({QStringLiteral("catalog"), QStringLiteral("import"),
             xlsx + QLatin1String("v1.0-key-vault-security-baseline-v1.0.xlsx"),
             xlsx + QLatin1String("v1.1-key-vault-security-baseline-v1.1.xlsx"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("catalog"), QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("2"),
             QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("88 \xe2\x86\x92 88 entries: 88 changed, 0 added, 0 removed, 0 unchanged"),
             r.out.constData());
    QVERIFY2(
        r.out.contains("changed 4.8 Encrypt sensitive information at rest  [guidance, references, mappings]"),
        r.out.constData());
    QVERIFY2(r.out.contains("Azure Key Vault \xe2\x80\x94 "), r.out.constData()); // UTF-8, not Latin-1

    // Errors: one side only, a missing file, an unknown id.
    QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("diff"), v20}).code, 2);
    r = run(
        {QStringLiteral("catalog"), QStringLiteral("diff"), v20, dir.filePath(QStringLiteral("nope.xlsx"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("nope.xlsx: no such file, and not a baseline id"), r.err.constData());
    r = run({QStringLiteral("catalog"), QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("99"),
             QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("no baseline with id 99"), r.err.constData());
}

void TestCli::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("photo.db"));
    QFile f(db);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\x89PNG not a database");
    f.close();
    const Run r = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("not a SQLite database"));
    QCOMPARE(QFileInfo(db).size(), qint64(19));
}

void TestCli::screenshot()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("catalogue.png"));
    const Run r = run({QStringLiteral("screenshot"), QStringLiteral("--page"), QStringLiteral("catalogue"),
                       QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("1000x700"),
                       QStringLiteral("--db"), dir.filePath(QStringLiteral("s.db"))});
    QVERIFY2(r.code == 0, r.err.constData());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1000, 700));
    // Not a blank image: a populated window has many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 20);
}

void TestCli::policyEval()
{
    const QString immutability = QStringLiteral(
        VAULTSCOPE_SOURCE_DIR "/resources/policy/definitions/RecoveryServices_Immutability_Audit.json");
    const QString malformed =
        QStringLiteral(VAULTSCOPE_TEST_DATA "/policy/BackupVaults_CustomerManagedKey_Audit.json");
    const QString resources =
        QStringLiteral(VAULTSCOPE_TEST_DATA "/arm/recoveryservices-2025-02-01-ListBySubscriptionIds.json");
    const Run r =
        run({QStringLiteral("policy"), QStringLiteral("eval"), QStringLiteral("--definition"), immutability,
             malformed, QStringLiteral("--resources"), resources, QStringLiteral("--json")});
    QCOMPARE(r.code, 1); // one definition refused
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray results = o.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 3);
    for (const QJsonValue &v : results) {
        QCOMPARE(v[QLatin1String("definition")].toString(), immutability);
        QCOMPARE(v[QLatin1String("result")].toString(), QStringLiteral("noncompliant"));
        QVERIFY(v[QLatin1String("resourceId")].toString().contains(
            QLatin1String("/Microsoft.RecoveryServices/vaults/")));
        QVERIFY(v[QLatin1String("reason")].toString().contains(QLatin1String("immutabilitySettings.state")));
    }
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0)[QLatin1String("definition")].toString(), malformed);
    QVERIFY(errors.at(0)[QLatin1String("message")].toString().contains(QLatin1String("'then'")));

    const Run ok =
        run({QStringLiteral("policy"), QStringLiteral("eval"), QStringLiteral("--definition"), immutability,
             QStringLiteral("--resources"), resources, QStringLiteral("--api-version"),
             QStringLiteral("2016-06-01"), QStringLiteral("--json")});
    QCOMPARE(ok.code, 0);
    QCOMPARE(QJsonDocument::fromJson(ok.out)
                 .object()
                 .value(QLatin1String("results"))
                 .toArray()
                 .at(0)[QLatin1String("apiVersion")]
                 .toString(),
             QStringLiteral("2016-06-01"));
    QCOMPARE(
        run({QStringLiteral("policy"), QStringLiteral("eval"), QStringLiteral("--definition"), immutability})
            .code,
        2);
}

void TestCli::snapshotsAndPosture()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("estate.db"));
    const QString exported = dir.filePath(QStringLiteral("export.json"));
    Run r = run({QStringLiteral("snapshot"), QStringLiteral("demo"), QStringLiteral("--subscriptions"),
                 QStringLiteral("3"), QStringLiteral("--vaults"), QStringLiteral("30"),
                 QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({QStringLiteral("snapshot"), QStringLiteral("export"), QStringLiteral("latest"),
             QStringLiteral("--out"), exported, QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({QStringLiteral("snapshot"), QStringLiteral("import"), exported, QStringLiteral("--name"),
             QStringLiteral("Re-imported"), QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1)[QLatin1String("name")].toString(), QStringLiteral("Re-imported"));
    QCOMPARE(list.at(1)[QLatin1String("vaults")].toInt(), 30);
    QCOMPARE(list.at(1)[QLatin1String("sha256")].toString(), list.at(0)[QLatin1String("sha256")].toString());

    r = run({QStringLiteral("posture"), QStringLiteral("--snapshot"), QStringLiteral("latest"),
             QStringLiteral("--json"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    const QJsonObject posture = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(posture.value(QLatin1String("snapshot")).toObject().value(QLatin1String("vaults")).toInt(), 30);
    QCOMPARE(posture.value(QLatin1String("definitions")).toArray().size(), 50);
    QVERIFY(posture.value(QLatin1String("score")).toDouble() > 0);
    QCOMPARE(posture.value(QLatin1String("subscriptions")).toArray().size(), 3);

    const QString demoFile = dir.filePath(QStringLiteral("demo.json"));
    r = run({QStringLiteral("snapshot"), QStringLiteral("demo"), QStringLiteral("--subscriptions"),
             QStringLiteral("2"), QStringLiteral("--vaults"), QStringLiteral("10"), QStringLiteral("--seed"),
             QStringLiteral("1"), QStringLiteral("--out"), demoFile});
    QCOMPARE(r.code, 0);
    QFile f(demoFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("format")).toString(),
             QStringLiteral("vaultscope-snapshot"));

    r = run({QStringLiteral("snapshot"), QStringLiteral("export"), QStringLiteral("99"),
             QStringLiteral("--out"), exported, QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("no snapshot with id 99"));
    QCOMPARE(run({QStringLiteral("posture"), QStringLiteral("--db"), db}).code, 2);

    // Custom definitions join the shipped ones; one the evaluator cannot run is named and skipped.
    const QString custom = dir.filePath(QStringLiteral("premium.json"));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile c(custom);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(
        R"({"name":"custom-premium","properties":{"displayName":"Key vaults should use the premium SKU","policyRule":{"if":{"allOf":[{"field":"type","equals":"Microsoft.KeyVault/vaults"},{"field":"Microsoft.KeyVault/vaults/sku.name","notEquals":"premium"}]},"then":{"effect":"audit"}}}})");
    c.close();
    QFile b(broken);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(
        R"({"properties":{"policyRule":{"if":{"field":"type","equalsIgnoreCase":"x"},"then":{"effect":"audit"}}}})");
    b.close();
    r = run({QStringLiteral("snapshot"), QStringLiteral("import"), exported, QStringLiteral("--definition"),
             custom, QStringLiteral("--definition"), broken, QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("skipped") && r.err.contains("unknown operator 'equalsIgnoreCase'"),
             r.err.constData());
    r = run({QStringLiteral("posture"), QStringLiteral("--snapshot"), QStringLiteral("latest"),
             QStringLiteral("--json"), QStringLiteral("--db"), db});
    const QJsonArray definitions =
        QJsonDocument::fromJson(r.out).object().value(QLatin1String("definitions")).toArray();
    QCOMPARE(definitions.size(), 51);
    QCOMPARE(definitions.last()[QLatin1String("name")].toString(), QStringLiteral("custom-premium"));
    QVERIFY(definitions.last()[QLatin1String("compliant")].toInt() +
                definitions.last()[QLatin1String("noncompliant")].toInt() >
            0);
    QCOMPARE(run({QStringLiteral("snapshot"), QStringLiteral("demo"), QStringLiteral("--vaults"),
                  QStringLiteral("many")})
                 .code,
             2);
}

void TestCli::reviews()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("reviews.db"));
    QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("import"),
                  seed("key-vault-security-attributes-2019.md"), QStringLiteral("--db"), db})
                 .code,
             0);
    Run r = run({QStringLiteral("review"), QStringLiteral("set"), QStringLiteral("--target"),
                 QStringLiteral("control:Key Vault/API calls encrypted"), QStringLiteral("--status"),
                 QStringLiteral("satisfied"), QStringLiteral("--note"), QStringLiteral("TLS 1.2 enforced"),
                 QStringLiteral("--reviewer"), QStringLiteral("alice"), QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(!r.err.contains("warning"));
    r = run({QStringLiteral("review"), QStringLiteral("set"), QStringLiteral("--target"),
             QStringLiteral("control:Key Vault/NS-99"), QStringLiteral("--status"), QStringLiteral("finding"),
             QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0); // kept, with a warning: it attaches when a matching baseline arrives
    QVERIFY(r.err.contains("warning") && r.err.contains("matches nothing"));
    r = run({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--status"), QStringLiteral("satisfied"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject o = list.at(0).toObject();
    QCOMPARE(o.value(QLatin1String("target")).toString(),
             QStringLiteral("control:Azure Key Vault/API calls encrypted"));
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("satisfied"));
    QCOMPARE(o.value(QLatin1String("note")).toString(), QStringLiteral("TLS 1.2 enforced"));
    QCOMPARE(o.value(QLatin1String("reviewer")).toString(), QStringLiteral("alice"));
    QVERIFY(QDateTime::fromString(o.value(QLatin1String("updated")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("set"), QStringLiteral("--target"),
                  QStringLiteral("NS-2"), QStringLiteral("--status"), QStringLiteral("finding"),
                  QStringLiteral("--db"), db})
                 .code,
             2);
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("set"), QStringLiteral("--target"),
                  QStringLiteral("control:Key Vault/NS-2"), QStringLiteral("--status"),
                  QStringLiteral("fine"), QStringLiteral("--db"), db})
                 .code,
             2);

    // Bundles: export a scope, import into another store, refuse a damaged bundle.
    const QString bundle = dir.filePath(QStringLiteral("kv.vsreview"));
    r = run({QStringLiteral("review"), QStringLiteral("export"), QStringLiteral("--out"), bundle,
             QStringLiteral("--scope"), QStringLiteral("control:Azure Key Vault/API"), QStringLiteral("--db"),
             db});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("exported 1 reviews"));
    const QString other = dir.filePath(QStringLiteral("other.db"));
    r = run({QStringLiteral("review"), QStringLiteral("import"), bundle, QStringLiteral("--db"), other});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("added 1, equal 0, conflicts 0"), r.out.constData());
    r = run({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--db"), other});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    r = run({QStringLiteral("review"), QStringLiteral("import"), bundle, QStringLiteral("--db"), other});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("kv.vsreview") && r.err.contains("nothing was imported"), r.err.constData());
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("import"), bundle, QStringLiteral("--prefer"),
                  QStringLiteral("both"), QStringLiteral("--db"), other})
                 .code,
             2);
}

} // namespace

// The command as a library: the same function the binary calls, run here with string streams.
void TestCli::policyEvalInProcess()
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code = vaultscope::cli::policyCommand(
        {QStringLiteral("eval"), QStringLiteral("--definition"),
         QStringLiteral(VAULTSCOPE_SOURCE_DIR
                        "/resources/policy/definitions/RecoveryServices_Immutability_Audit.json"),
         QStringLiteral("--resources"),
         QStringLiteral(VAULTSCOPE_TEST_DATA "/arm/recoveryservices-2025-02-01-ListBySubscriptionIds.json"),
         QStringLiteral("--json")},
        {outStream, errStream});
    outStream.flush();
    QCOMPARE(code, 0);
    const QJsonArray results =
        QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0)[QLatin1String("result")].toString(), QStringLiteral("noncompliant"));
}

void TestCli::everyCommandAnswersHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    QTest::newRow("catalog") << QStringList{QStringLiteral("catalog"), QStringLiteral("--help")}
                             << QStringLiteral("Usage: vaultscope catalog show FILE");
    QTest::newRow("policy eval") << QStringList{QStringLiteral("policy"), QStringLiteral("eval"),
                                                QStringLiteral("--help")}
                                 << QStringLiteral("Usage: vaultscope policy eval --definition DEF.json");
    QTest::newRow("snapshot") << QStringList{QStringLiteral("snapshot"), QStringLiteral("-h")}
                              << QStringLiteral("Usage: vaultscope snapshot import FILE");
    QTest::newRow("posture") << QStringList{QStringLiteral("posture"), QStringLiteral("--help")}
                             << QStringLiteral("Usage: vaultscope posture --snapshot ID|latest");
    QTest::newRow("review set") << QStringList{QStringLiteral("review"), QStringLiteral("set"),
                                               QStringLiteral("--help")}
                                << QStringLiteral("Usage: vaultscope review set --target KEY");
    QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("--help")}
                            << QStringLiteral("Usage: vaultscope report --snapshot ID|latest");
    QTest::newRow("screenshot") << QStringList{QStringLiteral("screenshot"), QStringLiteral("--help")}
                                << QStringLiteral("Usage: vaultscope screenshot --page");
}

// Each command prints its own usage and options on stdout and exits 0, touching nothing.
void TestCli::everyCommandAnswersHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    const Run r = run(args);
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(usage), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("--help")), qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("Unknown option")));
    QVERIFY2(!r.err.contains("vaultscope:"), r.err.constData()); // no error, no general usage
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
