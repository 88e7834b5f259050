#include "demoestate.h"

#include "demoobjects.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

namespace vaultscope {

namespace {

const char *const kRegions[] = {"westeurope",    "northeurope", "germanywestcentral",
                                "francecentral", "uksouth",     "swedencentral",
                                "eastus",        "eastus2"};
const char *const kUnits[] = {"finance", "retail",   "logistics", "hr",       "data",
                              "web",     "identity", "payments",  "research", "shared"};
const char *const kRedundancy[] = {"GeoRedundant", "ZoneRedundant", "LocallyRedundant"};
const char *const kStages[] = {"prod", "prod", "prod", "nonprod", "dev", "test"};

class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_rng(seed)
    {
    }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    int pick(int n) { return int(m_rng.bounded(n)); }
    template <typename T, size_t N> const T &pick(const T (&items)[N])
    {
        return items[m_rng.bounded(int(N))];
    }
    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(m_rng.bounded(256));
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    QRandomGenerator m_rng;
};

QString state(Dice &d, int goodPercent, const char *good, const char *bad, int absentPercent = 0)
{
    if (d.chance(absentPercent))
        return {};
    return QString::fromLatin1(d.chance(goodPercent) ? good : bad);
}

void insertIf(QJsonObject *o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o->insert(key, value);
}

QJsonArray privateEndpoints(Dice &d, const QString &vaultId, int percent, const char *suffix)
{
    QJsonArray out;
    if (!d.chance(percent))
        return out;
    const bool approved = d.chance(85);
    out.append(QJsonObject{
        {QStringLiteral("id"), QString(vaultId + QStringLiteral("/privateEndpointConnections/pe-%1.%2")
                                                     .arg(d.pick(1000))
                                                     .arg(QLatin1String(suffix)))},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
             {QStringLiteral("privateEndpoint"),
              QJsonObject{{QStringLiteral("id"), QString(vaultId + QStringLiteral("/pe"))}}},
             {QStringLiteral("privateLinkServiceConnectionState"),
              QJsonObject{{QStringLiteral("status"),
                           QString(approved ? QStringLiteral("Approved") : QStringLiteral("Pending"))}}}}}});
    return out;
}

QJsonObject recoveryServicesVault(Dice &d, const QString &id, bool mature)
{
    QJsonObject security;
    QJsonObject softDelete;
    insertIf(&softDelete, QStringLiteral("softDeleteState"),
             mature ? state(d, 55, "AlwaysON", "Enabled") : state(d, 30, "Enabled", "Disabled", 10));
    softDelete.insert(QStringLiteral("softDeleteRetentionPeriodInDays"), 14 + 7 * d.pick(3));
    security.insert(QStringLiteral("softDeleteSettings"), softDelete);
    QJsonObject immutability;
    insertIf(&immutability, QStringLiteral("state"),
             mature ? state(d, 50, "Locked", "Unlocked") : state(d, 20, "Unlocked", "Disabled", 15));
    security.insert(QStringLiteral("immutabilitySettings"), immutability);
    security.insert(QStringLiteral("multiUserAuthorization"),
                    d.chance(mature ? 45 : 10) ? QStringLiteral("Enabled") : QStringLiteral("Disabled"));
    QJsonObject p{
        {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
        {QStringLiteral("securitySettings"), security},
        {QStringLiteral("publicNetworkAccess"),
         d.chance(mature ? 60 : 15) ? QStringLiteral("Disabled") : QStringLiteral("Enabled")},
        {QStringLiteral("redundancySettings"),
         QJsonObject{{QStringLiteral("standardTierStorageRedundancy"), QLatin1String(d.pick(kRedundancy))},
                     {QStringLiteral("crossRegionRestore"),
                      d.chance(40) ? QStringLiteral("Enabled") : QStringLiteral("Disabled")}}}};
    const QJsonArray pes = privateEndpoints(d, id, mature ? 55 : 15, "backup");
    if (!pes.isEmpty())
        p.insert(QStringLiteral("privateEndpointConnections"), pes);
    if (d.chance(mature ? 40 : 10)) {
        p.insert(QStringLiteral("encryption"),
                 QJsonObject{
                     {QStringLiteral("keyVaultProperties"),
                      QJsonObject{
                          {QStringLiteral("keyUri"),
                           QStringLiteral("https://kv-cmk-%1.vault.azure.net/keys/backup").arg(d.pick(50))}}},
                     {QStringLiteral("kekIdentity"),
                      QJsonObject{{QStringLiteral("useSystemAssignedIdentity"), true}}},
                     {QStringLiteral("infrastructureEncryption"),
                      d.chance(50) ? QStringLiteral("Enabled") : QStringLiteral("Disabled")}});
    }
    return p;
}

QJsonObject backupVault(Dice &d, bool mature)
{
    QJsonObject security;
    QJsonObject softDelete;
    insertIf(&softDelete, QStringLiteral("state"),
             mature ? state(d, 50, "AlwaysOn", "On") : state(d, 40, "On", "Off", 10));
    softDelete.insert(QStringLiteral("retentionDurationInDays"), 14);
    security.insert(QStringLiteral("softDeleteSettings"), softDelete);
    QJsonObject immutability;
    insertIf(&immutability, QStringLiteral("state"),
             mature ? state(d, 45, "Locked", "Unlocked") : state(d, 20, "Unlocked", "Disabled", 20));
    if (!immutability.isEmpty())
        security.insert(QStringLiteral("immutabilitySettings"), immutability);
    if (d.chance(mature ? 35 : 8))
        security.insert(
            QStringLiteral("encryptionSettings"),
            QJsonObject{{QStringLiteral("state"), QStringLiteral("Enabled")},
                        {QStringLiteral("infrastructureEncryption"), QStringLiteral("Disabled")}});
    QJsonObject p{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                  {QStringLiteral("securitySettings"), security},
                  {QStringLiteral("storageSettings"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("datastoreType"), QStringLiteral("VaultStore")},
                       {QStringLiteral("type"), d.chance(60) ? QStringLiteral("GeoRedundant")
                                                             : QStringLiteral("LocallyRedundant")}}}}};
    if (d.chance(mature ? 85 : 70)) // older API versions do not return the flag at all
        p.insert(QStringLiteral("isVaultProtectedByResourceGuard"), d.chance(mature ? 45 : 10));
    return p;
}

