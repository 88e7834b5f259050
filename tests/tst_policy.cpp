// The offline Azure Policy evaluator: every shipped built-in definition against hand-built
// resources for each result kind, the tricky semantics, and refusal of what it cannot run.
#include "policy/evaluator.h"
#include "posture/estate.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vaultscope;
using namespace vaultscope::policy;

namespace {

const QString kRs = QStringLiteral("Microsoft.RecoveryServices/vaults");
const QString kBv = QStringLiteral("Microsoft.DataProtection/backupVaults");
const QString kKv = QStringLiteral("Microsoft.KeyVault/vaults");
const QString kHsm = QStringLiteral("Microsoft.KeyVault/managedHSMs");

QString definitionPath(const QString &file)
{
    return QStringLiteral(VAULTSCOPE_SOURCE_DIR "/resources/policy/definitions/") + file;
}

QJsonObject resource(const QString &type, const char *properties)
{
    const QString id =
        QStringLiteral("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg/providers/") +
        type + QStringLiteral("/v1");
    QJsonObject r{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), QStringLiteral("v1")},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("location"), QStringLiteral("westeurope")}};
    if (properties)
        r.insert(QStringLiteral("properties"), QJsonDocument::fromJson(properties).object());
    return r;
}

QJsonObject diagnostics(const char *properties)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("/x/providers/microsoft.insights/diagnosticSettings/d1")},
        {QStringLiteral("name"), QStringLiteral("d1")},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Insights/diagnosticSettings")},
        {QStringLiteral("properties"), QJsonDocument::fromJson(properties).object()}};
}

struct Case
{
    Case() = default;
    Case(const QJsonObject &r, const QList<QJsonObject> &rel = {})
        : resource(r)
        , related(rel)
    {
    }
    QJsonObject resource;
    QList<QJsonObject> related;
    bool relatedCaptured = true;
    QString apiVersion = QStringLiteral("2025-05-01");
    QJsonObject parameters;
};

Evaluation run(const QString &file, const Case &c, QString *error = nullptr)
{
    PolicyDefinition d;
    QString message;
    if (!PolicyDefinition::load(definitionPath(file), &d, &message, c.parameters)) {
        if (error)
            *error = message;
        return {Outcome::Unknown, message};
    }
    EvaluationInput input;
    input.resource = &c.resource;
    input.apiVersion = c.apiVersion;
    input.related = c.related;
    input.relatedCaptured = c.relatedCaptured;
    return evaluate(d, input);
}

Evaluation runRule(const char *rule, const QJsonObject &res,
                   const QString &apiVersion = QStringLiteral("2025-05-01"))
{
    const QByteArray json =
        QByteArray(R"({"properties":{"displayName":"t","mode":"All","policyRule":{"if":)") + rule +
        R"(,"then":{"effect":"audit"}}}})";
    PolicyDefinition d;
    QString error;
    if (!PolicyDefinition::fromJson(json, QStringLiteral("inline"), &d, &error))
        return {Outcome::Unknown, QStringLiteral("refused: ") + error};
    EvaluationInput input;
    input.resource = &res;
    input.apiVersion = apiVersion;
    return evaluate(d, input);
}

} // namespace

Q_DECLARE_METATYPE(vaultscope::policy::Outcome)

class TestPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyShippedDefinitionLoads();
    void builtIns_data();
    void builtIns();
    void everyDefinitionCoversEveryOutcome();
    void fieldGivenAsAnExpression();
    void semantics_data();
    void semantics();
    void refusals_data();
    void refusals();
    void malformedBuiltInIsRefused();
    void realRestExamplesEvaluate();

private:
    QSet<QString> m_covered; // "file/outcome"
};

void TestPolicy::everyShippedDefinitionLoads()
{
    const QStringList files = QDir(QStringLiteral(VAULTSCOPE_SOURCE_DIR "/resources/policy/definitions"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), 23);
    for (const QString &f : files) {
        PolicyDefinition d;
        QString error;
        QVERIFY2(PolicyDefinition::load(definitionPath(f), &d, &error), qPrintable(error));
        QVERIFY(!d.displayName.isEmpty());
        QVERIFY2(!d.selectedTypes.isEmpty(), qPrintable(f));
        QVERIFY(!d.version.isEmpty());
    }
}

