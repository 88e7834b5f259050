#include "account.h"

#include <QSettings>

namespace vaultscope {

QString Account::sourceKey() const
{
    switch (source) {
    case DeviceCode:
        return QStringLiteral("device-code");
    case AzureCli:
        return QStringLiteral("azure-cli");
    case Browser:
        break;
    }
    return QStringLiteral("browser");
}

QString Account::key() const
{
    return sourceKey() + QLatin1Char('|') + authority() + QLatin1Char('|') + homeId;
}

QString Account::reviewer() const
{
    if (name.isEmpty())
        return username;
    return username.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, username);
}

QList<Account> AccountList::load(QString *activeKey)
{
    QSettings s;
    QList<Account> accounts;
    const int n = s.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        Account a;
        const QString source = s.value(QStringLiteral("source")).toString();
        a.source = source == QLatin1String("device-code") ? Account::DeviceCode
                   : source == QLatin1String("azure-cli") ? Account::AzureCli
                                                          : Account::Browser;
        a.name = s.value(QStringLiteral("name")).toString();
        a.username = s.value(QStringLiteral("username")).toString();
        a.tenantId = s.value(QStringLiteral("tenantId")).toString();
        a.homeId = s.value(QStringLiteral("homeId")).toString();
        AuthConfig::cloudFromKey(s.value(QStringLiteral("cloud")).toString(), &a.config.cloud);
        a.config.authorityHost = s.value(QStringLiteral("authorityHost")).toString();
        a.config.resourceManager = s.value(QStringLiteral("resourceManager")).toString();
        a.config.tenant = s.value(QStringLiteral("tenant")).toString();
        a.config.clientId = s.value(QStringLiteral("clientId")).toString();
        a.config.keyVaultSuffix = s.value(QStringLiteral("keyVaultSuffix")).toString();
        a.config.managedHsmSuffix = s.value(QStringLiteral("managedHsmSuffix")).toString();
        a.config.allowHttpLoopback = s.value(QStringLiteral("allowHttpLoopback")).toBool();
        accounts.append(a);
    }
    s.endArray();
    *activeKey = s.value(QStringLiteral("accountsActive")).toString();
    return accounts;
}

void AccountList::save(const QList<Account> &accounts, const QString &activeKey)
{
    QSettings s;
    s.remove(QStringLiteral("accounts"));
    s.beginWriteArray(QStringLiteral("accounts"), int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &a = accounts.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("source"), a.sourceKey());
        s.setValue(QStringLiteral("name"), a.name);
        s.setValue(QStringLiteral("username"), a.username);
        s.setValue(QStringLiteral("tenantId"), a.tenantId);
        s.setValue(QStringLiteral("homeId"), a.homeId);
        s.setValue(QStringLiteral("cloud"), AuthConfig::cloudKey(a.config.cloud));
        s.setValue(QStringLiteral("authorityHost"), a.config.authorityHost);
        s.setValue(QStringLiteral("resourceManager"), a.config.resourceManager);
        s.setValue(QStringLiteral("tenant"), a.config.tenant);
        s.setValue(QStringLiteral("clientId"), a.config.clientId);
        s.setValue(QStringLiteral("keyVaultSuffix"), a.config.keyVaultSuffix);
        s.setValue(QStringLiteral("managedHsmSuffix"), a.config.managedHsmSuffix);
        s.setValue(QStringLiteral("allowHttpLoopback"), a.config.allowHttpLoopback);
    }
    s.endArray();
    s.setValue(QStringLiteral("accountsActive"), activeKey);
}

} // namespace vaultscope
