// Every real baseline document (seeds and corpus) imports with the counts a reader counts by hand,
// and the fields carry clean text.
#include "baselinetesting.h"
#include "import/baselineimporter.h"
#include "import/sourcedocument.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace vaultscope;

namespace {

QString seed(const char *name)
{
    return QStringLiteral(VAULTSCOPE_SEEDS "/") + QLatin1String(name);
}

QString data(const char *name)
{
    return QStringLiteral(VAULTSCOPE_TEST_DATA "/") + QLatin1String(name);
}

const Entry *findEntry(const Baseline &b, const QString &name)
{
    for (const Entry &e : b.entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documents_data();
    void documents();
    void fieldsAreClean_data() { documents_data(); }
    void fieldsAreClean();
    void attributeCellsKeepListItems();
    void controlsDocumentationColumn();
    void mcsbTextFeatureValues();
    void mcsbTextFeatureWithoutName();
    void mcsbMarkdown();
    void asbFields();
    void overviewSections();
    void translatedDocuments();
    void bomAndCrlfAreTransparent();
};

void TestImporters::documents_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("counts");

    QTest::newRow("seed: backup attributes")
        << seed("azure-backup-security-attributes-2019.md") << "attributes"
        << "Azure Backup"
        << "2019-03-15"
        << "Preventative=5;Network Segmentation=4;Detection=1;IAM Support=2;Audit Trail=2;Configuration "
           "Management=1";
    QTest::newRow("seed: backup controls")
        << seed("azure-backup-security-controls-2019.md") << "controls"
        << "Azure Backup"
        << "2019-09-23"
        << "Network=4;Monitoring & logging=3;Identity=2;Data protection=5;Configuration management=1";
    QTest::newRow("seed: key vault attributes")
        << seed("key-vault-security-attributes-2019.md") << "attributes"
        << "Azure Key Vault"
        << "2019-01-31"
        << "Preventative=5;Network Segmentation=4;Detection=1;IAM Support=2;Audit Trail=2;Access controls=2";
    QTest::newRow("seed: backup overview") << seed("azure-backup-security-overview-2023.md") << "overview"
                                           << "Azure Backup"
                                           << "2023-03-31"
                                           << "Overview of security features in Azure Backup=12";
    QTest::newRow("seed: backup MCSB text") << seed("azure-backup-mcsb-baseline.txt") << "mcsb"
                                            << "Azure Backup"
                                            << ""
                                            << "Network security=2;Identity management=2;Privileged "
                                               "access=1;Data protection=6;Asset management=1;"
                                               "Logging and threat detection=2;Backup and recovery=1";
    QTest::newRow("corpus: API Management attributes")
        << data("baselines/a-security-attributes/api-management-2019-09-04.md") << "attributes"
        << "Azure API Management"
        << "2019-09-04"
        << "Preventative=5;Network segmentation=4;Detection=1;Identity and access management=2;Audit trail=2;"
           "Configuration management=1";
    QTest::newRow("corpus: SQL Database attributes")
        << data("baselines/a-security-attributes/sql-database-2019-04-16.md") << "attributes"
        << "Azure SQL Database"
        << "2019-04-16"
        << "Preventative=5;Network Segmentation=4;Detection=1;IAM Support=2;Audit Trail=2;Configuration "
           "Management=1";
    QTest::newRow("corpus: App Service controls")
        << data("baselines/b-security-controls/app-service-2019-05-08.md") << "controls"
        << "Azure App Service"
        << "2019-05-08"
        << "Network=4;Monitoring & logging=3;Identity=2;Data protection=5;Configuration management=1";
    QTest::newRow("corpus: Event Hubs controls")
        << data("baselines/b-security-controls/event-hubs-2019-05-22.md") << "controls"
        << "Azure Event Hubs"
        << "2019-05-22"
        << "Network=4;Monitoring & logging=3;Identity=2;Data protection=5;Configuration management=1";
    QTest::newRow("corpus: Key Vault ASB v1")
        << data("baselines/c-asb-v1/key-vault-2020-02-28.md") << "asb1"
        << "Azure Key Vault"
        << "2020-02-28"
        << "Network Security=11;Logging and Monitoring=10;Identity and Access Control=13;Data Protection=9;"
           "Vulnerability Management=5;Inventory and Asset Management=13;Secure Configuration=13;Malware "
           "Defense=3;"
           "Data Recovery=4;Incident Response=6;Penetration Tests and Red Team Exercises=1";
    QTest::newRow("corpus: CDN ASB v2")
        << data("baselines/d-asb-v2/cdn-2020-11-16.md") << "asb2"
        << "Azure Content Delivery Network"
        << "2020-11-16"
        << "Identity Management=1;Privileged Access=3;Asset Management=4;Logging and Threat Detection=3;"
           "Incident Response=6;Posture and Vulnerability Management=3;Governance and Strategy=7";
    QTest::newRow("corpus: Key Vault overview")
        << data("baselines/f-overview/key-vault-security-features-2021-04-15.md") << "overview"
        << "Azure Key Vault"
        << "2021-04-15"
        << "Azure Key Vault security=8";
    QTest::newRow("own: MCSB markdown") << data("own/mcsb-markdown-fixture.md") << "mcsb"
                                        << "Azure Example Vault"
                                        << "2023-02-14"
                                        << "Network security=2;Data protection=1";
    QTest::newRow("own: German attributes") << data("own/key-vault-attributes-de.md") << "attributes"
                                            << "Azure Key Vault"
                                            << "2019-01-31"
                                            << "Prävention=2;Netzwerksegmentierung=3";
    QTest::newRow("own: French ASB v1") << data("own/backup-asb1-fr.md") << "asb1"
                                        << "Sauvegarde Azure"
                                        << "2020-04-23"
                                        << "Sécurité réseau=2;Journalisation et supervision=1";
}

void TestImporters::documents()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QFETCH(QString, service);
    QFETCH(QString, date);
    QFETCH(QString, counts);
    Baseline b;
    ImportError error;
    QVERIFY2(BaselineImporter::importFile(path, &b, &error), qPrintable(error.toString()));
    QCOMPARE(formatKey(b.format), format);
    QCOMPARE(b.service, service);
    QCOMPARE(b.date.isValid() ? b.date.toString(Qt::ISODate) : QString(), date);
    QCOMPARE(categoryCounts(b), counts);
    QVERIFY(!b.title.isEmpty());
    QCOMPARE(b.sha256.size(), 64);
}