QJsonObject keyVault(Dice &d, const QString &id, const QString &tenant, bool mature)
{
    QJsonObject p{{QStringLiteral("tenantId"), tenant},
                  {QStringLiteral("sku"),
                   QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                               {QStringLiteral("name"),
                                d.chance(30) ? QStringLiteral("premium") : QStringLiteral("standard")}}},
                  {QStringLiteral("vaultUri"),
                   QStringLiteral("https://%1.vault.azure.net/").arg(id.section(QLatin1Char('/'), -1))},
                  {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                  {QStringLiteral("enableSoftDelete"), d.chance(mature ? 97 : 85)},
                  {QStringLiteral("softDeleteRetentionInDays"), 90}};
    if (d.chance(mature ? 75 : 30))
        p.insert(QStringLiteral("enablePurgeProtection"), true);
    if (d.chance(mature ? 70 : 35))
        p.insert(QStringLiteral("enableRbacAuthorization"), true);
    else if (d.chance(50))
        p.insert(QStringLiteral("enableRbacAuthorization"), false);
    const bool locked = d.chance(mature ? 60 : 20);
    QJsonObject acls{
        {QStringLiteral("bypass"), QStringLiteral("AzureServices")},
        {QStringLiteral("defaultAction"), locked ? QStringLiteral("Deny") : QStringLiteral("Allow")}};
    if (locked && d.chance(50))
        acls.insert(QStringLiteral("ipRules"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("value"), QStringLiteral("203.0.113.%1/32").arg(d.pick(250))}}});
    p.insert(QStringLiteral("networkAcls"), acls);
    const QString pna = state(d, mature ? 55 : 15, "Disabled", "Enabled", 10);
    insertIf(&p, QStringLiteral("publicNetworkAccess"), pna);
    const QJsonArray pes = privateEndpoints(d, id, mature ? 60 : 20, "vault");
    if (!pes.isEmpty())
        p.insert(QStringLiteral("privateEndpointConnections"), pes);
    return p;
}

QJsonObject diagnosticSetting(Dice &d, const QString &vaultId, const QString &subscription)
{
    const bool enabled = d.chance(85);
    const bool toStorage = d.chance(40);
    QJsonObject log{
        {QStringLiteral("categoryGroup"), d.chance(50) ? QStringLiteral("allLogs") : QStringLiteral("audit")},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("retentionPolicy"),
         QJsonObject{{QStringLiteral("enabled"), toStorage},
                     {QStringLiteral("days"), toStorage ? (d.chance(60) ? 365 : 30) : 0}}}};
    QJsonObject p{{QStringLiteral("workspaceId"),
                   QStringLiteral("/subscriptions/%1/resourceGroups/rg-monitoring/providers/"
                                  "Microsoft.OperationalInsights/workspaces/law-central")
                       .arg(subscription)},
                  {QStringLiteral("logs"), QJsonArray{log}},
                  {QStringLiteral("metrics"),
                   QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("AllMetrics")},
                                          {QStringLiteral("enabled"), true}}}}};
    if (toStorage)
        p.insert(QStringLiteral("storageAccountId"),
                 QStringLiteral("/subscriptions/%1/resourceGroups/rg-monitoring/providers/Microsoft.Storage/"
                                "storageAccounts/stlogs%2")
                     .arg(subscription)
                     .arg(d.pick(99)));
    return QJsonObject{
        {QStringLiteral("id"),
         QString(vaultId + QStringLiteral("/providers/microsoft.insights/diagnosticSettings/send-to-law"))},
        {QStringLiteral("name"), QStringLiteral("send-to-law")},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Insights/diagnosticSettings")},
        {QStringLiteral("properties"), p}};
}

} // namespace