void TestPolicy::builtIns_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Case>("input");
    QTest::addColumn<Outcome>("expected");
    QTest::addColumn<QString>("reasonContains");

    auto row = [](const char *tag, const char *file, const Case &c, Outcome o, const char *reason = "") {
        QTest::newRow(tag) << QString::fromLatin1(file) << c << o << QString::fromLatin1(reason);
    };
    const Outcome C = Outcome::Compliant, N = Outcome::NonCompliant, NA = Outcome::NotApplicable,
                  U = Outcome::Unknown;

    // Recovery Services vaults
    row("rs cmk: key set", "AzBackupRSVault_CMKEnabled_Audit.json",
        {resource(kRs,
                  R"({"encryption":{"keyVaultProperties":{"keyUri":"https://k.vault.azure.net/keys/k"}}})")},
        C);
    row("rs cmk: no key", "AzBackupRSVault_CMKEnabled_Audit.json", {resource(kRs, R"({"encryption":{}})")}, N,
        "keyUri = absent");
    row("rs cmk: key vault is not applicable", "AzBackupRSVault_CMKEnabled_Audit.json", {resource(kKv, "{}")},
        NA);
    row("rs cmk: exported without properties", "AzBackupRSVault_CMKEnabled_Audit.json",
        {resource(kRs, nullptr)}, U);
    Case doubleEnc{resource(
        kRs,
        R"({"encryption":{"keyVaultProperties":{"keyUri":"k"},"infrastructureEncryption":"Disabled"}})")};
    doubleEnc.parameters = {{QStringLiteral("enableDoubleEncryption"), true}};
    row("rs cmk: parameter asks for double encryption", "AzBackupRSVault_CMKEnabled_Audit.json", doubleEnc, N,
        "infrastructureEncryption");
    row("rs cmk: parameter default does not", "AzBackupRSVault_CMKEnabled_Audit.json", {doubleEnc.resource},
        C);
    row("rs mua: enabled", "AzBackupRecoveryServicesVault_MUA_Audit.json",
        {resource(kRs, R"({"securitySettings":{"multiUserAuthorization":"Enabled"}})")}, C);
    row("rs mua: disabled", "AzBackupRecoveryServicesVault_MUA_Audit.json",
        {resource(kRs, R"({"securitySettings":{"multiUserAuthorization":"Disabled"}})")}, N, "\"Disabled\"");
    row("rs mua: absent", "AzBackupRecoveryServicesVault_MUA_Audit.json", {resource(kRs, "{}")}, N, "absent");
    row("rs mua: backup vault n/a", "AzBackupRecoveryServicesVault_MUA_Audit.json", {resource(kBv, "{}")},
        NA);
    row("rs mua: no properties", "AzBackupRecoveryServicesVault_MUA_Audit.json", {resource(kRs, nullptr)}, U);
    row("rs soft delete: AlwaysON (Azure's casing)", "AzBackupRecoveryServicesVault_SoftDelete_Audit.json",
        {resource(kRs, R"({"securitySettings":{"softDeleteSettings":{"softDeleteState":"AlwaysON"}}})")}, C);
    row("rs soft delete: Enabled is not always-on", "AzBackupRecoveryServicesVault_SoftDelete_Audit.json",
        {resource(kRs, R"({"securitySettings":{"softDeleteSettings":{"softDeleteState":"Enabled"}}})")}, N,
        "softDeleteState");
    row("rs soft delete: kv n/a", "AzBackupRecoveryServicesVault_SoftDelete_Audit.json",
        {resource(kKv, "{}")}, NA);
    row("rs soft delete: no properties", "AzBackupRecoveryServicesVault_SoftDelete_Audit.json",
        {resource(kRs, nullptr)}, U);
    row("rs redundancy: geo denied by default", "AzBackuprecoveryServicesVault_RedudancySettings_Deny.json",
        {resource(kRs, R"({"redundancySettings":{"standardTierStorageRedundancy":"georedundant"}})")}, N,
        "standardTierStorageRedundancy");
    row("rs redundancy: zone", "AzBackuprecoveryServicesVault_RedudancySettings_Deny.json",
        {resource(kRs, R"({"redundancySettings":{"standardTierStorageRedundancy":"ZoneRedundant"}})")}, C);
    row("rs redundancy: bv n/a", "AzBackuprecoveryServicesVault_RedudancySettings_Deny.json",
        {resource(kBv, "{}")}, NA);
    row("rs redundancy: no properties", "AzBackuprecoveryServicesVault_RedudancySettings_Deny.json",
        {resource(kRs, nullptr)}, U);
    row("rs immutability: locked", "RecoveryServices_Immutability_Audit.json",
        {resource(kRs, R"({"securitySettings":{"immutabilitySettings":{"state":"Locked"}}})")}, C);
    row("rs immutability: unlocked", "RecoveryServices_Immutability_Audit.json",
        {resource(kRs, R"({"securitySettings":{"immutabilitySettings":{"state":"Unlocked"}}})")}, N,
        "Unlocked");
    row("rs immutability: kv n/a", "RecoveryServices_Immutability_Audit.json", {resource(kKv, "{}")}, NA);
    row("rs immutability: no properties", "RecoveryServices_Immutability_Audit.json",
        {resource(kRs, nullptr)}, U);
    row("rs private link: approved backup endpoint", "RecoveryServices_PrivateEndpoint_Audit.json",
        {resource(
            kRs,
            R"({"privateEndpointConnections":[{"id":"/x/pe1.backup.abc","properties":{"provisioningState":"Succeeded","privateLinkServiceConnectionState":{"status":"Approved"}}}]})")},
        C);
    row("rs private link: site recovery endpoint only", "RecoveryServices_PrivateEndpoint_Audit.json",
        {resource(
            kRs,
            R"({"privateEndpointConnections":[{"id":"/x/pe1.siteRecovery.abc","properties":{"provisioningState":"Succeeded","privateLinkServiceConnectionState":{"status":"Approved"}}}]})")},
        N, "count of");
    row("rs private link: none", "RecoveryServices_PrivateEndpoint_Audit.json", {resource(kRs, "{}")}, N,
        "= 0");
    row("rs private link: kv n/a", "RecoveryServices_PrivateEndpoint_Audit.json", {resource(kKv, "{}")}, NA);
    row("rs private link: no properties", "RecoveryServices_PrivateEndpoint_Audit.json",
        {resource(kRs, nullptr)}, U);
    row("rs public access: disabled (lower case)", "RecoveryServices_PublicNetworkAccess_AuditDeny.json",
        {resource(kRs, R"({"publicNetworkAccess":"disabled"})")}, C);
    row("rs public access: enabled", "RecoveryServices_PublicNetworkAccess_AuditDeny.json",
        {resource(kRs, R"({"publicNetworkAccess":"Enabled"})")}, N, "publicNetworkAccess");
    row("rs public access: kv n/a", "RecoveryServices_PublicNetworkAccess_AuditDeny.json",
        {resource(kKv, "{}")}, NA);
    row("rs public access: no properties", "RecoveryServices_PublicNetworkAccess_AuditDeny.json",
        {resource(kRs, nullptr)}, U);

    // Backup vaults
    row("bv cmk: enabled", "AzBackupBackupVault_CMK_Audit.json",
        {resource(kBv, R"({"securitySettings":{"encryptionSettings":{"state":"Enabled"}}})")}, C);
    row("bv cmk: absent", "AzBackupBackupVault_CMK_Audit.json", {resource(kBv, R"({"securitySettings":{}})")},
        N, "encryptionSettings.state = absent");
    row("bv cmk: rs n/a", "AzBackupBackupVault_CMK_Audit.json", {resource(kRs, "{}")}, NA);
    row("bv cmk: no properties", "AzBackupBackupVault_CMK_Audit.json", {resource(kBv, nullptr)}, U);
    row("bv mua: protected", "AzBackupBackupVault_MUAEnabled_Audit.json",
        {resource(kBv, R"({"isVaultProtectedByResourceGuard":true})")}, C);
    row("bv mua: not protected", "AzBackupBackupVault_MUAEnabled_Audit.json",
        {resource(kBv, R"({"isVaultProtectedByResourceGuard":false})")}, N, "false");
    row("bv mua: type in lower case still selected", "AzBackupBackupVault_MUAEnabled_Audit.json",
        {resource(QStringLiteral("microsoft.dataprotection/backupvaults"),
                  R"({"isVaultProtectedByResourceGuard":false})")},
        N);
    row("bv mua: rs n/a", "AzBackupBackupVault_MUAEnabled_Audit.json", {resource(kRs, "{}")}, NA);
    row("bv mua: no properties", "AzBackupBackupVault_MUAEnabled_Audit.json", {resource(kBv, nullptr)}, U);
    row("bv immutability: alias State reads state", "Vaults_Immutability_Audit.json",
        {resource(kBv, R"({"securitySettings":{"immutabilitySettings":{"state":"Locked"}}})")}, C);
    row("bv immutability: disabled", "Vaults_Immutability_Audit.json",
        {resource(kBv, R"({"securitySettings":{"immutabilitySettings":{"state":"Disabled"}}})")}, N,
        "Disabled");
    row("bv immutability: rs n/a", "Vaults_Immutability_Audit.json", {resource(kRs, "{}")}, NA);
    row("bv immutability: no properties", "Vaults_Immutability_Audit.json", {resource(kBv, nullptr)}, U);
    row("bv soft delete: always on", "Vaults_SoftDelete_Audit.json",
        {resource(kBv, R"({"securitySettings":{"softDeleteSettings":{"state":"AlwaysOn"}}})")}, C);
    row("bv soft delete: on", "Vaults_SoftDelete_Audit.json",
        {resource(kBv, R"({"securitySettings":{"softDeleteSettings":{"state":"On"}}})")}, N, "AlwaysOn");
    row("bv soft delete: rs n/a", "Vaults_SoftDelete_Audit.json", {resource(kRs, "{}")}, NA);
    row("bv soft delete: no properties", "Vaults_SoftDelete_Audit.json", {resource(kBv, nullptr)}, U);

    // Key Vault: auditIfNotExists against diagnostic settings
    const Case diagOk{
        resource(kKv, "{}"),
        {diagnostics(
            R"({"logs":[{"categoryGroup":"audit","enabled":false},{"categoryGroup":"allLogs","enabled":true,"retentionPolicy":{"enabled":false,"days":0}}]})")}};
    row("kv logs: one enabled log", "AuditDiagnosticLog_Audit.json", diagOk, C);
    const Case diagRetained{
        resource(kKv, "{}"),
        {diagnostics(
            R"({"storageAccountId":"/s","logs":[{"category":"AuditEvent","enabled":true,"retentionPolicy":{"enabled":true,"days":400}}]})")}};
    row("kv logs: retention 400 days (padLeft)", "AuditDiagnosticLog_Audit.json", diagRetained, C);
    const Case diagShort{
        resource(kKv, "{}"),
        {diagnostics(
            R"({"storageAccountId":"/s","logs":[{"category":"AuditEvent","enabled":true,"retentionPolicy":{"enabled":true,"days":30}}]})")}};
    row("kv logs: retention 30 days to storage", "AuditDiagnosticLog_Audit.json", diagShort, N,
        "existence condition");
    const Case diagNone{resource(kKv, "{}"), {}};
    row("kv logs: no setting on this vault", "AuditDiagnosticLog_Audit.json", diagNone, N,
        "no Microsoft.Insights/diagnosticSettings");
    Case diagUncaptured{resource(kKv, "{}"), {}};
    diagUncaptured.relatedCaptured = false;
    row("kv logs: settings not captured", "AuditDiagnosticLog_Audit.json", diagUncaptured, U, "not captured");
    row("kv logs: rs n/a", "AuditDiagnosticLog_Audit.json", {resource(kRs, "{}")}, NA);
    const Case hsmDiag{resource(kHsm, "{}"), diagOk.related};
    row("hsm logs: enabled", "ManagedHsm_AuditDiagnosticLog_Audit.json", hsmDiag, C);
    row("hsm logs: none", "ManagedHsm_AuditDiagnosticLog_Audit.json", {resource(kHsm, "{}"), {}}, N);
    Case hsmUncaptured{resource(kHsm, "{}"), {}};
    hsmUncaptured.relatedCaptured = false;
    row("hsm logs: not captured", "ManagedHsm_AuditDiagnosticLog_Audit.json", hsmUncaptured, U);
    row("hsm logs: kv n/a", "ManagedHsm_AuditDiagnosticLog_Audit.json", {resource(kKv, "{}")}, NA);

    // Key Vault: network
    row("kv firewall: deny by default", "FirewallEnabled_Audit.json",
        {resource(kKv, R"({"networkAcls":{"defaultAction":"Deny"},"publicNetworkAccess":"Enabled"})")}, C);
    row("kv firewall: public access disabled", "FirewallEnabled_Audit.json",
        {resource(kKv, R"({"networkAcls":{"defaultAction":"Allow"},"publicNetworkAccess":"Disabled"})")}, C);
    row("kv firewall: open", "FirewallEnabled_Audit.json",
        {resource(kKv, R"({"networkAcls":{"defaultAction":"Allow"},"publicNetworkAccess":"Enabled"})")}, N,
        "defaultAction");
    Case oldApi{
        resource(kKv, R"({"networkAcls":{"defaultAction":"Allow"},"publicNetworkAccess":"Disabled"})")};
    oldApi.apiVersion = QStringLiteral("2019-09-01");
    row("kv firewall: api before 2021-06-01-preview ignores publicNetworkAccess",
        "FirewallEnabled_Audit.json", oldApi, N, "requestContext");
    Case recovering{resource(kKv, R"({"createMode":"recover","networkAcls":{"defaultAction":"Allow"}})")};
    row("kv firewall: vault being recovered", "FirewallEnabled_Audit.json", recovering, C);
    Case ipsInside{resource(
        kKv,
        R"({"networkAcls":{"defaultAction":"Deny","ipRules":[{"value":"10.1.0.5"},{"value":"10.1.0.0/28"}]}})")};
    ipsInside.parameters = {
        {QStringLiteral("restrictIPAddresses"), QStringLiteral("Yes")},
        {QStringLiteral("allowedIPAddresses"), QJsonArray{QStringLiteral("10.1.0.0/24")}}};
    row("kv firewall: ip rules inside allowed range (nested counts)", "FirewallEnabled_Audit.json", ipsInside,
        C);
    Case ipsOutside = ipsInside;
    ipsOutside.resource = resource(
        kKv,
        R"({"networkAcls":{"defaultAction":"Deny","ipRules":[{"value":"10.1.0.5"},{"value":"192.168.1.1"}]},"publicNetworkAccess":"Enabled"})");
    row("kv firewall: one ip rule outside", "FirewallEnabled_Audit.json", ipsOutside, N);
    row("kv firewall: rs n/a", "FirewallEnabled_Audit.json", {resource(kRs, "{}")}, NA);
    row("kv firewall: no properties", "FirewallEnabled_Audit.json", {resource(kKv, nullptr)}, U);
    row("hsm firewall: deny", "ManagedHsm_FirewallEnabled_Audit.json",
        {resource(kHsm, R"({"networkAcls":{"defaultAction":"Deny"}})")}, C);
    row("hsm firewall: allow", "ManagedHsm_FirewallEnabled_Audit.json",
        {resource(kHsm, R"({"networkAcls":{"defaultAction":"Allow"}})")}, N);
    row("hsm firewall: kv n/a", "ManagedHsm_FirewallEnabled_Audit.json", {resource(kKv, "{}")}, NA);
    row("hsm firewall: no properties", "ManagedHsm_FirewallEnabled_Audit.json", {resource(kHsm, nullptr)}, U);
    row("hsm private link: approved", "ManagedHsm_PrivateEndpointEnabled_Audit.json",
        {resource(
            kHsm,
            R"({"privateEndpointConnections":[{"properties":{"privateLinkServiceConnectionState":{"status":"approved"}}}]})")},
        C);
    row("hsm private link: pending", "ManagedHsm_PrivateEndpointEnabled_Audit.json",
        {resource(
            kHsm,
            R"({"privateEndpointConnections":[{"properties":{"privateLinkServiceConnectionState":{"status":"Pending"}}}]})")},
        N);
    row("hsm private link: kv n/a", "ManagedHsm_PrivateEndpointEnabled_Audit.json", {resource(kKv, "{}")},
        NA);
    row("hsm private link: no properties", "ManagedHsm_PrivateEndpointEnabled_Audit.json",
        {resource(kHsm, nullptr)}, U);
    row("kv pe (deprecated): one connection", "PrivateEndpointEnabled_Audit.json",
        {resource(kKv, R"({"privateEndpointConnections":[{"id":"x"}]})")}, C);
    row("kv pe (deprecated): empty list", "PrivateEndpointEnabled_Audit.json",
        {resource(kKv, R"({"privateEndpointConnections":[]})")}, N, "= 0");
    row("kv pe (deprecated): absent (exists false)", "PrivateEndpointEnabled_Audit.json",
        {resource(kKv, "{}")}, N, "privateEndpointConnections = absent");
    row("kv pe (deprecated): rs n/a", "PrivateEndpointEnabled_Audit.json", {resource(kRs, "{}")}, NA);
    row("kv pe (deprecated): no properties", "PrivateEndpointEnabled_Audit.json", {resource(kKv, nullptr)},
        U);
    row("kv private link: approved", "Should_Use_PrivateEndpoint_Audit.json",
        {resource(
            kKv,
            R"({"privateEndpointConnections":[{"properties":{"privateLinkServiceConnectionState":{"status":"Approved"}}}]})")},
        C);
    row("kv private link: only pending", "Should_Use_PrivateEndpoint_Audit.json",
        {resource(
            kKv,
            R"({"privateEndpointConnections":[{"properties":{"privateLinkServiceConnectionState":{"status":"Pending"}}}]})")},
        N);
    row("kv private link: rs n/a", "Should_Use_PrivateEndpoint_Audit.json", {resource(kRs, "{}")}, NA);
    row("kv private link: no properties", "Should_Use_PrivateEndpoint_Audit.json", {resource(kKv, nullptr)},
        U);
    row("kv public access: disabled", "PublicNetworkAccess_Audit.json",
        {resource(kKv, R"({"publicNetworkAccess":"Disabled"})")}, C);
    row("kv public access: enabled", "PublicNetworkAccess_Audit.json",
        {resource(kKv, R"({"publicNetworkAccess":"Enabled"})")}, N, "publicNetworkAccess");
    row("kv public access: absent", "PublicNetworkAccess_Audit.json", {resource(kKv, "{}")}, N);
    row("kv public access: rs n/a", "PublicNetworkAccess_Audit.json", {resource(kRs, "{}")}, NA);
    row("kv public access: no properties", "PublicNetworkAccess_Audit.json", {resource(kKv, nullptr)}, U);

    // Key Vault: recoverability and access model
    row("kv purge protection: both on (booleans)", "Recoverable_Audit.json",
        {resource(kKv, R"({"enableSoftDelete":true,"enablePurgeProtection":true})")}, C);
    row("kv purge protection: absent", "Recoverable_Audit.json",
        {resource(kKv, R"({"enableSoftDelete":true})")}, N, "enablePurgeProtection = absent");
    row("kv purge protection: false", "Recoverable_Audit.json",
        {resource(kKv, R"({"enableSoftDelete":true,"enablePurgeProtection":false})")}, N);
    row("kv purge protection: rs n/a", "Recoverable_Audit.json", {resource(kRs, "{}")}, NA);
    row("kv purge protection: no properties", "Recoverable_Audit.json", {resource(kKv, nullptr)}, U);
    row("hsm purge protection: on", "ManagedHsm_Recoverable_Audit.json",
        {resource(kHsm, R"({"enableSoftDelete":true,"enablePurgeProtection":true})")}, C);
    row("hsm purge protection: off", "ManagedHsm_Recoverable_Audit.json",
        {resource(kHsm, R"({"enableSoftDelete":true,"enablePurgeProtection":false})")}, N);
    row("hsm purge protection: kv n/a", "ManagedHsm_Recoverable_Audit.json", {resource(kKv, "{}")}, NA);
    row("hsm purge protection: no properties", "ManagedHsm_Recoverable_Audit.json", {resource(kHsm, nullptr)},
        U);
    row("kv rbac: on", "Should_Use_RBAC.json", {resource(kKv, R"({"enableRbacAuthorization":true})")}, C);
    row("kv rbac: absent (exists false)", "Should_Use_RBAC.json", {resource(kKv, "{}")}, N,
        "enableRbacAuthorization = absent");
    row("kv rbac: recovering vault (not over equals)", "Should_Use_RBAC.json",
        {resource(kKv, R"({"createMode":"Recover"})")}, C);
    row("kv rbac: rs n/a", "Should_Use_RBAC.json", {resource(kRs, "{}")}, NA);
    row("kv rbac: no properties", "Should_Use_RBAC.json", {resource(kKv, nullptr)}, U);
    row("kv soft delete: on", "SoftDeleteMustBeEnabled_Audit.json",
        {resource(kKv, R"({"enableSoftDelete":true})")}, C);
    row("kv soft delete: \"false\" equals false", "SoftDeleteMustBeEnabled_Audit.json",
        {resource(kKv, R"({"enableSoftDelete":false})")}, N, "enableSoftDelete = false");
    row("kv soft delete: rs n/a", "SoftDeleteMustBeEnabled_Audit.json", {resource(kRs, "{}")}, NA);
    row("kv soft delete: no properties", "SoftDeleteMustBeEnabled_Audit.json", {resource(kKv, nullptr)}, U);
}

void TestPolicy::builtIns()
{
    QFETCH(QString, file);
    QFETCH(Case, input);
    QFETCH(Outcome, expected);
    QFETCH(QString, reasonContains);
    QString error;
    const Evaluation e = run(file, input, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(e.outcome == expected, qPrintable(outcomeKey(e.outcome) + QLatin1String(": ") + e.reason));
    QVERIFY2(e.reason.contains(reasonContains), qPrintable(e.reason));
    QVERIFY(!e.reason.isEmpty());
    m_covered.insert(file + QLatin1Char('/') + outcomeKey(e.outcome));
}

void TestPolicy::everyDefinitionCoversEveryOutcome()
{
    const QStringList files = QDir(QStringLiteral(VAULTSCOPE_SOURCE_DIR "/resources/policy/definitions"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &f : files) {
        for (Outcome o :
             {Outcome::Compliant, Outcome::NonCompliant, Outcome::NotApplicable, Outcome::Unknown})
            QVERIFY2(m_covered.contains(f + QLatin1Char('/') + outcomeKey(o)),
                     qPrintable(f + QLatin1String(" lacks ") + outcomeKey(o)));
    }
}

void TestPolicy::fieldGivenAsAnExpression()
{
    // The common tag policy: the field names the tag the assignment chose.
    const QByteArray json = R"({"properties":{"displayName":"Require a tag","mode":"Indexed",
        "parameters":{"tagName":{"type":"String","defaultValue":"costCenter"}},
        "policyRule":{"if":{"field":"[concat('tags[', parameters('tagName'), ']')]","exists":"false"},
                      "then":{"effect":"audit"}}}})";
    PolicyDefinition d;
    QString error;
    QVERIFY2(PolicyDefinition::fromJson(json, QStringLiteral("inline"), &d, &error), qPrintable(error));
    QJsonObject tagged = resource(kKv, "{}");
    tagged.insert(QStringLiteral("tags"), QJsonObject{{QStringLiteral("costCenter"), QStringLiteral("42")}});
    QJsonObject untagged = resource(kKv, "{}");
    untagged.insert(QStringLiteral("tags"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("ops")}});
    EvaluationInput input;
    input.resource = &tagged;
    QCOMPARE(evaluate(d, input).outcome, Outcome::Compliant);
    input.resource = &untagged;
    const Evaluation missing = evaluate(d, input);
    QCOMPARE(missing.outcome, Outcome::NonCompliant);
    QVERIFY2(missing.reason.contains(QLatin1String("tags[costCenter]")), qPrintable(missing.reason));
    // Another tag through the parameter.
    QVERIFY(PolicyDefinition::fromJson(json, QStringLiteral("inline"), &d, &error,
                                       {{QStringLiteral("tagName"), QStringLiteral("owner")}}));
    QCOMPARE(evaluate(d, input).outcome, Outcome::Compliant);
    // An expression that names no alias is refused, saying so.
    const QByteArray bad = R"({"properties":{"policyRule":{"if":{"field":"[length('abc')]","exists":"true"},
        "then":{"effect":"audit"}}}})";
    QVERIFY(!PolicyDefinition::fromJson(bad, QStringLiteral("inline"), &d, &error));
    QVERIFY2(error.contains(QLatin1String("names no alias")), qPrintable(error));
}