void TestImporters::fieldsAreClean()
{
    QFETCH(QString, path);
    const Baseline b = loadBaseline(path);
    QVERIFY(!b.entries.isEmpty());
    static const QRegularExpression markup(
        QStringLiteral("<\\s*/?\\s*(ul|li|a|br|b|sub|p)\\b|\\*\\*|\\]\\(|^#+ |\\|\\s*---"),
        QRegularExpression::MultilineOption);
    for (const Entry &e : b.entries) {
        QVERIFY2(!e.name.isEmpty(), qPrintable(e.category));
        for (const QString &field :
             {e.name, e.notes, e.guidance, e.description, e.supported, e.responsibility}) {
            QVERIFY2(!markup.match(field).hasMatch(),
                     qPrintable(e.name + QLatin1String(": ") + field.left(200)));
        }
        QVERIFY2(e.sourceLine > 0, qPrintable(e.name));
        for (const Reference &r : e.references) {
            QVERIFY2(!r.text.isEmpty(), qPrintable(r.url));
            QVERIFY2(r.url.isEmpty() || r.url.startsWith(QLatin1String("https://")) ||
                         r.url.startsWith(QLatin1String("http://")),
                     qPrintable(r.url));
        }
    }
}

void TestImporters::attributeCellsKeepListItems()
{
    const Baseline b = loadBaseline(seed("key-vault-security-attributes-2019.md"));
    const Entry *e = findEntry(b, QStringLiteral("Encryption at rest"));
    QVERIFY(e);
    QCOMPARE(e->nameDetails.size(), 3);
    QCOMPARE(e->nameDetails.at(1), QStringLiteral("Server-side encryption with customer-managed keys"));
    QCOMPARE(e->supported, QStringLiteral("Yes"));
    QCOMPARE(e->notes, QStringLiteral("All objects are encrypted."));
    const Entry *na = findEntry(b, QStringLiteral("Column Level Encryption (Azure Data Services)"));
    QVERIFY(na);
    QCOMPARE(na->supported, QStringLiteral("N/A"));
    QVERIFY(na->notes.isEmpty());

    // A link written as "(relative path)" in 2019 notes becomes an absolute reference.
    const Baseline backup = loadBaseline(seed("azure-backup-security-attributes-2019.md"));
    const Entry *authz = findEntry(backup, QStringLiteral("Access management - Authorization"));
    QVERIFY(authz);
    QCOMPARE(authz->references.size(), 1);
    QCOMPARE(authz->references.at(0).url,
             QStringLiteral("https://learn.microsoft.com/azure/backup/backup-rbac-rs-vault"));
    QCOMPARE(authz->references.at(0).text,
             QStringLiteral("Use Role-Based Access Control to manage Azure Backup recovery points"));
    QVERIFY(!authz->notes.contains(QLatin1String("/azure/")));
}