Estate generateDemoEstate(const DemoEstateOptions &options)
{
    Dice d(options.seed);
    Estate estate;
    const QDateTime asOf =
        options.asOf.isValid() ? options.asOf : QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QString tenant = d.uuid();
    QStringList subscriptions;
    QList<bool> mature;
    for (int s = 0; s < std::max(1, options.subscriptions); ++s) {
        const QString id = d.uuid();
        const QString unit = QString::fromLatin1(d.pick(kUnits));
        const QString stage = QString::fromLatin1(d.pick(kStages));
        subscriptions.append(id);
        mature.append(stage == QLatin1String("prod") ? d.chance(70) : d.chance(25));
        estate.subscriptionNames.insert(
            id, QStringLiteral("Contoso %1 %2 %3").arg(unit, stage).arg(s + 1, 3, 10, QLatin1Char('0')));
    }
    estate.relatedTypesCaptured.insert(QStringLiteral("microsoft.insights/diagnosticsettings"));
    for (int v = 0; v < options.vaults; ++v) {
        const int s = d.pick(int(subscriptions.size()));
        const QString sub = subscriptions.at(s);
        const QString region = QString::fromLatin1(d.pick(kRegions));
        const int kind = d.pick(100);
        QString type;
        QString prefix;
        QString group;
        if (kind < 45) {
            type = QStringLiteral("Microsoft.RecoveryServices/vaults");
            prefix = QStringLiteral("rsv");
            group = QStringLiteral("rg-backup-") + region;
        } else if (kind < 63) {
            type = QStringLiteral("Microsoft.DataProtection/backupVaults");
            prefix = QStringLiteral("bvault");
            group = QStringLiteral("rg-backup-") + region;
        } else if (kind < 98) {
            type = QStringLiteral("Microsoft.KeyVault/vaults");
            prefix = QStringLiteral("kv");
            group = d.chance(50) ? QStringLiteral("rg-security")
                                 : QStringLiteral("rg-app-%1").arg(d.pick(12) + 1);
        } else {
            type = QStringLiteral("Microsoft.KeyVault/managedHSMs");
            prefix = QStringLiteral("hsm");
            group = QStringLiteral("rg-security");
        }
        const QString name =
            QStringLiteral("%1-%2-%3").arg(prefix, region.left(6)).arg(v + 1, 5, 10, QLatin1Char('0'));
        const QString id =
            QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4").arg(sub, group, type, name);
        QJsonObject r{{QStringLiteral("id"), id},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("location"), region},
                      {QStringLiteral("tags"),
                       QJsonObject{{QStringLiteral("owner"), QString::fromLatin1(d.pick(kUnits))}}}};
        const bool good = mature.at(s);
        QJsonObject properties;
        if (kind < 45) {
            properties = recoveryServicesVault(d, id, good);
            r.insert(QStringLiteral("sku"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("RS0")},
                                 {QStringLiteral("tier"), QStringLiteral("Standard")}});
        } else if (kind < 63) {
            properties = backupVault(d, good);
        } else if (kind < 98) {
            properties = keyVault(d, id, tenant, good);
        } else {
            properties = keyVault(d, id, tenant, good);
            properties.remove(QStringLiteral("vaultUri"));
            properties.remove(QStringLiteral("sku"));
        }
        // A few vaults come back without their properties (insufficient permissions on export).
        if (!d.chance(1))
            r.insert(QStringLiteral("properties"), properties);
        estate.add(r, QString());
        if (kind >= 63 && d.chance(good ? 75 : 40))
            estate.add(diagnosticSetting(d, id, sub), QString());
        // Objects draw from their own generator, so the vaults are the same with or without them.
        if (kind >= 63 && options.objectsPerKeyVault > 0)
            addDemoObjects(&estate, name, kind >= 98, good, options.objectsPerKeyVault, asOf,
                           options.seed * 7919u + quint32(v));
    }
    return estate;
}

} // namespace vaultscope
