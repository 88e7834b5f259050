#pragma once

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
    QString authorityHost;   // Custom only, e.g. https://login.example.test
    QString resourceManager; // Custom only, e.g. https://management.example.test
    QString tenant = QStringLiteral("organizations");
    QString clientId;
    // Plain http is refused, except on 127.0.0.1 when this is set (the tests' server).
    bool allowHttpLoopback = false;

    // "https://login.microsoftonline.com/organizations"
    QUrl authority() const;
    // "https://management.azure.com/"
    QUrl armUrl() const;
    // The scope asking for Resource Manager tokens: "<arm>/.default".
    QString armScope() const;
    static QString cloudKey(Cloud cloud); // "public", "usgov", "china", "custom"
    static bool cloudFromKey(const QString &key, Cloud *cloud);

    // Checks every field and the https rule before any network use; *error says which and why.
    bool validate(QString *error) const;

    static AuthConfig load();
    void save() const;
};

} // namespace vaultscope