void TestImporters::controlsDocumentationColumn()
{
    const Baseline b = loadBaseline(data("baselines/b-security-controls/app-service-2019-05-08.md"));
    const Entry *e = findEntry(b, QStringLiteral("VNet injection support"));
    QVERIFY(e);
    QCOMPARE(e->supported, QStringLiteral("Yes"));
    QCOMPARE(e->references.size(), 1);
    QCOMPARE(e->references.at(0).text, QStringLiteral("Introduction to the App Service Environments"));
    QCOMPARE(e->references.at(0).url,
             QStringLiteral("https://learn.microsoft.com/azure/app-service/environment/intro"));
}

void TestImporters::mcsbTextFeatureValues()
{
    const Baseline b = loadBaseline(seed("azure-backup-mcsb-baseline.txt"));
    QCOMPARE(b.title, QStringLiteral("Azure security baseline for Backup"));
    QCOMPARE(b.benchmark, QStringLiteral("Microsoft cloud security benchmark v1"));
    struct Expect
    {
        const char *name, *control, *supported, *enabled, *responsibility;
    };
    const Expect expected[] = {
        {"Disable Public Network Access", "NS-2", "True", "False", "Customer"},
        {"Managed Identities", "IM-3", "False", "Not Applicable", "Not Applicable"},
        {"Data in Transit Encryption", "DP-3", "True", "True", "Microsoft"},
        {"Data at Rest Encryption Using CMK", "DP-5", "True", "False", "Customer"},
        {"Microsoft Defender for Service / Product Offering", "LT-1", "False", "Not Applicable",
         "Not Applicable"},
        {"Azure Backup", "BR-1", "True", "True", "Microsoft"},
    };
    for (const Expect &x : expected) {
        const Entry *e = findEntry(b, QString::fromUtf8(x.name));
        QVERIFY2(e, x.name);
        QCOMPARE(e->controlId, QString::fromUtf8(x.control));
        QCOMPARE(e->supported, QString::fromUtf8(x.supported));
        QCOMPARE(e->enabledByDefault, QString::fromUtf8(x.enabled));
        QCOMPARE(e->responsibility, QString::fromUtf8(x.responsibility));
    }
    const Entry *mi = findEntry(b, QStringLiteral("Managed Identities"));
    QVERIFY(mi->notes.startsWith(QLatin1String("Managed identity can be created for your vault")));
    QVERIFY(mi->notes.contains(QLatin1String("Enable Managed Identity for your vault.")));
    QCOMPARE(mi->guidance, QStringLiteral("This feature is not supported to secure this service."));
    QCOMPARE(mi->controlTitle, QStringLiteral("Manage application identities securely and automatically"));
    const Entry *cmk = findEntry(b, QStringLiteral("Data at Rest Encryption Using CMK"));
    QCOMPARE(cmk->references.size(), 1);
    QCOMPARE(cmk->references.at(0).text,
             QStringLiteral("Encryption of backup data using customer-managed keys"));
    const Entry *br = findEntry(b, QStringLiteral("Azure Backup"));
    QCOMPARE(br->policies.size(), 1);
    QVERIFY(
        br->policies.at(0).startsWith(QLatin1String("Azure Backup should be enabled for Virtual Machines")));
}

