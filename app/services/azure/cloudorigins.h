#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace vaultscope {

// Where a bearer token may go: the cloud's Resource Manager origin, and the Key Vault and Managed
// HSM hosts under the cloud's DNS suffixes, over https. Links, URIs and ids in answers are checked
// here before anything is requested; what fails is refused with a reason that names the host.
struct CloudOrigins
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::CloudOrigins)

public:
    QString cloudName; // "AzureCloud", "AzureUSGovernment", "AzureChinaCloud", or the custom cloud's
    QUrl resourceManager;
    QStringList keyVaultSuffixes; // "vault.azure.net", "managedhsm.azure.net"
    // Plain http on 127.0.0.1 for the Resource Manager origin (scheme, host and port) alone: a
    // loopback stand-in that serves the data plane too.
    bool allowHttpLoopback = false;

    // Empty when Resource Manager's own URL is one a token may go to (https, or the loopback option
    // on 127.0.0.1); else why not. Checked before every scan.
    QString validity() const;
    // Empty when `url` may carry a Resource Manager token; else why not.
    QString resourceManagerRefusal(const QUrl &url) const;
    // Empty when `url` may carry a Key Vault / Managed HSM token; else why not.
    QString dataPlaneRefusal(const QUrl &url) const;
    // The token audience of an allowed data-plane URL: https://vault.azure.net for
    // https://contoso.vault.azure.net/; the first suffix's for the loopback stand-in.
    QUrl dataPlaneAudience(const QUrl &url) const;

    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // "https://x.example" (":port" when not the scheme's own): how refusals name a host.
    static QString originOf(const QUrl &url);

private:
    bool isLoopbackResourceManager(const QUrl &url) const;
    QString matchingSuffix(const QUrl &url) const;
};

} // namespace vaultscope