void TestPolicy::semantics_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QByteArray>("properties");
    QTest::addColumn<Outcome>("expected");
    const Outcome C = Outcome::Compliant, N = Outcome::NonCompliant;
    auto row = [](const char *tag, const char *rule, const char *props, Outcome o) {
        QTest::newRow(tag) << QByteArray(rule) << QByteArray(props) << o;
    };
    row("equals is case-insensitive",
        R"({"field":"Microsoft.KeyVault/vaults/publicNetworkAccess","equals":"ENABLED"})",
        R"({"publicNetworkAccess":"enabled"})", N);
    row("absent: notEquals is true",
        R"({"field":"Microsoft.KeyVault/vaults/publicNetworkAccess","notEquals":"x"})", "{}", N);
    row("absent: equals is false",
        R"({"field":"Microsoft.KeyVault/vaults/publicNetworkAccess","equals":"x"})", "{}", C);
    row("absent: notIn is true", R"({"field":"Microsoft.KeyVault/vaults/publicNetworkAccess","notIn":["a"]})",
        "{}", N);
    row("absent: in is false", R"({"field":"Microsoft.KeyVault/vaults/publicNetworkAccess","in":["a"]})",
        "{}", C);
    row("exists false on absent",
        R"({"field":"Microsoft.KeyVault/vaults/enableRbacAuthorization","exists":false})", "{}", N);
    row("exists \"false\" on present",
        R"({"field":"Microsoft.KeyVault/vaults/enableRbacAuthorization","exists":"false"})",
        R"({"enableRbacAuthorization":false})", C);
    row("[*] outside count: every member must hold",
        R"({"field":"Microsoft.KeyVault/vaults/networkAcls.ipRules[*].value","like":"10.*"})",
        R"({"networkAcls":{"ipRules":[{"value":"10.0.0.1"},{"value":"11.0.0.1"}]}})", C);
    row("[*] outside count: all members hold",
        R"({"field":"Microsoft.KeyVault/vaults/networkAcls.ipRules[*].value","like":"10.*"})",
        R"({"networkAcls":{"ipRules":[{"value":"10.0.0.1"},{"value":"10.9.0.1"}]}})", N);
    row("[*] outside count: empty array is true",
        R"({"field":"Microsoft.KeyVault/vaults/networkAcls.ipRules[*].value","equals":"nothing"})",
        R"({"networkAcls":{"ipRules":[]}})", N);
    row("count with where selects the current member",
        R"({"count":{"field":"Microsoft.KeyVault/vaults/networkAcls.ipRules[*]","where":{"field":"Microsoft.KeyVault/vaults/networkAcls.ipRules[*].value","equals":"1.2.3.4"}},"equals":1})",
        R"({"networkAcls":{"ipRules":[{"value":"1.2.3.4"},{"value":"5.6.7.8"}]}})", N);
    row("count of an absent array is 0",
        R"({"count":{"field":"Microsoft.KeyVault/vaults/networkAcls.ipRules[*]"},"equals":0})", "{}", N);
    row("value count with name and current()",
        R"({"count":{"value":["a","b","c"],"name":"x","where":{"value":"[current('x')]","notEquals":"b"}},"equals":2})",
        "{}", N);
    row("not over anyOf",
        R"({"not":{"anyOf":[{"field":"Microsoft.KeyVault/vaults/enableSoftDelete","equals":true},{"field":"Microsoft.KeyVault/vaults/enablePurgeProtection","equals":true}]}})",
        R"({"enableSoftDelete":false})", N);
    row("not over anyOf, one true",
        R"({"not":{"anyOf":[{"field":"Microsoft.KeyVault/vaults/enableSoftDelete","equals":true},{"field":"Microsoft.KeyVault/vaults/enablePurgeProtection","equals":true}]}})",
        R"({"enableSoftDelete":true})", C);
    row("match is case-sensitive", R"({"field":"name","match":"V#"})", "{}", C);
    row("matchInsensitively", R"({"field":"name","matchInsensitively":"V#"})", "{}", N);
    row("like with wildcard", R"({"field":"location","like":"west*"})", "{}", N);
    row("contains on a string", R"({"field":"Microsoft.KeyVault/vaults/vaultUri","contains":"VAULT.azure"})",
        R"({"vaultUri":"https://x.vault.azure.net"})", N);
    row("containsKey on tags", R"({"field":"tags","containsKey":"Owner"})", "{}", C);
    row("greater compares numbers",
        R"({"field":"Microsoft.KeyVault/vaults/softDeleteRetentionInDays","greater":30})",
        R"({"softDeleteRetentionInDays":90})", N);
    row("less compares api versions as text",
        R"({"value":"[requestContext().apiVersion]","less":"2021-06-01-preview"})", "{}", N);
    row("concat, toLower and if",
        R"({"value":"[if(empty(field('Microsoft.KeyVault/vaults/createMode')), concat('a', toLower('B')), 'z')]","equals":"ab"})",
        "{}", N);
    row("first and length", R"({"value":"[length(first(createArray('abc', 'd')))]","equals":3})", "{}", N);
    row("field() of a [*] alias is an array",
        R"({"value":"[length(field('Microsoft.KeyVault/vaults/networkAcls.ipRules[*]'))]","equals":2})",
        R"({"networkAcls":{"ipRules":[{"value":"a"},{"value":"b"}]}})", N);
    row("sku of a key vault lives in properties",
        R"({"field":"Microsoft.KeyVault/vaults/sku.name","equals":"premium"})",
        R"({"sku":{"name":"premium"}})", N);
}

void TestPolicy::semantics()
{
    QFETCH(QByteArray, rule);
    QFETCH(QByteArray, properties);
    QFETCH(Outcome, expected);
    QJsonObject res = resource(kKv, properties.constData());
    res.insert(QStringLiteral("name"), QStringLiteral("v1"));
    const Evaluation e = runRule(rule.constData(), res, QStringLiteral("2019-09-01"));
    QVERIFY2(e.outcome == expected, qPrintable(outcomeKey(e.outcome) + QLatin1String(": ") + e.reason));
}

void TestPolicy::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("invalid JSON with line")
        << QByteArray("{\n\"properties\": {\n  \"policyRule\": [}\n}") << "inline:3: invalid JSON";
    QTest::newRow("not a definition") << QByteArray(R"({"value":[]})") << "no 'policyRule'";
    QTest::newRow("unknown operator")
        << QByteArray(
               R"({"properties":{"policyRule":{"if":{"field":"type","equalz":"x"},"then":{"effect":"audit"}}}})")
        << "policyRule.if: unknown operator 'equalz'";
    QTest::newRow("unresolvable alias")
        << QByteArray(
               R"({"properties":{"policyRule":{"if":{"field":"Microsoft.Storage/storageAccounts/minimumTlsVersion","equals":"x"},"then":{"effect":"audit"}}}})")
        << "cannot be resolved";
    QTest::newRow("unsupported function")
        << QByteArray(
               R"({"properties":{"policyRule":{"if":{"value":"[newGuid()]","equals":"x"},"then":{"effect":"audit"}}}})")
        << "unsupported template function 'newGuid'";
    QTest::newRow("parameter without default")
        << QByteArray(
               R"({"properties":{"parameters":{"p":{"type":"String"}},"policyRule":{"if":{"field":"type","equals":"[parameters('p')]"},"then":{"effect":"audit"}}}})")
        << "parameter 'p' has no default value: give one (policy eval --parameter p=JSON)";
    QTest::newRow("effect not evaluated offline")
        << QByteArray(
               R"({"properties":{"policyRule":{"if":{"field":"type","equals":"x"},"then":{"effect":"denyAction"}}}})")
        << "effect 'denyAction' is not evaluated offline";
    QTest::newRow("two operators")
        << QByteArray(
               R"({"properties":{"policyRule":{"if":{"field":"type","equals":"x","notEquals":"y"},"then":{"effect":"audit"}}}})")
        << "several operators";
    QTest::newRow("empty allOf")
        << QByteArray(R"({"properties":{"policyRule":{"if":{"allOf":[]},"then":{"effect":"audit"}}}})")
        << "non-empty array";
}

void TestPolicy::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    PolicyDefinition d;
    QString error;
    QVERIFY(!PolicyDefinition::fromJson(json, QStringLiteral("inline"), &d, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestPolicy::malformedBuiltInIsRefused()
{
    PolicyDefinition d;
    QString error;
    const QString path =
        QStringLiteral(VAULTSCOPE_TEST_DATA "/policy/BackupVaults_CustomerManagedKey_Audit.json");
    QVERIFY(!PolicyDefinition::load(path, &d, &error));
    QVERIFY2(error.startsWith(path) && error.contains(QLatin1String("'then' stands beside 'policyRule'")),
             qPrintable(error));
}

void TestPolicy::realRestExamplesEvaluate()
{
    Estate estate;
    QString error;
    const QDir dir(QStringLiteral(VAULTSCOPE_TEST_DATA "/arm"));
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        QVERIFY2(EstateReader::readFile(dir.filePath(f), &estate, &error), qPrintable(error));
    // 2 backup vault examples (1 + 2 vaults), 2 key vault examples, 3 Recovery Services examples (1 + 3 + 1).
    QCOMPARE(estate.vaults.size(), 3 + 2 + 5);
    QVERIFY(estate.relatedTypesCaptured.contains(QStringLiteral("microsoft.insights/diagnosticsettings")));
    QCOMPARE(estate.subscriptionNames.value(QStringLiteral("291bba3f-e0a5-47bc-a099-3bdcb2a50a05")),
             QStringLiteral("Example Subscription"));
    PolicyDefinition immutability;
    QVERIFY(PolicyDefinition::load(definitionPath(QStringLiteral("RecoveryServices_Immutability_Audit.json")),
                                   &immutability, &error));
    int evaluated = 0;
    for (const QJsonObject &vault : std::as_const(estate.vaults)) {
        EvaluationInput input;
        input.resource = &vault;
        input.apiVersion = estate.apiVersions.value(vault.value(QLatin1String("id")).toString().toLower());
        const Evaluation e = evaluate(immutability, input);
        if (vault.value(QLatin1String("type")).toString().compare(kRs, Qt::CaseInsensitive) == 0) {
            QCOMPARE(outcomeKey(e.outcome), QStringLiteral("noncompliant"));
            ++evaluated;
        } else {
            QCOMPARE(outcomeKey(e.outcome), QStringLiteral("notapplicable"));
        }
    }
    QCOMPARE(evaluated, 5);
    QCOMPARE(estate.apiVersions.value(
                 QStringLiteral("/subscriptions/77777777-b0c6-47a2-b37c-d8e65a629c18/resourcegroups/"
                                "default-recoveryservices-resourcegroup/providers/microsoft.recoveryservices/"
                                "vaults/swaggerexample")),
             QStringLiteral("2025-02-01"));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