void TestImporters::mcsbTextFeatureWithoutName()
{
    // NS-2's first feature has no name line in the rendered text: it is kept, named from its description.
    const Baseline b = loadBaseline(seed("azure-backup-mcsb-baseline.txt"));
    const Entry &first = b.entries.at(0);
    QCOMPARE(first.controlId, QStringLiteral("NS-2"));
    QCOMPARE(first.name,
             QStringLiteral("Service native IP filtering capability for filtering network traffic"));
    QCOMPARE(first.supported, QStringLiteral("True"));
    QCOMPARE(first.responsibility, QStringLiteral("Customer"));
    QVERIFY(first.guidance.startsWith(QLatin1String("Deploy private endpoints")));
}

void TestImporters::mcsbMarkdown()
{
    const Baseline b = loadBaseline(data("own/mcsb-markdown-fixture.md"));
    QCOMPARE(b.entries.size(), 3);
    const Entry &link = b.entries.at(0);
    QCOMPARE(link.name, QStringLiteral("Azure Private Link"));
    QCOMPARE(link.controlId, QStringLiteral("NS-2"));
    QCOMPARE(link.supported, QStringLiteral("True"));
    QCOMPARE(link.enabledByDefault, QStringLiteral("False"));
    QCOMPARE(link.responsibility, QStringLiteral("Customer"));
    QCOMPARE(link.notes, QStringLiteral("Private endpoints are available in all regions."));
    QCOMPARE(link.guidance, QStringLiteral("Deploy private endpoints for all vaults."));
    QCOMPARE(link.policies, QStringList{QStringLiteral("Example vaults should use private link")});
    QVERIFY(std::any_of(link.references.cbegin(), link.references.cend(), [](const Reference &r) {
        return r.url == QLatin1String("https://learn.microsoft.com/azure/example-vault/private-endpoints");
    }));
    const Entry &unnamed = b.entries.at(1);
    QCOMPARE(unnamed.name, QStringLiteral("Service supports disabling public network access"));
    QCOMPARE(unnamed.responsibility, QStringLiteral("Shared"));
    QCOMPARE(b.entries.at(2).responsibility, QStringLiteral("Microsoft"));
    QVERIFY(b.entries.at(2).policies.isEmpty());
}

