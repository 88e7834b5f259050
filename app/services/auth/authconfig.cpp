#include "authconfig.h"

#include <QRegularExpression>
#include <QSettings>

namespace vaultscope {

namespace {
struct KnownCloud
{
    AuthConfig::Cloud cloud;
    const char *key;
    const char *name; // as Azure names it (az cloud list)
    const char *authority;
    const char *arm;
    const char *keyVault;
    const char *managedHsm;
};
// Entra ID authority hosts, Resource Manager URLs and Key Vault DNS suffixes per national cloud.
constexpr KnownCloud kClouds[] = {
    {AuthConfig::AzurePublic, "public", "AzureCloud", "https://login.microsoftonline.com",
     "https://management.azure.com/", "vault.azure.net", "managedhsm.azure.net"},
    {AuthConfig::AzureUsGovernment, "usgov", "AzureUSGovernment", "https://login.microsoftonline.us",
     "https://management.usgovcloudapi.net/", "vault.usgovcloudapi.net", "managedhsm.usgovcloudapi.net"},
    {AuthConfig::AzureChina, "china", "AzureChinaCloud", "https://login.chinacloudapi.cn",
     "https://management.chinacloudapi.cn/", "vault.azure.cn", "managedhsm.azure.cn"},
    {AuthConfig::Custom, "custom", "", "", "", "", ""},
};

bool g_loopbackThisProcess = false;

const KnownCloud &known(AuthConfig::Cloud cloud)
{
    for (const KnownCloud &k : kClouds) {
        if (k.cloud == cloud)
            return k;
    }
    return kClouds[0];
}

// 127.0.0.1 itself, not a name such as localhost that another process could answer for.
bool isLoopback(const QUrl &url)
{
    return url.host() == QLatin1String("127.0.0.1");
}
} // namespace

QUrl AuthConfig::authority() const
{
    QString host = cloud == Custom ? authorityHost : QString::fromLatin1(known(cloud).authority);
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    return QUrl(host + QLatin1Char('/') + tenant);
}

QUrl AuthConfig::armUrl() const
{
    QString url = cloud == Custom ? resourceManager : QString::fromLatin1(known(cloud).arm);
    if (!url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    return QUrl(url);
}

QString AuthConfig::armScope() const
{
    return armUrl().toString() + QLatin1String(".default");
}

CloudOrigins AuthConfig::origins() const
{
    const KnownCloud &k = known(cloud);
    CloudOrigins o;
    o.cloudName = cloud == Custom ? QUrl(authorityHost).host() : QString::fromLatin1(k.name);
    o.resourceManager = armUrl();
    for (const QString &suffix :
         cloud == Custom ? QStringList{keyVaultSuffix, managedHsmSuffix}
                         : QStringList{QString::fromLatin1(k.keyVault), QString::fromLatin1(k.managedHsm)}) {
        if (!suffix.trimmed().isEmpty())
            o.keyVaultSuffixes.append(suffix.trimmed().toLower());
    }
    o.allowHttpLoopback = allowHttpLoopback;
    return o;
}

QString AuthConfig::cloudKey(Cloud cloud)
{
    return QString::fromLatin1(known(cloud).key);
}

bool AuthConfig::cloudFromKey(const QString &key, Cloud *cloud)
{
    for (const KnownCloud &k : kClouds) {
        if (key == QLatin1String(k.key)) {
            *cloud = k.cloud;
            return true;
        }
    }
    return false;
}

bool AuthConfig::validate(QString *error) const
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression domain(QStringLiteral("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    for (const QUrl &url : {authority(), armUrl()}) {
        if (!url.isValid() || url.host().isEmpty()) {
            *error = tr("'%1' is not a valid URL.").arg(url.toString());
            return false;
        }
        if (url.scheme() == QLatin1String("https"))
            continue;
        if (url.scheme() == QLatin1String("http") && isLoopback(url) && allowHttpLoopback)
            continue;
        *error = url.scheme() == QLatin1String("http") && isLoopback(url)
                     ? tr("%1: plain http is allowed on 127.0.0.1 only with --allow-http-loopback (for a "
                          "local test server).")
                           .arg(url.toString())
                     : tr("%1: https is required; sign-in and Resource Manager never go over plain http.")
                           .arg(url.toString());
        return false;
    }
    for (const QString &suffix : {keyVaultSuffix, managedHsmSuffix}) {
        if (cloud == Custom && !suffix.isEmpty() && !domain.match(suffix).hasMatch()) {
            *error = tr("'%1' is not a DNS suffix such as vault.example.com.").arg(suffix);
            return false;
        }
    }
    if (clientId.isEmpty()) {
        *error =
            tr("No client id: enter the application (client) id of your organization's app registration.");
        return false;
    }
    if (!guid.match(clientId).hasMatch()) {
        *error = tr("The client id '%1' is not a GUID such as 3f0c1c55-8a7e-4d6b-9a0e-5e1c2b3d4f60.")
                     .arg(clientId);
        return false;
    }
    const bool tenantOk = tenant == QLatin1String("organizations") || tenant == QLatin1String("common") ||
                          guid.match(tenant).hasMatch() || domain.match(tenant).hasMatch();
    if (!tenantOk) {
        *error = tr("The tenant '%1' is not 'organizations', a tenant id (GUID) or a domain such as "
                    "contoso.onmicrosoft.com.")
                     .arg(tenant);
        return false;
    }
    return true;
}

void AuthConfig::allowHttpLoopbackForThisProcess(bool allow)
{
    g_loopbackThisProcess = allow;
}

AuthConfig AuthConfig::load()
{
    QSettings s;
    AuthConfig c;
    cloudFromKey(s.value(QStringLiteral("auth/cloud"), QStringLiteral("public")).toString(), &c.cloud);
    c.authorityHost = s.value(QStringLiteral("auth/authorityHost")).toString();
    c.resourceManager = s.value(QStringLiteral("auth/resourceManager")).toString();
    c.tenant = s.value(QStringLiteral("auth/tenant"), c.tenant).toString();
    c.clientId = s.value(QStringLiteral("auth/clientId")).toString();
    c.keyVaultSuffix = s.value(QStringLiteral("auth/keyVaultSuffix")).toString();
    c.managedHsmSuffix = s.value(QStringLiteral("auth/managedHsmSuffix")).toString();
    c.allowHttpLoopback = g_loopbackThisProcess;
    return c;
}

void AuthConfig::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("auth/cloud"), cloudKey(cloud));
    s.setValue(QStringLiteral("auth/authorityHost"), authorityHost);
    s.setValue(QStringLiteral("auth/resourceManager"), resourceManager);
    s.setValue(QStringLiteral("auth/tenant"), tenant);
    s.setValue(QStringLiteral("auth/clientId"), clientId);
    s.setValue(QStringLiteral("auth/keyVaultSuffix"), keyVaultSuffix);
    s.setValue(QStringLiteral("auth/managedHsmSuffix"), managedHsmSuffix);
    s.remove(QStringLiteral("auth/allowHttpLoopback")); // as older versions saved it
}

} // namespace vaultscope
