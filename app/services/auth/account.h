#pragma once

#include "authconfig.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace vaultscope {

// A signed-in identity. Nothing here is secret: the refresh token of a browser or device-code
// account is in the keychain under secretKey(); an Azure CLI account has none of ours.
struct Account
{
    enum Source { Browser, DeviceCode, AzureCli };
    Source source = Browser;
    QString name;     // "Ada Auditor"
    QString username; // UPN, "ada@contoso.com"
    QString tenantId;
    QString homeId;    // the token's oid or sub: stable per user and tenant
    AuthConfig config; // where it signed in (authority, tenant, client id, Resource Manager URL)

    QString sourceKey() const; // "browser", "device-code", "azure-cli"
    QString authority() const { return config.authority().toString(); }
    // The identity of the account across runs, and the keychain entry of its refresh token.
    QString key() const;
    QString secretKey() const { return QStringLiteral("refresh-token:") + key(); }
    // For the reviewer field: "Ada Auditor (ada@contoso.com)".
    QString reviewer() const;
};

// The accounts and which one is active, kept in the settings.
namespace AccountList {
QList<Account> load(QString *activeKey);
void save(const QList<Account> &accounts, const QString &activeKey);
} // namespace AccountList

} // namespace vaultscope

Q_DECLARE_METATYPE(vaultscope::Account)
