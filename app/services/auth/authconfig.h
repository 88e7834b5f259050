#pragma once

#include "services/azure/cloudorigins.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace vaultscope {

// Where and as whom to sign in: the cloud (its Entra ID authority host and Resource Manager URL),
// the tenant and the organization's app registration. Kept in the settings; nothing here is secret.
struct AuthConfig
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::AuthConfig)

public:
    enum Cloud { AzurePublic, AzureUsGovernment, AzureChina, Custom };

    Cloud cloud = AzurePublic;
    QString authorityHost;    // Custom only, e.g. https://login.example.test
    QString resourceManager;  // Custom only, e.g. https://management.example.test
    QString keyVaultSuffix;   // Custom only, e.g. vault.example.test (empty: no Key Vault data plane)
    QString managedHsmSuffix; // Custom only, e.g. managedhsm.example.test
    QString tenant = QStringLiteral("organizations");
    QString clientId;
    // Plain http is refused, except on 127.0.0.1 when this is set (the tests' server). Given for
    // one sign-in at a time: never saved in the settings.
    bool allowHttpLoopback = false;

    // "https://login.microsoftonline.com/organizations"
    QUrl authority() const;
    // "https://management.azure.com/"
    QUrl armUrl() const;
    // The scope asking for Resource Manager tokens: "<arm>/.default".
    QString armScope() const;
    // Where this cloud's tokens may go (Resource Manager, the Key Vault and Managed HSM suffixes).
    CloudOrigins origins() const;
    static QString cloudKey(Cloud cloud); // "public", "usgov", "china", "custom"
    static bool cloudFromKey(const QString &key, Cloud *cloud);

    // Checks every field and the https rule before any network use; *error says which and why.
    bool validate(QString *error) const;

    // The settings' configuration; allowHttpLoopback as this process was told (never saved).
    static AuthConfig load();
    void save() const;
    // Plain http on 127.0.0.1 for the sign-ins of this process only (a local test server).
    static void allowHttpLoopbackForThisProcess(bool allow);
};

} // namespace vaultscope