void TestImporters::asbFields()
{
    const Baseline b = loadBaseline(data("baselines/c-asb-v1/key-vault-2020-02-28.md"));
    const Entry &first = b.entries.at(0);
    QCOMPARE(first.controlId, QStringLiteral("1.1"));
    QCOMPARE(first.name,
             QStringLiteral("Protect resources using Network Security Groups or Azure Firewall on your "
                            "Virtual Network"));
    QCOMPARE(first.responsibility, QStringLiteral("Customer"));
    QCOMPARE(first.monitoring, QStringLiteral("Yes"));
    QVERIFY(first.guidance.startsWith(QLatin1String("Integrate Azure Key Vault with Azure Private Link.")));
    QVERIFY(first.guidance.contains(QLatin1String("How to integrate Key Vault with Azure Private Link")));
    QCOMPARE(first.references.value(0).url,
             QStringLiteral("https://docs.microsoft.com/azure/key-vault/private-link-service"));

    const Baseline v2 = loadBaseline(data("baselines/d-asb-v2/cdn-2020-11-16.md"));
    const Entry &im6 = v2.entries.at(0);
    QCOMPARE(im6.controlId, QStringLiteral("IM-6"));
    QCOMPARE(im6.monitoring, QStringLiteral("Currently not available"));
    QCOMPARE(im6.references.value(0).url,
             QStringLiteral("https://learn.microsoft.com/azure/cdn/cdn-restrict-access-by-country"));
    QVERIFY(im6.guidance.contains(QStringLiteral("• Restrict Azure CDN content by country or region")));
}

void TestImporters::overviewSections()
{
    const Baseline b = loadBaseline(seed("azure-backup-security-overview-2023.md"));
    const Entry *mua = findEntry(b, QStringLiteral("Multi-user authorization"));
    QVERIFY(mua);
    QVERIFY(mua->notes.contains(QLatin1String("Resource Guard")));
    QCOMPARE(mua->references.value(0).url,
             QStringLiteral("https://learn.microsoft.com/azure/backup/multi-user-authorization-concept"));
    const Entry *access = findEntry(b, QStringLiteral("Management and control of identity and user access"));
    QVERIFY(access);
    QVERIFY(access->notes.contains(QStringLiteral("• Backup Contributor")));
    QVERIFY(!findEntry(b, QStringLiteral("Next steps")));
}

void TestImporters::translatedDocuments()
{
    const Baseline de = loadBaseline(data("own/key-vault-attributes-de.md"));
    QCOMPARE(de.language, QStringLiteral("de"));
    QCOMPARE(de.entries.at(0).name, QStringLiteral("Verschlüsselung ruhender Daten"));
    QCOMPARE(de.entries.at(0).supported, QStringLiteral("Ja"));
    QCOMPARE(de.entries.at(1).supported, QStringLiteral("–"));
    const Baseline fr = loadBaseline(data("own/backup-asb1-fr.md"));
    QCOMPARE(fr.language, QStringLiteral("fr"));
    QCOMPARE(fr.entries.at(1).controlId, QStringLiteral("1.4"));
    QCOMPARE(fr.entries.at(1).responsibility, QStringLiteral("Microsoft"));
    QCOMPARE(fr.entries.at(2).responsibility, QStringLiteral("Client"));
    QCOMPARE(fr.entries.at(0).guidance,
             QStringLiteral("Non applicable ; le coffre ne se place pas dans un réseau virtuel."));
}

void TestImporters::bomAndCrlfAreTransparent()
{
    QFile file(seed("azure-backup-security-controls-2019.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray lf = file.readAll();
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    crlf.prepend("\xEF\xBB\xBF");
    SourceDocument a;
    SourceDocument b;
    ImportError error;
    QVERIFY(SourceDocument::fromBytes(lf, QStringLiteral("lf.md"), &a, &error));
    QVERIFY(SourceDocument::fromBytes(crlf, QStringLiteral("crlf.md"), &b, &error));
    Baseline x;
    Baseline y;
    QVERIFY(BaselineImporter::importDocument(a, &x, &error));
    QVERIFY(BaselineImporter::importDocument(b, &y, &error));
    QCOMPARE(x.entries.size(), y.entries.size());
    for (int i = 0; i < x.entries.size(); ++i) {
        QCOMPARE(y.entries.at(i).name, x.entries.at(i).name);
        QCOMPARE(y.entries.at(i).notes, x.entries.at(i).notes);
        QCOMPARE(y.entries.at(i).sourceLine, x.entries.at(i).sourceLine);
    }
    QCOMPARE(y.date, x.date);
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
